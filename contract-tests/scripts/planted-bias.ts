/**
 * The planted proxy bias, measured: one synthetic force through the fair reference engine and
 * through the same engine with the name-based bias (broken-adapters/biased-flagging.ts), each
 * audited with the force's equality data. Writes both reports and prints the figures as JSON.
 * Not part of `npm test` (contract-tests/test/fairness-audit.test.ts checks the same at 800 people):
 *
 *   npx tsx contract-tests/scripts/planted-bias.ts [people] [out-dir]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PlumblineAdapterV1 } from '../../src/adapter/adapter-v1.js';
import type { FairnessReport } from '../../src/contract/index.js';
import { fairnessHtml } from '../../src/fairness/report-html.js';
import { loadAndAuditSyntheticForce } from '../../src/fairness/synthetic-audit.js';
import { synthesizeForce } from '../../src/synth/index.js';
import type { ReferenceAdapter } from '../../adapters/reference/index.js';
import { biasedFlagging, biasedSelection } from '../broken-adapters/biased-flagging.js';
import { temporaryReferenceAdapter } from '../harness/reference-target.js';

const [people = '2000', out = 'planted-bias'] = process.argv.slice(2);
const force = synthesizeForce({ people: Number(people), months: 12, seed: 1 });

async function audit(name: string, make: (engine: ReferenceAdapter) => PlumblineAdapterV1) {
  const engine = temporaryReferenceAdapter();
  try {
    const started = performance.now();
    const { report } = await loadAndAuditSyntheticForce(make(engine), force, undefined, { actor: 'planted-bias' });
    mkdirSync(join(out, name), { recursive: true });
    writeFileSync(join(out, name, 'fairness.json'), `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(join(out, name, 'fairness.html'), fairnessHtml(report));
    return { report, seconds: (performance.now() - started) / 1000 };
  } finally {
    await engine.close();
  }
}

/** A detector's flag rates and ratios by ethnicity, as printed. */
function byEthnicity(report: FairnessReport, detectorId: string) {
  const detector = report.detectors.find((candidate) => candidate.detectorId === detectorId)!;
  return detector.attributes
    .find((attribute) => attribute.attribute === 'ethnicity')!
    .groups.map(({ group, people: size, flagRate, falsePositiveRate }) => ({
      group,
      people: size,
      flagged: flagRate.rate?.events ?? null,
      ratio: flagRate.disparity.ratio,
      interval: flagRate.disparity.interval,
      assessment: flagRate.disparity.assessment,
      falsePositiveAssessment: falsePositiveRate?.disparity.assessment ?? null,
    }));
}

const summary: Record<string, unknown> = { people: Number(people), seed: 1 };
for (const [name, make] of [
  ['fair', (engine: ReferenceAdapter) => engine],
  ['biased', biasedFlagging],
] as const) {
  const { report, seconds } = await audit(name, make);
  summary[name] = {
    seconds,
    flaggedPeople: report.population.flaggedPeople,
    firmFindings: report.findings.filter((finding) => finding.assessment === 'outside-band'),
    uncertainFindings: report.findings.filter((finding) => finding.assessment !== 'outside-band').length,
    anyDetector: byEthnicity(report, '*'),
    [biasedSelection.detectorId]: byEthnicity(report, biasedSelection.detectorId),
  };
}
process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
