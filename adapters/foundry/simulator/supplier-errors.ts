/**
 * The platform's error answers: `{ errorCode, errorName, errorInstanceId, parameters }` with the
 * HTTP status, in the style of the public Foundry API. Engine errors are translated into them, so
 * the connector sees only the supplier's vocabulary.
 */
import { randomUUID } from 'node:crypto';
import type { ParameterEvaluatedConstraint, ParameterEvaluationResult, ValidateActionResponseV2 } from '@osdk/foundry.ontologies';
import { PlumblineError } from '../../../src/adapter/errors.js';
import { ontologyDefinition } from '../model/definition.js';

/** A constraint the simulator reports a parameter failed, in the platform's shape. */
export type EvaluatedConstraint = ParameterEvaluatedConstraint;

/** A failure the simulator answers with the platform's error body. */
export class SupplierError extends Error {
  /** The parameter set that was refused, for a batch (whose refusal is remembered per request). */
  refusedParameters?: unknown;

  constructor(
    readonly status: number,
    readonly errorCode: string,
    readonly errorName: string,
    readonly parameters: Record<string, unknown> = {},
    /** For `ActionValidationFailed`: the details, which the platform gives only to a `VALIDATE_ONLY` call. */
    readonly validation?: ValidateActionResponseV2,
  ) {
    super(errorName);
    this.name = 'SupplierError';
  }

  /** The body sent to the caller. */
  body() {
    return { errorCode: this.errorCode, errorName: this.errorName, errorInstanceId: randomUUID(), parameters: this.parameters };
  }
}

/** One parameter the platform judges invalid: by its top-level name, with the constraint it failed (none: it is missing). */
export interface ParameterProblem {
  readonly path: string;
  readonly message: string;
  readonly constraint?: EvaluatedConstraint;
}

/** The validation of a refused action, as `VALIDATE_ONLY` answers it. */
function refusedValidation(parameters: Record<string, ParameterEvaluationResult>, failedCriteria: string[] = []): ValidateActionResponseV2 {
  return {
    result: 'INVALID',
    submissionCriteria: failedCriteria.map((configuredFailureMessage) => ({ configuredFailureMessage, result: 'INVALID' })),
    parameters,
  };
}

const refused = (actionType: string, validation: ValidateActionResponseV2) =>
  new SupplierError(400, 'INVALID_ARGUMENT', 'ActionValidationFailed', { actionType }, validation);

/** The platform errors the simulator raises. */
export const supplierErrors = {
  objectNotFound: (objectType: string, primaryKey: string) => new SupplierError(404, 'NOT_FOUND', 'ObjectNotFound', { objectType, primaryKey }),
  parameterObjectNotFound: (parameterId: string) => new SupplierError(404, 'NOT_FOUND', 'ActionParameterObjectNotFound', { parameterId }),
  objectTypeNotFound: (objectType: string) => new SupplierError(404, 'NOT_FOUND', 'ObjectTypeNotFound', { objectType }),
  linkTypeNotFound: (objectType: string, linkType: string) => new SupplierError(404, 'NOT_FOUND', 'LinkTypeNotFound', { objectType, linkType }),
  actionTypeNotFound: (actionType: string) => new SupplierError(404, 'NOT_FOUND', 'ActionTypeNotFound', { actionType }),
  ontologyNotFound: (ontology: string) => new SupplierError(404, 'NOT_FOUND', 'OntologyNotFound', { ontology }),
  alreadyExists: (objectType: string, primaryKey: string) => new SupplierError(409, 'CONFLICT', 'ObjectAlreadyExists', { objectType, primaryKey }),
  invalidQuery: (reason: string) => new SupplierError(400, 'INVALID_ARGUMENT', 'InvalidSearchQuery', { reason }),
  invalidPageToken: () => new SupplierError(400, 'INVALID_ARGUMENT', 'InvalidPageToken'),
  /** A parameter value of the wrong type or shape. */
  invalidParameterValue: (parameterId: string) =>
    new SupplierError(400, 'INVALID_ARGUMENT', 'InvalidParameterValue', {
      parameterId,
      parameterBaseType: 'string',
      parameterDataType: 'string',
      parameterValue: null,
    }),
  /** Parameters that break their constraints: refused with the action type only; details on `VALIDATE_ONLY`. */
  invalidParameters: (actionType: string, problems: readonly ParameterProblem[]) => {
    const parameters: Record<string, ParameterEvaluationResult> = {};
    for (const problem of problems) {
      const parameter = problem.path.split('/')[1] || 'parameters';
      const entry = (parameters[parameter] ??= { result: 'INVALID', evaluatedConstraints: [], required: problem.constraint === undefined });
      if (problem.constraint) entry.evaluatedConstraints.push(problem.constraint);
    }
    return refused(actionType, refusedValidation(parameters));
  },
  /** Submission criteria that fail against current state: refused with the action type only; details on `VALIDATE_ONLY`. */
  submissionCriteriaFailed: (actionType: string, message: string) => refused(actionType, refusedValidation({}, [message])),
  /** The action's Function refused its input with a message meant for the user. */
  functionUserFacingError: (actionType: string, message: string) =>
    new SupplierError(400, 'INVALID_ARGUMENT', 'FunctionEncounteredUserFacingError', {
      functionRid: `ri.function-registry.main.function.${actionType}`,
      functionVersion: '1.0.0',
      message,
    }),
};

/**
 * The platform error for whatever the engine threw while an action or read ran. Validation the
 * engine does stands in for the action's logic: a Function-backed action refuses with a
 * user-facing error carrying the message, a rules-backed one with invalid parameters.
 */
export function supplierErrorFrom(error: unknown, actionType = 'read'): SupplierError {
  if (error instanceof SupplierError) return error;
  if (error instanceof PlumblineError) {
    const definition = (ontologyDefinition.actionTypes as Record<string, { logic: string; parameters: object }>)[actionType];
    switch (error.kind) {
      case 'not-found':
        if (definition) {
          // The object reference the action could not find: its first object parameter.
          const parameters = Object.entries(definition.parameters as Record<string, { type: unknown }>);
          const reference = parameters.find(([, parameter]) => typeof parameter.type === 'object') ?? parameters[0]!;
          return supplierErrors.parameterObjectNotFound(reference[0]);
        }
        return new SupplierError(404, 'NOT_FOUND', 'ObjectNotFound', {});
      case 'conflict':
      case 'unprocessable':
        return supplierErrors.submissionCriteriaFailed(actionType, error.message);
      case 'validation-failed':
        if (definition?.logic === 'function') return supplierErrors.functionUserFacingError(actionType, error.message);
        return supplierErrors.invalidParameters(
          actionType,
          (error.errors ?? [{ path: '/', message: error.message }]).map((problem) => ({
            path: problem.path,
            message: problem.message,
            constraint: { type: 'unevaluable' },
          })),
        );
      default:
        break;
    }
  }
  return new SupplierError(500, 'INTERNAL', 'Default');
}
