/**
 * The access audit log: every look-up in a policing system, identified only by the username in use
 * that day, with what was looked at and the purpose recorded. About 96% of background accesses record
 * a purpose; at most three without one fall in the last 30 days, and no background target is a
 * colleague or shares the person's address, so only planted accesses raise the integrity flags.
 */
import type { RecordedIdentity, RecordOf } from '../../contract/index.js';
import { isoDate, timestamp } from '../dates.js';
import { drawFamilyName, drawGivenName } from '../name-model.js';
import { currentPosting, employedOn, spellAt, type Person } from '../people.js';
import { normalisePostcode } from '../../detectors/normalise.js';
import { drawPostcode } from '../places.js';
import type { AccessDraft } from '../plan/types.js';
import type { Random } from '../random.js';
import { perPerson, type PersonScope } from './framework.js';

const systems = ['PNC', 'Crime records', 'Intelligence database', 'Command and control', 'Custody records', 'Driver and vehicle records'];
const systemWeights = [0.3, 0.3, 0.15, 0.12, 0.08, 0.05];
const actions = ['view', 'search', 'update', 'export', 'print'] as const;
const actionWeights = [0.5, 0.35, 0.08, 0.04, 0.03];
const targetKinds = ['person', 'vehicle', 'location', 'organisation', 'other'] as const;
const targetWeights = [0.6, 0.22, 0.1, 0.05, 0.03];
const purposeKinds = ['incident', 'task', 'case', 'intelligence', 'other'] as const;
const purposeWeights = [0.45, 0.2, 0.25, 0.07, 0.03];
const backgroundPurposeRate = 0.96;
/** Most accesses without a purpose any background person may have in the last 30 days. */
const quietLimit = 3;

function purposeReference(random: Random, kind: (typeof purposeKinds)[number], day: number): string {
  const digits = (count: number) => String(random.int(0, 10 ** count - 1)).padStart(count, '0');
  switch (kind) {
    case 'incident':
      return `CAD-${isoDate(day).replace(/-/g, '')}-${digits(4)}`;
    case 'task':
      return `TASK-${digits(6)}`;
    case 'case':
      return `CRIS-${digits(7)}`;
    case 'intelligence':
      return `INTEL-${digits(6)}`;
    default:
      return `REF-${digits(5)}`;
  }
}

/** A postcode at which the person has never lived. */
function foreignPostcode(random: Random, person: Person): string {
  const own = new Set(person.addresses.map((spell) => normalisePostcode(spell.postcode)));
  let postcode = drawPostcode(random);
  while (own.has(normalisePostcode(postcode))) postcode = drawPostcode(random);
  return postcode;
}

/** A member of the public who is neither the person's relative at their address nor a colleague. */
function publicTarget(random: Random, person: Person): RecordedIdentity {
  const postcode = foreignPostcode(random, person);
  const identity: Record<string, string> = {
    givenName: drawGivenName(random, random.chance(0.5) ? 'female' : 'male', 'british'),
    familyName: drawFamilyName(random, random.chance(0.8) ? 'british' : 'southAsian').toUpperCase(),
  };
  if (random.chance(0.7)) identity.dateOfBirth = isoDate(random.int(-12_000, 12_000));
  if (random.chance(0.5)) identity.postcode = postcode;
  return identity as RecordedIdentity;
}

/** Renders a planted target with the real identities it stands for. */
function plantedTarget(random: Random, person: Person, target: AccessDraft['target'], day: number, people: readonly Person[]): RecordedIdentity {
  if (target.kind === 'public') return publicTarget(random, person);
  if (target.kind === 'colleague') {
    const colleague = people[target.personIndex];
    return { staffNumber: colleague.staffNumber, givenName: colleague.givenName, familyName: spellAt(colleague.names, day).familyName };
  }
  const current = spellAt(person.addresses, day).postcode;
  const former = person.addresses.find((spell) => spell.postcode !== current)?.postcode;
  const postcode = target.address === 'current' ? current : target.address === 'former' && former ? former : foreignPostcode(random, person);
  return {
    givenName: drawGivenName(random, random.chance(0.5) ? 'female' : 'male', 'british'),
    familyName: spellAt(person.names, day).familyName.toUpperCase(),
    dateOfBirth: isoDate(random.int(-12_000, 12_000)),
    postcode: random.chance(0.5) ? postcode.replace(' ', '') : postcode,
  };
}

function access(scope: PersonScope, day: number, target: RecordedIdentity | undefined, withPurpose: boolean): RecordOf<'system_access'> {
  const random = scope.random;
  const kind = target ? 'person' : random.weighted(targetKinds.slice(1), targetWeights.slice(1));
  const purposeKind = random.weighted(purposeKinds, purposeWeights);
  return {
    type: 'system_access',
    recordId: scope.nextId(),
    occurredAt: timestamp(day, random.int(0, 1439)),
    identity: scope.identity(day),
    system: random.weighted(systems, systemWeights),
    action: random.weighted(actions, actionWeights),
    target: target ? { kind, identity: target } : { kind },
    ...(withPurpose ? { purpose: { kind: purposeKind, reference: purposeReference(random, purposeKind, day) } } : {}),
  };
}

export const accessAuditGenerator = perPerson('access', function* (scope, { options, people }) {
  const { person, random, directives } = scope;
  const asOf = options.asOf;
  const rate = currentPosting(person, asOf).unitType.access;
  const first = Math.max(options.start, person.startDay);
  const last = Math.min(asOf, person.endDay ?? asOf);
  const records: RecordOf<'system_access'>[] = [];
  if (last >= first) {
    const count = random.poisson((rate * (last - first + 1)) / 365);
    const days = Array.from({ length: count }, () => random.int(first, last)).sort((left, right) => left - right);
    let recentWithoutPurpose = 0;
    for (const day of days) {
      let withPurpose = random.chance(backgroundPurposeRate) || (directives?.access !== undefined && day >= directives.access.purposefulFrom);
      if (!withPurpose && day >= asOf - 29 && ++recentWithoutPurpose > quietLimit) withPurpose = true;
      const target = random.chance(targetWeights[0]) ? publicTarget(random, person) : undefined;
      records.push(access(scope, day, target, withPurpose));
    }
  }
  for (const extra of directives?.access?.extra ?? []) {
    if (!employedOn(person, extra.day)) continue;
    records.push(access(scope, extra.day, plantedTarget(random, person, extra.target, extra.day, people), extra.withPurpose));
  }
  yield* records.sort((left, right) => (left.occurredAt < right.occurredAt ? -1 : left.occurredAt > right.occurredAt ? 1 : 0));
});
