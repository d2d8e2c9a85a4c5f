import { it } from 'vitest';
import type { PlumblineAdapterV1 } from '../../src/adapter/adapter-v1.js';
import { benchmarkForce } from '../../src/bench/force-benchmark.js';
import { synthesizeForce, type SyntheticForce } from '../../src/synth/index.js';
import { temporaryReferenceAdapter } from '../harness/reference-target.js';

const context = { actor: 'fairness-test' };
async function flagKeys(force: SyntheticForce) {
  const engine = temporaryReferenceAdapter();
  const owner = new Map<string, string>();
  for (const { sourceId, record, personId } of force.records()) owner.set(`${sourceId}/${record.recordId}`, personId);
  try {
    const result = await benchmarkForce(force, engine, () => {}, context);
    const keys: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await engine.flagging.listFlags({}, { cursor, limit: 500 }, context);
      for (const flag of page.items) {
        const people = [];
        for (const subjectId of flag.subjectIds) {
          const lookup = await engine.consolidation.getSubject(subjectId, context);
          const votes = new Map<string, number>();
          if ('subject' in lookup) for (const r of lookup.subject.records) { const p = owner.get(`${r.sourceId}/${r.recordId}`)!; votes.set(p, (votes.get(p) ?? 0) + 1); }
          people.push([...votes].sort((a, b) => b[1] - a[1])[0][0]);
        }
        keys.push(`${flag.detectorId} ${people.sort().join(',')} ${JSON.stringify(flag.measurements)} ${flag.evidence.map((e) => e.sourceId + '/' + e.recordId).join(',')}`);
      }
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return { keys: keys.sort(), f1: result.flags.f1, cf1: result.consolidation.f1 };
  } finally { await engine.close(); }
}
it('probe', async () => {
  for (const seed of [1, 3]) {
    const a = await flagKeys(synthesizeForce({ people: 800, months: 12, seed }));
    const b = await flagKeys(synthesizeForce({ people: 800, months: 12, seed, demographicsSeed: 4242 }));
    const sb = new Set(b.keys), sa = new Set(a.keys);
    console.log(seed, a.keys.length, b.keys.length, a.f1, b.f1, a.cf1, b.cf1, a.keys.filter((k) => !sb.has(k)), b.keys.filter((k) => !sa.has(k)));
  }
}, 300000);
