/**
 * The platform's error answers: `{ errorCode, errorName, errorInstanceId, parameters }` with the
 * HTTP status, in the style of the public Foundry API. Engine errors are translated into them, so
 * the connector sees only the supplier's vocabulary.
 */
import { randomUUID } from 'node:crypto';
import { PlumblineError } from '../../../src/adapter/errors.js';

/** A failure the simulator answers with the platform's error body. */
export class SupplierError extends Error {
  constructor(
    readonly status: number,
    readonly errorCode: string,
    readonly errorName: string,
    readonly parameters: Record<string, unknown> = {},
  ) {
    super(errorName);
    this.name = 'SupplierError';
  }

  /** The body sent to the caller. */
  body() {
    return { errorCode: this.errorCode, errorName: this.errorName, errorInstanceId: randomUUID(), parameters: this.parameters };
  }
}

/** The platform errors the simulator raises. */
export const supplierErrors = {
  objectNotFound: (objectType: string, primaryKey: string) => new SupplierError(404, 'NOT_FOUND', 'ObjectNotFound', { objectType, primaryKey }),
  objectTypeNotFound: (objectType: string) => new SupplierError(404, 'NOT_FOUND', 'ObjectTypeNotFound', { objectType }),
  linkTypeNotFound: (objectType: string, linkType: string) => new SupplierError(404, 'NOT_FOUND', 'LinkTypeNotFound', { objectType, linkType }),
  actionTypeNotFound: (actionType: string) => new SupplierError(404, 'NOT_FOUND', 'ActionTypeNotFound', { actionType }),
  ontologyNotFound: (ontology: string) => new SupplierError(404, 'NOT_FOUND', 'OntologyNotFound', { ontology }),
  alreadyExists: (objectType: string, primaryKey: string) => new SupplierError(409, 'CONFLICT', 'ObjectAlreadyExists', { objectType, primaryKey }),
  invalidQuery: (reason: string) => new SupplierError(400, 'INVALID_ARGUMENT', 'InvalidSearchQuery', { reason }),
  invalidPageToken: () => new SupplierError(400, 'INVALID_ARGUMENT', 'InvalidPageToken'),
  /** Parameters that do not satisfy the action's parameter constraints. */
  invalidParameters: (actionType: string, problems: { path: string; message: string }[]) =>
    new SupplierError(400, 'INVALID_ARGUMENT', 'ActionValidationFailed', { actionType, validation: { result: 'INVALID', submissionCriteria: [], problems } }),
  /** Parameters that are well formed but whose submission criteria fail against current state. */
  submissionCriteriaFailed: (actionType: string, message: string) =>
    new SupplierError(400, 'INVALID_ARGUMENT', 'ActionValidationFailed', {
      actionType,
      validation: { result: 'INVALID', submissionCriteria: [{ configuredFailureMessage: message, result: 'INVALID' }], problems: [] },
    }),
};

/**
 * The platform error for whatever the engine threw while an action or read ran. `renamePath`
 * turns engine field paths into the action's parameter paths.
 */
export function supplierErrorFrom(error: unknown, actionType = 'read', renamePath: (path: string) => string = (path) => path): SupplierError {
  if (error instanceof SupplierError) return error;
  if (error instanceof PlumblineError) {
    switch (error.kind) {
      case 'not-found':
        return new SupplierError(404, 'NOT_FOUND', 'ObjectNotFound', { detail: error.message });
      case 'conflict':
      case 'unprocessable':
        return supplierErrors.submissionCriteriaFailed(actionType, error.message);
      case 'validation-failed':
        return supplierErrors.invalidParameters(
          actionType,
          (error.errors ?? [{ path: '/', message: error.message }]).map((problem) => ({ path: renamePath(problem.path), message: problem.message })),
        );
      default:
        break;
    }
  }
  return new SupplierError(500, 'INTERNAL', 'Default');
}
