/** The evaluation order of a flagging run: every detector once, readers of a record type together. */
import { describe, expect, it } from 'vitest';
import type { RecordType } from '../../contract/index.js';
import { resolveDetectorSelections } from '../index.js';
import { memoryFriendlyOrder } from '../evaluation.js';

const ids = (detectors: readonly { detector: { definition: { detectorId: string } } }[]) => detectors.map(({ detector }) => detector.definition.detectorId);

/** For each detector in turn, the record types loaded while it runs (as the evaluator keeps them). */
function loadedAlongTheWay(detectors: readonly { detector: { recordTypes: readonly RecordType[] } }[]): Set<RecordType>[] {
  return detectors.map((_, index) => {
    const done = new Set(detectors.slice(0, index + 1).flatMap(({ detector }) => detector.recordTypes));
    const later = new Set(detectors.slice(index + 1).flatMap(({ detector }) => detector.recordTypes));
    return new Set([...done].filter((type) => later.has(type) || detectors[index].detector.recordTypes.includes(type)));
  });
}

describe('memoryFriendlyOrder', () => {
  const standard = resolveDetectorSelections(undefined);
  const ordered = memoryFriendlyOrder(standard);

  it('evaluates every detector exactly once', () => {
    expect(ids(ordered).sort()).toEqual(ids(standard).sort());
  });

  it('runs the readers of duty weeks one after the other, so duty weeks are never loaded beside system access', () => {
    const duty = ids(ordered).flatMap((id, index) => (['roster-self-editing', 'sustained-long-hours'].includes(id) ? [index] : []));
    expect(duty[1] - duty[0]).toBe(1);
    for (const loaded of loadedAlongTheWay(ordered)) expect(loaded.has('duty_week') && loaded.has('system_access')).toBe(false);
  });

  it('never holds more types at once than the standard order', () => {
    const most = (sets: Set<RecordType>[]) => Math.max(...sets.map((set) => set.size));
    expect(most(loadedAlongTheWay(ordered))).toBeLessThanOrEqual(most(loadedAlongTheWay(standard)));
    expect(most(loadedAlongTheWay(ordered))).toBeLessThanOrEqual(2);
  });
});
