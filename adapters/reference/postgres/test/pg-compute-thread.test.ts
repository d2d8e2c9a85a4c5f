/**
 * Large PostgreSQL runs compute on a thread of their own: what comes back from the thread must be
 * what the same computation gives in place (the data is copied across, Maps included).
 */
import { describe, expect, it } from 'vitest';
import type { RecordedIdentity } from '../../../../src/contract/index.js';
import { resolveSnapshot, type RunSnapshot } from '../../services/resolution-plan.js';
import { computeInThread } from '../pg-compute-thread.js';
import { detectOver } from '../pg-compute-worker.js';

const person = (index: number, source: string): RecordedIdentity => ({
  givenName: ['Ann', 'Bob', 'Cai', 'Dee'][index % 4],
  familyName: `Family${index}`,
  dateOfBirth: `198${index % 10}-0${(index % 9) + 1}-1${index % 10}`,
  ...(source === 'hr' ? { staffNumber: `S${index}` } : {}),
});

function snapshot(): RunSnapshot {
  const nodes = new Map<number, RunSnapshot['nodes'] extends ReadonlyMap<number, infer Node> ? Node : never>();
  let nodeId = 0;
  for (let index = 0; index < 40; index += 1) {
    for (const source of ['hr', 'vetting']) {
      nodeId += 1;
      nodes.set(nodeId, { source_id: source, kind: source === 'hr' ? 'hr' : 'vetting', record_count: 2, change_seq: 1, parsed: person(index, source) });
    }
  }
  return { nodes, subjectOf: new Map(), changeSeq: 1, watermark: 0, model: undefined, overrides: [] };
}

describe('the run compute thread', () => {
  it('resolves a snapshot exactly as in place', async () => {
    const inPlace = resolveSnapshot(snapshot(), 'full');
    const inThread = await computeInThread<typeof inPlace>({ kind: 'resolve', snapshot: snapshot(), mode: 'full' });
    expect(inThread.kind).toBe('resolved');
    // Timings in the statistics differ between the two computations; everything else is the same.
    const strip = (outcome: typeof inPlace) => (outcome.kind === 'resolved' ? { ...outcome, resolution: { ...outcome.resolution, statistics: {} } } : outcome);
    expect(strip(inThread)).toEqual(strip(inPlace));
  }, 60_000);

  it('evaluates detectors exactly as in place', async () => {
    const request = { asOf: '2024-06-01' };
    const inPlace = detectOver(request, new Map(), new Map());
    const inThread = await computeInThread<typeof inPlace>({ kind: 'detect', request, identities: new Map(), records: new Map() });
    expect(inThread).toEqual(inPlace);
  }, 60_000);
});
