/**
 * Planted vetting histories for `vetting-lapsed`: the person's whole vetting file is dictated. A
 * vetting is valid on the as-of date A when granted on or before A, expiring on or after A, at the
 * required level or above; the scenarios sit on each of those edges, and on "active".
 */
import { vettingLevels, type VettingLevel } from '../../contract/index.js';
import { addYears } from '../dates.js';
import { vettingValidityYears } from '../generators/vetting.js';
import type { Candidate } from './context.js';
import { variant, type Planter } from './planter.js';
import type { VettingDraft } from './types.js';

/** A granted vetting at `level` whose last valid day is `expiry`. */
export function grantExpiring(level: VettingLevel, expiry: number): VettingDraft {
  const granted = addYears(expiry + 1, -vettingValidityYears[level]);
  return { day: granted, level, status: 'granted', granted, expiry };
}

const shifted = (level: VettingLevel, by: number): VettingLevel | undefined => vettingLevels[vettingLevels.indexOf(level) + by];

interface Shape {
  /** Days from the as-of date to the last valid day of the person's grant. */
  readonly expiresIn: number;
  /** Levels above (positive) or below (negative) the requirement. */
  readonly levelShift?: number;
  readonly pendingRenewal?: boolean;
  readonly notActive?: boolean;
  readonly description: string;
}

function vetting(name: string, shape: Shape) {
  const accept = (candidate: Candidate) => shifted(candidate.unitType.vetting, shape.levelShift ?? 0) !== undefined;
  return variant(name, (context) => {
    const person = context.take(1, accept)?.[0];
    if (!person) return null;
    const { asOf } = context;
    const required = person.unitType.vetting;
    const held = shifted(required, shape.levelShift ?? 0)!;
    const file = [grantExpiring(held, asOf + shape.expiresIn)];
    if (shape.pendingRenewal) file.push({ day: asOf - 200, level: required, status: 'pending' });
    context.directivesFor(person).vetting = file;
    if (shape.notActive) context.setStatus(person, asOf - 45, 'on_leave');
    return { people: [person], description: `Post requires ${required}; ${shape.description}.`, measurements: {} };
  });
}

export const vettingLapsedPlanter: Planter = {
  detectorId: 'vetting-lapsed',
  patterns: [
    vetting('expired-day-before-as-of', { expiresIn: -1, description: 'the only vetting expired the day before the as-of date' }),
    vetting('level-below-required', { expiresIn: 900, levelShift: -1, description: 'a valid vetting one level below the requirement' }),
    vetting('only-pending-renewal', { expiresIn: -60, pendingRenewal: true, description: 'the vetting expired 60 days ago and its renewal is still pending' }),
  ],
  nearMisses: [
    vetting('expires-on-as-of-date', { expiresIn: 0, description: 'the vetting’s last valid day is the as-of date' }),
    vetting('expires-day-after-as-of', { expiresIn: 1, description: 'the vetting expires the day after the as-of date' }),
    vetting('higher-level-held', { expiresIn: 700, levelShift: 1, description: 'a valid vetting one level above the requirement' }),
    vetting('lapsed-but-not-active', {
      expiresIn: -30,
      notActive: true,
      description: 'the vetting lapsed 30 days ago, but the person has been on leave since 45 days before the as-of date',
    }),
  ],
};
