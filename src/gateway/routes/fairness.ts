import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { PlumblineError } from '../../adapter/errors.js';
import { FairnessAuditRequest, FairnessReport, MAX_EQUALITY_PEOPLE } from '../../contract/index.js';
import { auditFairness } from '../../fairness/fairness-audit.js';
import { adapterProblems, bodyProblems, problemResponses } from '../route-helpers.js';

/** Room for a whole force's equality data (about 150 bytes a person); anything bigger is refused with 413. */
const FAIRNESS_BODY_LIMIT = 64 * 1024 * 1024;

/**
 * `POST /v1/fairness-audits`: the auditor's operational fairness report on the live flags. The
 * gateway, not the adapter, combines the equality data with the flags it reads through the adapter
 * interface, so the audit is the same whichever supplier is behind it and no supplier ever sees the
 * equality data. Nothing is created or kept: the answer is the report.
 */
const fairnessRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/v1/fairness-audits',
    {
      config: { operation: 'auditFairness' },
      bodyLimit: FAIRNESS_BODY_LIMIT,
      schema: {
        operationId: 'auditFairness',
        tags: ['fairness'],
        summary: 'Audit the flags for disparities between groups',
        description: [
          `Send equality monitoring data for up to ${MAX_EQUALITY_PEOPLE.toLocaleString('en-GB')} people (each keyed by records or subject ids, with their groups);`,
          'the answer is, per detector and for any detector, the flag rate of each group and its disparity ratio against a reference group,',
          'with Wilson and Katz log confidence intervals, groups under the minimum size suppressed, and the share of closed flags closed with no case to answer.',
          'The equality data is used in memory for this request only: it is not stored, not logged, not recorded in the audit trail and never sent to the adapter.',
          'The audit reads every flag and the flagged subjects, so it is recorded as a consultation. A disparity is a prompt for inquiry, not a verdict.',
        ].join(' '),
        body: FairnessAuditRequest,
        response: { 200: FairnessReport, ...problemResponses(...adapterProblems, ...bodyProblems) },
      },
    },
    async (request) => {
      const { people, options } = request.body;
      try {
        return await auditFairness(app.adapter, people, options, request.operationContext, { computedBy: 'gateway' });
      } catch (error) {
        // A reference group nobody is in is the request's mistake, found once the groups are known.
        if (error instanceof RangeError) {
          throw new PlumblineError('validation-failed', error.message, { errors: [{ path: '/body/options/referenceGroups', message: error.message }] });
        }
        throw error;
      }
    },
  );
};

export default fairnessRoutes;
