/**
 * Rules (detectors) and flags: list the rule catalogue, list and read flags, and act on a flag's
 * case. Rule evaluation itself is a job. A case action the lifecycle does not allow answers 409
 * `INVALID_TRANSITION`; the acting officer is named in the body (the API key is a service account).
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ReferenceAdapter } from '../../../reference/index.js';
import { systemContext } from '../../../../src/adapter/context.js';
import { PlumblineError } from '../../../../src/adapter/errors.js';
import { caseworkFlagFromFlag, CaseworkCaseAction, queryFromFlagFilter, reviewFromCaseAction } from '../../model/flags.js';
import { ruleFromDetector } from '../../model/rules.js';
import { CaseworkHttpError } from '../casework-errors.js';
import { listAnswer, pageQuery, parsePart } from './request-parts.js';

const context = systemContext('casework-simulator');
const FlagPath = z.object({ flag_ref: z.string().min(1).max(200) });
const FlagFilter = z.object({
  case_status: z.string().optional(),
  rule_code: z.string().min(1).max(100).optional(),
  person_ref: z.string().min(1).max(200).optional(),
  concern_area: z.string().optional(),
  priority: z.string().optional(),
});

export function flagRoutes(app: FastifyInstance, engine: ReferenceAdapter): void {
  app.get('/api/v3/rules', async () => ({ data: (await engine.flagging.listDetectors(context)).map(ruleFromDetector) }));

  app.get('/api/v3/flags', async (request) => {
    const filter = parsePart(FlagFilter, request.query, 'query');
    let query;
    try {
      query = queryFromFlagFilter(filter);
    } catch {
      throw new CaseworkHttpError(400, 'INVALID_REQUEST', 'Unknown case_status, concern_area or priority.');
    }
    return listAnswer(await engine.flagging.listFlags(query, pageQuery(request.query), context), caseworkFlagFromFlag);
  });

  app.get('/api/v3/flags/:flag_ref', async (request) => {
    const { flag_ref: flagRef } = parsePart(FlagPath, request.params, 'path');
    return caseworkFlagFromFlag(await engine.flagging.getFlag(flagRef, context));
  });

  app.post('/api/v3/flags/:flag_ref/case/actions', async (request) => {
    const { flag_ref: flagRef } = parsePart(FlagPath, request.params, 'path');
    const action = parsePart(CaseworkCaseAction, request.body, 'body');
    if ((action.action === 'RESOLVE') !== (action.disposition !== undefined)) {
      throw new CaseworkHttpError(400, 'INVALID_REQUEST', 'RESOLVE needs a disposition, and only RESOLVE takes one.', [
        { field: 'disposition', issue: 'required with RESOLVE only' },
      ]);
    }
    try {
      return caseworkFlagFromFlag(await engine.flagging.reviewFlag(flagRef, reviewFromCaseAction(action), { actor: action.officer }));
    } catch (error) {
      if (PlumblineError.isInstance(error) && error.kind === 'conflict') throw new CaseworkHttpError(409, 'INVALID_TRANSITION', error.message);
      throw error;
    }
  });
}
