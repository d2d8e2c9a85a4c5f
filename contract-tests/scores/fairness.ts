/**
 * The fairness section of the scorecard: the target's flags on the accuracy force (already
 * ingested, consolidated and flagged by the accuracy score) audited with that force's equality
 * data, which the target never sees. Read through the contract alone, so a bidder's sandbox is
 * audited exactly as the reference engine is. Not part of the weighted total: a disparity is a
 * prompt for inquiry, not a score.
 */
import type { FairnessReport } from '../../src/contract/index.js';
import { auditSyntheticForce } from '../../src/fairness/synthetic-audit.js';
import { adapterFor } from '../harness/target-adapter.js';
import type { ConformanceTarget } from '../harness/target.js';
import type { SyntheticForce } from '../../src/synth/index.js';

export async function scoreFairness(target: ConformanceTarget, options: { readonly force: SyntheticForce }): Promise<FairnessReport> {
  const adapter = await adapterFor(target);
  try {
    const context = { actor: 'conformance-scorecard', justification: target.justification ?? 'Conformance evaluation' };
    return await auditSyntheticForce(adapter, options.force, undefined, context);
  } finally {
    await adapter.close();
  }
}
