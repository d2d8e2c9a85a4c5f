/** `use-of-force-peer-outlier`: a use-of-force count far above active colleagues in the same unit. */
import { appendTo } from './collections.js';
import { defineStandardDetector, trailingWindowText } from './define-detector.js';
import { activeEmployment } from './employment.js';
import { refsOf } from './evidence.js';
import { countOf, formatNumber } from './format.js';
import { windowDaysParameter } from './parameters.js';
import type { DetectorSubject } from './types.js';
import { recordsInWindow, trailingWindow, type TypedRecord } from './windows.js';

interface Member {
  readonly subject: DetectorSubject;
  readonly uses: TypedRecord<'use_of_force'>[];
}

export const useOfForcePeerOutlier = defineStandardDetector({
  detectorId: 'use-of-force-peer-outlier',
  category: 'standards',
  title: 'Use of force well above unit peers',
  description: {
    inputs:
      'every subject’s `employment` records (current employment as of A: the latest `occurredAt` dated on or before A, ties to the greatest record id; `status`, `unit`) and `use_of_force` records (date: the UTC date of `occurredAt`).',
    window: trailingWindowText,
    whatCounts:
      'the peer group is the subjects whose current employment has status `active`, grouped by its `unit` (exact text). A subject’s count is its use_of_force records dated in the window. Over a group of n members (the subject included): mean μ = Σ count / n and population standard deviation σ = √(Σ (count − μ)² / n); z = (count − μ) / σ.',
    rule: 'raise a flag for a member when n ≥ `minPeerGroup`, σ > 0, count ≥ `minCount` and z ≥ `zThreshold`. With S = Σ count and Q = Σ count², z is computed as (n × count − S) / √(n × Q − S²), the same value without the rounding of an intermediate mean.',
    flag: 'one per subject; evidence: its use-of-force records in the window; measurements `count`, `peerMean`, `peerStdDev`, `zScore`, `peerGroupSize`, `zThreshold`, `minCount`, `minPeerGroup`, `windowDays`; window: the trailing window.',
    severity: 'medium.',
    example:
      '(defaults): 8 active members of one unit with counts 0, 0, 0, 0, 0, 0, 0 and 4. n = 8, μ = 0.5, σ = √((7 × 0.25 + 12.25) / 8) = √1.75 ≈ 1.3229, z for the member with 4 = 3.5 / 1.3229 ≈ 2.6458 ≥ 2.5 and 4 ≥ 3: a flag. With counts 0, 0, 0, 0, 0, 0, 1 and 3: μ = 0.5, σ = √(8 / 8) = 1, z = 2.5: a flag, exactly at the threshold. With 0, 0, 0, 0, 0, 1, 1 and 3: μ = 0.625, σ ≈ 0.9922, z ≈ 2.3938: no flag.',
  },
  parameters: {
    windowDays: windowDaysParameter(365, 'uses of force dated in it count'),
    zThreshold: {
      type: 'number',
      default: 2.5,
      minimum: 0,
      maximum: 10,
      description: 'Smallest z-score against the unit’s active members that raises a flag.',
    },
    minPeerGroup: {
      type: 'integer',
      default: 8,
      minimum: 2,
      maximum: 10000,
      description: 'Fewest active members (the subject included) a unit needs for a comparison.',
    },
    minCount: { type: 'integer', default: 3, minimum: 1, maximum: 1000, description: 'Fewest uses of force in the window that may raise a flag.' },
  },
  recordTypes: ['employment', 'use_of_force'],
  lookback: (parameters) => ({ employment: null, use_of_force: parameters.windowDays }),
  evaluate({ asOf, subjects }, { windowDays, zThreshold, minPeerGroup, minCount }, raise) {
    const window = trailingWindow(asOf, windowDays);
    const units = new Map<string, Member[]>();
    for (const subject of subjects) {
      const employment = activeEmployment(subject, asOf);
      if (employment) appendTo(units, employment.record.unit, { subject, uses: recordsInWindow(subject, 'use_of_force', window) });
    }
    for (const [unit, members] of units) {
      const n = members.length;
      if (n < minPeerGroup) continue;
      let sum = 0;
      let squares = 0;
      for (const { uses } of members) {
        sum += uses.length;
        squares += uses.length * uses.length;
      }
      // Integers up to here: σ > 0 and z are decided without the rounding of a computed mean.
      const spread = n * squares - sum * sum;
      if (spread <= 0) continue;
      const root = Math.sqrt(spread);
      const peerMean = sum / n;
      const peerStdDev = root / n;
      for (const { subject, uses } of members) {
        const count = uses.length;
        const zScore = (n * count - sum) / root;
        if (count < minCount || zScore < zThreshold) continue;
        raise({
          subjectIds: [subject.subjectId],
          severity: 'medium',
          rationale:
            `${countOf(count, 'use of force', 'uses of force')} recorded from ${window.start} to ${asOf}, against a mean of ${formatNumber(peerMean)} ` +
            `(standard deviation ${formatNumber(peerStdDev)}) among the ${n} active members of unit “${unit}”, the person included: ` +
            `z-score ${formatNumber(zScore)} (threshold ${zThreshold}, at least ${minCount} uses). Use of force is often lawful and necessary; this is a prompt to look.`,
          evidence: refsOf(uses),
          measurements: { count, peerMean, peerStdDev, zScore, peerGroupSize: n, zThreshold, minCount, minPeerGroup, windowDays },
          window,
        });
      }
    }
  },
});
