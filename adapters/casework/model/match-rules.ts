/**
 * Link overrides ↔ casework match rules. A rule tells the platform's person matcher that two
 * entries always or never belong to one person; it applies from the next person resolution.
 */
import { z } from 'zod';
import type { LinkOverride, LinkOverrideRequest } from '../../../src/contract/index.js';
import { matchRuleTypes } from './vocabularies.js';

const EntryPointer = z.object({ system_ref: z.string(), entry_ref: z.string() });

/** What `POST /api/v3/match-rules` accepts. */
export const CaseworkMatchRuleInput = z.object({
  rule_type: matchRuleTypes.supplierSchema,
  from: EntryPointer,
  to: EntryPointer,
  justification: z.string().min(1).max(1000),
  created_by: z.string().min(1),
});
export type CaseworkMatchRuleInput = z.output<typeof CaseworkMatchRuleInput>;

export const CaseworkMatchRule = CaseworkMatchRuleInput.extend({ rule_ref: z.string(), created_at: z.string() });
export type CaseworkMatchRule = z.output<typeof CaseworkMatchRule>;

const pointer = (ref: { sourceId: string; recordId: string }) => ({ system_ref: ref.sourceId, entry_ref: ref.recordId });
const reference = (entry: { system_ref: string; entry_ref: string }) => ({ sourceId: entry.system_ref, recordId: entry.entry_ref });

export function matchRuleInputFromRequest(request: LinkOverrideRequest, actor: string): CaseworkMatchRuleInput {
  return {
    rule_type: matchRuleTypes.toSupplier(request.kind),
    from: pointer(request.left),
    to: pointer(request.right),
    justification: request.reason,
    created_by: actor,
  };
}

export function requestFromMatchRuleInput(input: CaseworkMatchRuleInput): LinkOverrideRequest {
  return { kind: matchRuleTypes.toContract(input.rule_type), left: reference(input.from), right: reference(input.to), reason: input.justification };
}

export function matchRuleFromOverride(override: LinkOverride): CaseworkMatchRule {
  return { rule_ref: override.overrideId, ...matchRuleInputFromRequest(override, override.createdBy), created_at: override.createdAt };
}

export function overrideFromMatchRule(rule: CaseworkMatchRule): LinkOverride {
  return { overrideId: rule.rule_ref, ...requestFromMatchRuleInput(rule), createdBy: rule.created_by, createdAt: rule.created_at };
}
