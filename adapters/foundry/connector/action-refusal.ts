/**
 * The platform refuses an action with 400 `ActionValidationFailed`. Failed submission criteria
 * mean the current state forbids it (an invalid review transition, a contradictory override, an
 * import into a platform that holds data): the contract's 409. Invalid parameters mean the
 * client's input was wrong: the contract's 400, with each parameter path turned back into the
 * contract's field path. Any other 400 is a request the connector built wrongly: a 502.
 */
import { z } from 'zod';
import { PlumblineError } from '../../../src/adapter/errors.js';
import { ConnectorCallError } from '../../../src/connectors/index.js';

const Refusal = z.object({
  errorName: z.literal('ActionValidationFailed'),
  parameters: z.object({
    validation: z.object({
      submissionCriteria: z.array(z.object({ configuredFailureMessage: z.string().optional() })).default([]),
      problems: z.array(z.object({ path: z.string(), message: z.string() })).default([]),
    }),
  }),
});

/** Turns an action's parameter path into the contract field path the client sent. */
export type PathRenamer = (parameterPath: string) => string;

/** The contract error for a platform 400 to an action. */
export function actionRefusal(adapter: string, action: string, body: unknown, renamePath: PathRenamer = (path) => path): PlumblineError {
  const refusal = Refusal.safeParse(body);
  if (!refusal.success) {
    return new ConnectorCallError('upstream-failure', `${adapter}: applying ${action} failed: the platform refused the request the connector built.`, {
      adapter,
      delivery: 'answered',
      upstreamStatus: 400,
    });
  }
  const { submissionCriteria, problems } = refusal.data.parameters.validation;
  if (submissionCriteria.length > 0) {
    const reasons = submissionCriteria.map((criterion) => criterion.configuredFailureMessage ?? 'a submission criterion failed');
    return new PlumblineError('conflict', reasons.join(' '), { adapter });
  }
  const errors = problems.map((problem) => ({ path: renamePath(problem.path), message: problem.message }));
  return new PlumblineError('validation-failed', errors.length > 0 ? `Invalid input: ${errors.map((error) => `${error.path}: ${error.message}`).join('; ')}.` : 'Invalid input.', { adapter, errors });
}
