/**
 * Planted system accesses for `access-without-purpose` and `access-to-connected-person`. The
 * person's background accesses in the window all record a purpose, so the scenario's accesses are
 * the only ones that count. Connected targets are symbolic here (a relative at the person's current
 * or former address, a named colleague) and rendered with real identities by the audit generator.
 */
import type { Candidate, PlantingContext } from './context.js';
import { variant, type Planter } from './planter.js';
import type { AccessDraft } from './types.js';

const systemUser = (candidate: Candidate) => candidate.unitType.access >= 5;

function withoutPurpose(name: string, count: number, firstOffset: number | null, counted: number) {
  return variant(name, (context) => {
    const person = context.take(1, systemUser)?.[0];
    if (!person) return null;
    const { asOf, random } = context;
    const extra: AccessDraft[] = Array.from({ length: count }, (_, index) => ({
      day: index === 0 && firstOffset !== null ? asOf - firstOffset : random.int(asOf - 27, asOf),
      withPurpose: false,
      target: { kind: 'public' },
    }));
    context.directivesFor(person).access = { extra, purposefulFrom: asOf - 60 };
    return {
      people: [person],
      description: `${count} accesses with no policing purpose recorded${firstOffset === 29 ? ', the first on the window’s first day' : firstOffset === 30 ? ', the first a day before the window' : ''}: ${counted} in the 30-day window (threshold 5).`,
      measurements: { count: counted, threshold: 5, windowDays: 30 },
    };
  });
}

export const accessWithoutPurposePlanter: Planter = {
  detectorId: 'access-without-purpose',
  patterns: [withoutPurpose('five-in-30-days', 5, null, 5), withoutPurpose('first-day-of-window', 5, 29, 5), withoutPurpose('ten-high-severity', 10, null, 10)],
  nearMisses: [withoutPurpose('four-in-30-days', 4, null, 4), withoutPurpose('day-before-window', 5, 30, 4)],
};

type Target = AccessDraft['target'] | 'colleague';

function connected(
  name: string,
  target: Target,
  details: { withPurpose?: boolean; offset?: number; needsMove?: boolean; matches?: { family?: number; colleague?: number } },
) {
  return variant(name, (context) => {
    const person = context.take(1, (candidate) => systemUser(candidate) && (!details.needsMove || candidate.moved))?.[0];
    if (!person) return null;
    const { asOf, random } = context;
    let resolved: AccessDraft['target'];
    if (target === 'colleague') {
      const colleague = pickColleague(context, person);
      if (!colleague) return null;
      resolved = { kind: 'colleague', personIndex: colleague.index };
    } else resolved = target;
    const day = details.offset !== undefined ? asOf - details.offset : random.int(asOf - 300, asOf - 1);
    context.directivesFor(person).access = { extra: [{ day, withPurpose: details.withPurpose ?? false, target: resolved }], purposefulFrom: asOf - 400 };
    const family = details.matches?.family ?? 0;
    const colleagueMatches = details.matches?.colleague ?? 0;
    return {
      people: [person],
      description: `One access ${details.withPurpose ? 'with' : 'without'} a recorded purpose, ${details.offset ?? 'within 300'} days before the as-of date, to ${describeTarget(resolved)}.`,
      measurements: { connectedAccesses: family + colleagueMatches, familyMatches: family, colleagueMatches, windowDays: 365 },
    };
  });
}

function describeTarget(target: AccessDraft['target']): string {
  if (target.kind === 'colleague') return 'a colleague identified by staff number';
  if (target.kind === 'public') return 'a member of the public';
  return target.address === 'elsewhere'
    ? 'someone sharing the family name at another address'
    : `someone sharing the family name at the person’s ${target.address} address`;
}

/** Any other employee: a colleague is anyone whose staff number the force holds. */
function pickColleague(context: PlantingContext, person: Candidate): Candidate | null {
  for (let tries = 0; tries < 50; tries++) {
    const other = context.random.pick(context.candidates);
    if (other.index !== person.index) return other;
  }
  return null;
}

export const accessToConnectedPersonPlanter: Planter = {
  detectorId: 'access-to-connected-person',
  patterns: [
    connected('relative-at-same-address', { kind: 'relative', address: 'current' }, { matches: { family: 1 } }),
    connected('colleague-by-staff-number', 'colleague', { matches: { colleague: 1 } }),
    connected('relative-at-former-address', { kind: 'relative', address: 'former' }, { needsMove: true, matches: { family: 1 } }),
    connected('first-day-of-window', { kind: 'relative', address: 'current' }, { offset: 364, matches: { family: 1 } }),
  ],
  nearMisses: [
    connected('relative-with-purpose', { kind: 'relative', address: 'current' }, { withPurpose: true }),
    connected('same-family-name-elsewhere', { kind: 'relative', address: 'elsewhere' }, {}),
    connected('day-before-window', { kind: 'relative', address: 'current' }, { offset: 365 }),
  ],
};
