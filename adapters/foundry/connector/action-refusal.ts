/**
 * How the platform's refusals of an action become contract errors. A refusal arrives as `400
 * ActionValidationFailed` naming only the action type — the details come from asking again in
 * `VALIDATE_ONLY` mode — or as a `200` whose `validation.result` is `INVALID`. Either way the
 * validation is read the same: failed submission criteria mean the current state forbids the
 * action (an invalid review transition, a contradictory override, an import into a platform that
 * holds data): the contract's 409. Invalid parameters mean the client's input was wrong: the
 * contract's 400, each parameter turned back into the contract field the client sent. Other
 * error names are mapped by name, never by status alone.
 */
import { PlumblineError } from '../../../src/adapter/errors.js';
import { ConnectorCallError } from '../../../src/connectors/index.js';
import type { Validation } from './wire.js';

/** Turns an action's parameter path (`/reviewState`) into the contract field path the client sent. */
export type PathRenamer = (parameterPath: string) => string;

/** The error names under which the platform says an object is missing: the client's not-found. */
const missingObjectNames: ReadonlySet<string> = new Set(['ObjectNotFound', 'ActionParameterObjectNotFound', 'LinkedObjectNotFound']);

/** Raised for `ActionValidationFailed`, whose details need a second, `VALIDATE_ONLY` call. */
export class ValidationDetailsNeeded extends PlumblineError {
  constructor(adapter: string) {
    super('validation-failed', 'The platform refused the action; asking it why.', { adapter });
  }
}

type Constraint = Validation['parameters'][string]['evaluatedConstraints'][number];

const boundsOf = (constraint: Constraint) =>
  [
    constraint.gte !== undefined && `at least ${String(constraint.gte)}`,
    constraint.gt !== undefined && `more than ${String(constraint.gt)}`,
    constraint.lte !== undefined && `at most ${String(constraint.lte)}`,
    constraint.lt !== undefined && `less than ${String(constraint.lt)}`,
  ]
    .filter(Boolean)
    .join(' and ');

/** A constraint the value failed, in words; the platform sends no message of its own for most. */
function describeConstraint(constraint: Constraint): string {
  switch (constraint.type) {
    case 'range':
      return `must be ${boundsOf(constraint)}`;
    case 'stringLength':
      return `must have a length of ${boundsOf(constraint)}`;
    case 'arraySize':
      return `must hold ${boundsOf(constraint)} entries`;
    case 'oneOf': {
      const values = (constraint.options ?? []).map((option) => String(option.value ?? option.displayName));
      return values.length > 0 ? `must be one of ${values.join(', ')}` : 'is not allowed here';
    }
    case 'stringRegexMatch':
      return constraint.configuredFailureMessage ?? `must match ${constraint.regex ?? 'the configured pattern'}`;
    case 'objectPropertyValue':
    case 'objectQueryResult':
      return 'must name an object the action accepts';
    case 'groupMember':
      return 'must be a member of a permitted group';
    default:
      return 'is not valid';
  }
}

/** The contract error for a validation the platform judged `INVALID`. */
export function refusalFromValidation(adapter: string, action: string, validation: Validation, renamePath: PathRenamer = (path) => path): PlumblineError {
  const failedCriteria = validation.submissionCriteria.filter((criterion) => criterion.result === 'INVALID');
  if (failedCriteria.length > 0) {
    return new PlumblineError(
      'conflict',
      failedCriteria.map((criterion) => criterion.configuredFailureMessage ?? 'A submission criterion of the action failed.').join(' '),
      { adapter },
    );
  }
  const errors = Object.entries(validation.parameters)
    .filter(([, evaluation]) => evaluation.result === 'INVALID')
    .map(([parameter, evaluation]) => {
      const failed = evaluation.evaluatedConstraints.map(describeConstraint);
      const message = failed.length > 0 ? failed.join('; ') : evaluation.required ? 'is required' : 'is not valid';
      return { path: renamePath(`/${parameter}`), message };
    });
  if (errors.length > 0)
    return new PlumblineError('validation-failed', `Invalid input: ${errors.map((error) => `${error.path} ${error.message}`).join('; ')}.`, {
      adapter,
      errors,
    });
  if (validation.result === 'VALID') {
    // Refused, then found valid when asked why: the state changed in between, so a repeat may succeed.
    return new PlumblineError('conflict', `The platform refused ${action}, then found it valid: the state changed meanwhile; try again.`, {
      adapter,
      retryable: true,
    });
  }
  return platformFault(adapter, action, 400, 'the platform judged the action invalid without naming a parameter or criterion');
}

const platformFault = (adapter: string, action: string, status: number, why: string) =>
  new ConnectorCallError('upstream-failure', `${adapter}: applying ${action} failed: ${why}.`, { adapter, delivery: 'answered', upstreamStatus: status });

interface ErrorBody {
  readonly errorName?: string;
  readonly parameters: Record<string, unknown>;
}

function errorBody(body: unknown): ErrorBody {
  if (typeof body !== 'object' || body === null) return { parameters: {} };
  const record = body as { errorName?: unknown; parameters?: unknown };
  const parameters = typeof record.parameters === 'object' && record.parameters !== null ? (record.parameters as Record<string, unknown>) : {};
  return { errorName: typeof record.errorName === 'string' ? record.errorName : undefined, parameters };
}

/** What an action's caller says about refusals particular to it. */
export interface RefusalOptions {
  readonly renamePath?: PathRenamer;
  /** The contract's 413 message when the platform's edit limit refuses the request (the client sent too much); otherwise a 502. */
  readonly tooManyEdits?: string;
}

/** The contract error for a platform 400 to an action (`ActionValidationFailed` asks for details instead). */
export function actionErrorFrom(adapter: string, action: string, body: unknown, options: RefusalOptions = {}): PlumblineError {
  const { errorName, parameters } = errorBody(body);
  const renamePath = options.renamePath ?? ((path: string) => path);
  switch (errorName) {
    case 'ActionValidationFailed':
      return new ValidationDetailsNeeded(adapter);
    case 'FunctionEncounteredUserFacingError': {
      // The action's Function refused the input with a message written for the person who sent it.
      const said = typeof parameters.message === 'string' && parameters.message.length > 0 ? parameters.message : 'The platform refused the input.';
      return new PlumblineError('validation-failed', said, { adapter });
    }
    case 'InvalidParameterValue': {
      const parameter = typeof parameters.parameterId === 'string' ? parameters.parameterId : 'parameters';
      const path = renamePath(`/${parameter}`);
      return new PlumblineError('validation-failed', `Invalid input: ${path} is not a valid value.`, {
        adapter,
        errors: [{ path, message: 'is not a valid value' }],
      });
    }
    case 'OntologyEditsExceededLimit':
      if (options.tooManyEdits) return new PlumblineError('payload-too-large', options.tooManyEdits, { adapter });
      return platformFault(
        adapter,
        action,
        400,
        `the action makes more edits (${String(parameters.editsCount)}) than the platform allows (${String(parameters.editsLimit)})`,
      );
    case 'ParametersNotFound':
      return platformFault(
        adapter,
        action,
        400,
        `the platform's ${action} lacks the parameters ${JSON.stringify(parameters.unknownParameterIds)}: the ontology is not set up as docs/connectors.md says`,
      );
    case 'FunctionExecutionFailed':
      return platformFault(adapter, action, 400, 'the Function behind the action failed on the platform; nothing was applied');
    default:
      return platformFault(adapter, action, 400, `the platform refused the request the connector built${errorName ? ` (${errorName})` : ''}`);
  }
}

/**
 * The contract error for a platform 404: `notFound` when the error name says an object is missing,
 * a 502 when it says the ontology lacks a type the connector needs (a setup fault, not missing data).
 */
export function notFoundFrom(adapter: string, operation: string, body: unknown, notFound: string | undefined): PlumblineError {
  const { errorName } = errorBody(body);
  if (notFound !== undefined && errorName !== undefined && missingObjectNames.has(errorName)) return new PlumblineError('not-found', notFound, { adapter });
  const why =
    errorName && !missingObjectNames.has(errorName)
      ? `the platform answered 404 (${errorName}): the ontology is not set up as docs/connectors.md says`
      : `the platform answered 404${errorName ? ` (${errorName})` : ''}`;
  return new ConnectorCallError('upstream-failure', `${adapter}: ${operation} failed: ${why}.`, { adapter, delivery: 'answered', upstreamStatus: 404 });
}
