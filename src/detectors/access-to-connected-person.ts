/** `access-to-connected-person`: looking up a relative or a colleague with no recorded purpose. */
import type { RecordedIdentity } from '../contract/index.js';
import { appendTo } from './collections.js';
import { defineStandardDetector, trailingWindowText } from './define-detector.js';
import { refsOf } from './evidence.js';
import { betweenDates, countOf, dateRange } from './format.js';
import { normaliseFamilyName, normalisePostcode } from './normalise.js';
import { windowDaysParameter } from './parameters.js';
import type { DetectorSubject } from './types.js';
import { occurredOn, recordsInWindow, trailingWindow } from './windows.js';

/** Staff and warrant numbers of the whole population, each with the subjects that hold it. */
class ColleagueIndex {
  private readonly staffNumbers = new Map<string, string[]>();
  private readonly warrantNumbers = new Map<string, string[]>();

  constructor(subjects: readonly DetectorSubject[]) {
    for (const { subjectId, identity } of subjects) {
      for (const value of identity.staffNumbers) appendTo(this.staffNumbers, value, subjectId);
      for (const value of identity.warrantNumbers) appendTo(this.warrantNumbers, value, subjectId);
    }
  }

  /** Whether the target's staff or warrant number belongs to a subject other than `subjectId`. */
  isColleague(target: RecordedIdentity, subjectId: string): boolean {
    const heldByAnother = (holders: string[] | undefined) => holders !== undefined && holders.some((holder) => holder !== subjectId);
    return (
      (target.staffNumber !== undefined && heldByAnother(this.staffNumbers.get(target.staffNumber))) ||
      (target.warrantNumber !== undefined && heldByAnother(this.warrantNumbers.get(target.warrantNumber)))
    );
  }
}

/** Whether the target shares one of the subject's family names and one of its postcodes, once normalised. */
function isFamily(target: RecordedIdentity, familyNames: ReadonlySet<string>, postcodes: ReadonlySet<string>): boolean {
  if (target.familyName === undefined || target.postcode === undefined) return false;
  return familyNames.has(normaliseFamilyName(target.familyName)) && postcodes.has(normalisePostcode(target.postcode));
}

/** Normalised, without values that normalise to nothing (they would match any other such value). */
function normalisedSet(values: readonly string[], normalise: (value: string) => string): Set<string> {
  return new Set(values.map(normalise).filter((value) => value !== ''));
}

export const accessToConnectedPerson = defineStandardDetector({
  detectorId: 'access-to-connected-person',
  category: 'integrity',
  title: 'Access to a connected person with no recorded purpose',
  description: {
    inputs:
      'the subject’s `system_access` records (date: the UTC date of `occurredAt`; `purpose`; `target`), the subject’s identity facts (family names and postcodes as recorded in any of its records), and every other subject’s staff and warrant numbers.',
    window: trailingWindowText,
    whatCounts:
      'a connected access is a system_access dated in the window, with no `purpose`, whose `target.kind` is `person` and whose `target.identity` either (a) has a family name equal, once normalised (lower-case letters a–z, accents folded, everything else removed), to one of the subject’s normalised family names AND a postcode equal, once normalised (upper-case, white space removed), to one of the subject’s normalised postcodes (a family match), or (b) has a `staffNumber` held by another subject, or a `warrantNumber` held by another subject, exactly as recorded (a colleague match).',
    rule: 'raise a flag when the subject has at least one connected access.',
    flag: 'one per subject; evidence: the connected accesses; measurements `connectedAccesses`, `familyMatches`, `colleagueMatches` (an access matching both ways counts in both, once in `connectedAccesses`), `windowDays`; window: the trailing window.',
    severity: 'high.',
    example:
      '(defaults, A = 2026-03-31): the subject is recorded as family name “O’Brien” at “SE11 4AA” (and, in an older HR record, at “SW2 1AB”). A PNC search on 2025-07-04 with no purpose for a person “OBRIEN”, postcode “sw21ab” is a family match; a search for someone with staff number S1009999, held by another subject, is a colleague match: one flag, connectedAccesses 2, familyMatches 1, colleagueMatches 1. The same searches with an incident reference recorded, or “O’Brien” at another postcode, do not count.',
  },
  parameters: {
    windowDays: windowDaysParameter(365, 'accesses dated in it count'),
  },
  recordTypes: ['system_access'],
  lookback: (parameters) => ({ system_access: parameters.windowDays }),
  reads: { system_access: (record) => record.purpose === undefined },
  evaluate({ asOf, subjects }, { windowDays }, raise) {
    const window = trailingWindow(asOf, windowDays);
    let colleagues: ColleagueIndex | undefined;
    for (const subject of subjects) {
      const candidates = recordsInWindow(subject, 'system_access', window).filter(
        ({ record }) => record.purpose === undefined && record.target.kind === 'person' && record.target.identity !== undefined,
      );
      if (candidates.length === 0) continue;
      // Built on first need: most runs have few such accesses, and the index spans the population.
      const colleagueIndex = (colleagues ??= new ColleagueIndex(subjects));
      const familyNames = normalisedSet(subject.identity.familyNames, normaliseFamilyName);
      const postcodes = normalisedSet(subject.identity.postcodes, normalisePostcode);
      let familyMatches = 0;
      let colleagueMatches = 0;
      const connected = candidates.filter(({ record }) => {
        const target = record.target.identity!;
        const family = isFamily(target, familyNames, postcodes);
        const colleague = colleagueIndex.isColleague(target, subject.subjectId);
        if (family) familyMatches++;
        if (colleague) colleagueMatches++;
        return family || colleague;
      });
      if (connected.length === 0) continue;
      const { first, last } = dateRange(connected.map(({ record }) => occurredOn(record)));
      raise({
        subjectIds: [subject.subjectId],
        severity: 'high',
        rationale:
          `${countOf(connected.length, 'system access', 'system accesses')} with no policing purpose recorded, dated ${betweenDates(first, last)}, ` +
          `looked up people who may be connected to the person: ${familyMatches} sharing a family name and postcode with them, ${colleagueMatches} identified as colleagues ` +
          `(window: the ${windowDays} days ending ${asOf}). A shared name and postcode may be a coincidence.`,
        evidence: refsOf(connected),
        measurements: { connectedAccesses: connected.length, familyMatches, colleagueMatches, windowDays },
        window,
      });
    }
  },
});
