/**
 * Detectors ↔ casework rules, and flagging run requests ↔ the parameters of an `evaluate_rules`
 * job. Parameter names and values are the detector's own and pass through unchanged, so a run
 * asks casework for exactly what the client asked for.
 */
import { z } from 'zod';
import type { Detector, FlaggingRunRequest } from '../../../src/contract/index.js';
import { concernAreas, valueTypes } from './vocabularies.js';

export const CaseworkRule = z.object({
  rule_code: z.string(),
  rule_version: z.string(),
  standard: z.boolean(),
  concern_area: concernAreas.supplierSchema,
  title: z.string(),
  definition: z.string(),
  parameters: z.array(
    z.object({
      name: z.string(),
      value_type: valueTypes.supplierSchema,
      default_value: z.unknown(),
      min: z.number().optional(),
      max: z.number().optional(),
      description: z.string(),
    }),
  ),
});
export type CaseworkRule = z.output<typeof CaseworkRule>;

export function ruleFromDetector(detector: Detector): CaseworkRule {
  return {
    rule_code: detector.detectorId,
    rule_version: detector.version,
    standard: detector.standard,
    concern_area: concernAreas.toSupplier(detector.category),
    title: detector.title,
    definition: detector.description,
    parameters: detector.parameters.map((parameter) => ({
      name: parameter.name,
      value_type: valueTypes.toSupplier(parameter.type),
      default_value: parameter.default,
      ...(parameter.minimum !== undefined ? { min: parameter.minimum } : {}),
      ...(parameter.maximum !== undefined ? { max: parameter.maximum } : {}),
      description: parameter.description,
    })),
  };
}

export function detectorFromRule(rule: CaseworkRule): Detector {
  return {
    detectorId: rule.rule_code,
    version: rule.rule_version,
    standard: rule.standard,
    category: concernAreas.toContract(rule.concern_area),
    title: rule.title,
    description: rule.definition,
    parameters: rule.parameters.map((parameter) => ({
      name: parameter.name,
      type: valueTypes.toContract(parameter.value_type),
      default: parameter.default_value,
      ...(parameter.min !== undefined ? { minimum: parameter.min } : {}),
      ...(parameter.max !== undefined ? { maximum: parameter.max } : {}),
      description: parameter.description,
    })),
  };
}

/** The parameters of an `evaluate_rules` job. */
export const EvaluateRulesParameters = z.object({
  as_of_date: z.string(),
  rules: z.array(z.object({ rule_code: z.string(), settings: z.record(z.string(), z.unknown()) })).optional(),
});
export type EvaluateRulesParameters = z.output<typeof EvaluateRulesParameters>;

export function evaluateRulesParameters(request: FlaggingRunRequest): EvaluateRulesParameters {
  return {
    as_of_date: request.asOf,
    ...(request.detectors ? { rules: request.detectors.map((selection) => ({ rule_code: selection.detectorId, settings: selection.parameters })) } : {}),
  };
}

export function flaggingRequestFromParameters(parameters: EvaluateRulesParameters): FlaggingRunRequest {
  return {
    asOf: parameters.as_of_date,
    ...(parameters.rules ? { detectors: parameters.rules.map((rule) => ({ detectorId: rule.rule_code, parameters: rule.settings })) } : {}),
  };
}
