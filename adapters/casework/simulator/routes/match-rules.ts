/**
 * Match rules (link overrides): create, list oldest first, withdraw. A rule naming an unknown
 * entry answers 404; a rule contradicting the others answers 409.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ReferenceAdapter } from '../../../reference/index.js';
import { systemContext } from '../../../../src/adapter/context.js';
import { CaseworkMatchRuleInput, matchRuleFromOverride, requestFromMatchRuleInput } from '../../model/match-rules.js';
import { listAnswer, pageQuery, parsePart } from './request-parts.js';

const context = systemContext('casework-simulator');
const RulePath = z.object({ rule_ref: z.string().min(1).max(200) });

export function matchRuleRoutes(app: FastifyInstance, engine: ReferenceAdapter): void {
  app.post('/api/v3/match-rules', async (request, reply) => {
    const input = parsePart(CaseworkMatchRuleInput, request.body, 'body');
    const override = await engine.consolidation.createOverride(requestFromMatchRuleInput(input), { actor: input.created_by });
    return reply.code(201).send(matchRuleFromOverride(override));
  });

  app.get('/api/v3/match-rules', async (request) =>
    listAnswer(await engine.consolidation.listOverrides(pageQuery(request.query), context), matchRuleFromOverride),
  );

  app.delete('/api/v3/match-rules/:rule_ref', async (request) => {
    const { rule_ref: ruleRef } = parsePart(RulePath, request.params, 'path');
    await engine.consolidation.deleteOverride(ruleRef, context);
    return { rule_ref: ruleRef, withdrawn_at: new Date().toISOString() };
  });
}
