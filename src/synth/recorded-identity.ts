/**
 * Turns a person's true identity on a given day into what one source recorded: only the fields that
 * system holds, spelt its way, with its noise. Names, accounts and postcodes are taken as they were
 * on the record's date (a vetting file holds the address at the time of vetting; the audit log the
 * username in use that day), which is history rather than noise and survives `noise` 0.
 */
import type { RecordedIdentity } from '../contract/index.js';
import { isoDate } from './dates.js';
import { familyNameParts, isDoubleBarrelled, nicknamesOf } from './name-model.js';
import { scaledNoise, type NoiseProfile } from './noise.js';
import { numbersOn, spellAt, type Person } from './people.js';
import { hasQuirks, type SourceQuirks } from './profiles.js';
import { hashInts, Random, streams } from './random.js';
import { applyQuirks } from './record-quirks.js';
import type { SourceDefinition } from './sources.js';

const keyboardNeighbours: Record<string, string> = {
  a: 'qsz',
  b: 'vn',
  c: 'xv',
  d: 'sf',
  e: 'wr',
  f: 'dg',
  g: 'fh',
  h: 'gj',
  i: 'uo',
  j: 'hk',
  k: 'jl',
  l: 'k',
  m: 'n',
  n: 'bm',
  o: 'ip',
  p: 'o',
  q: 'w',
  r: 'et',
  s: 'ad',
  t: 'ry',
  u: 'yi',
  v: 'cb',
  w: 'qe',
  x: 'zc',
  y: 'tu',
  z: 'x',
};

/** One slip of the keyboard: a neighbouring key, a dropped or doubled letter, or two letters swapped. Never the first letter. */
export function nameTypo(name: string, random: Random): string {
  if (name.length < 3) return name + name[name.length - 1];
  const position = random.int(1, name.length - 1);
  const letter = name[position];
  switch (random.int(0, 3)) {
    case 0: {
      const neighbours = keyboardNeighbours[letter.toLowerCase()];
      return neighbours
        ? name.slice(0, position) + random.pick([...neighbours]) + name.slice(position + 1)
        : name.slice(0, position) + name.slice(position + 1);
    }
    case 1:
      return name.slice(0, position) + name.slice(position + 1);
    case 2:
      return name.slice(0, position) + letter + name.slice(position);
    default: {
      const next = name[position + 1] ?? name[position - 1];
      if (next === letter || position === name.length - 1) return name.slice(0, position) + name.slice(position + 1);
      return name.slice(0, position) + next + letter + name.slice(position + 2);
    }
  }
}

/** A hand-typed number gone wrong: one digit replaced, or two adjacent different digits swapped. */
export function digitTypo(identifier: string, random: Random): string {
  const digits = [...identifier].map((character, index) => (/\d/.test(character) ? index : -1)).filter((index) => index >= 0);
  const swappable = digits.filter((index) => digits.includes(index + 1) && identifier[index] !== identifier[index + 1]);
  const characters = [...identifier];
  if (swappable.length > 0 && random.chance(0.4)) {
    const index = random.pick(swappable);
    [characters[index], characters[index + 1]] = [characters[index + 1], characters[index]];
  } else {
    const index = random.pick(digits);
    characters[index] = String((Number(characters[index]) + random.int(1, 9)) % 10);
  }
  return characters.join('');
}

/** Day and month transposed when that still makes a date, otherwise one digit of the day wrong (kept a valid day). */
export function dateOfBirthTypo(dateOfBirth: string, random: Random): string {
  const [year, month, day] = dateOfBirth.split('-');
  if (Number(day) <= 12 && day !== month) return `${year}-${day}-${month}`;
  const options: string[] = [];
  for (let value = 1; value <= 28; value++) {
    const text = String(value).padStart(2, '0');
    if ((text[0] !== day[0]) !== (text[1] !== day[1])) options.push(text);
  }
  return `${year}-${month}-${random.pick(options)}`;
}

/** A profile's part in what one source records: its quirks, and the stream they draw from. */
export interface RecorderProfile {
  readonly quirks: SourceQuirks;
  readonly seed: number;
  readonly sourceIndex: number;
  /** A typical or hard force: the source records its `profileFields` too, quirks or not (`--noise 0`). */
  readonly profiled: boolean;
}

/** A person's quirk state in one source: the stream quirks draw from, and whether the source kept a former name. */
export interface QuirkStream {
  readonly random: Random;
  readonly staleName: boolean;
}

export class IdentityRecorder {
  private readonly rates: NoiseProfile;
  private readonly profile?: RecorderProfile;

  constructor(
    private readonly definition: SourceDefinition,
    noiseLevel: number,
    profile?: RecorderProfile,
  ) {
    this.rates = scaledNoise(definition.noise, noiseLevel);
    // A clean force's sources draw nothing extra: the clean force stays byte-identical.
    if (profile && (profile.profiled || hasQuirks(profile.quirks))) this.profile = profile;
  }

  /** The quirk stream of `person` in this source, or undefined when the source has no quirks. */
  quirkStream(person: Person): QuirkStream | undefined {
    if (!this.profile) return undefined;
    const key = hashInts(this.profile.sourceIndex, person.index);
    return {
      random: new Random(this.profile.seed, streams.quirks, key),
      staleName: new Random(this.profile.seed, streams.staleNames, key).chance(this.profile.quirks.staleFamilyName),
    };
  }

  /**
   * The identity this source recorded for `person` on `day`; `random` is the person's noise stream
   * for this source, `quirkStream` their quirk state (`quirkStream`).
   */
  record(person: Person, day: number, random: Random, quirkStream?: QuirkStream): RecordedIdentity {
    const rates = this.rates;
    const nameSpell = spellAt(person.names, day);
    const numbers = numbersOn(person, day);
    const identity: Record<string, string> = {};
    for (const field of this.definition.fields) {
      switch (field) {
        case 'keyIdentifier': {
          if (random.chance(rates.identifierMissing)) break;
          const key = numbers.warrantNumber ? 'warrantNumber' : 'staffNumber';
          const value = numbers.warrantNumber ?? numbers.staffNumber;
          identity[key] = random.chance(rates.identifierTypo) ? digitTypo(value, random) : value;
          break;
        }
        case 'staffNumber':
          if (!random.chance(rates.identifierMissing)) identity.staffNumber = numbers.staffNumber;
          break;
        case 'warrantNumber':
          if (numbers.warrantNumber) identity.warrantNumber = numbers.warrantNumber;
          break;
        case 'payrollNumber':
          identity.payrollNumber = numbers.payrollNumber;
          break;
        case 'niNumber':
          identity.niNumber = person.niNumber;
          break;
        case 'username':
          identity.username = nameSpell.username;
          break;
        case 'email':
          identity.email = nameSpell.email;
          break;
        case 'givenName':
          identity.givenName = this.givenName(person, random);
          break;
        case 'familyName':
          identity.familyName = this.familyName(person, nameSpell.familyName, day, random);
          break;
        case 'dateOfBirth':
          if (!random.chance(rates.dobMissing)) {
            const dateOfBirth = isoDate(person.dateOfBirth);
            identity.dateOfBirth = random.chance(rates.dobTypo) ? dateOfBirthTypo(dateOfBirth, random) : dateOfBirth;
          }
          break;
        case 'postcode':
          identity.postcode = spellAt(person.addresses, day).postcode;
          break;
      }
    }
    if (identity.givenName !== undefined && random.chance(rates.nameTypo)) {
      const which = random.chance(0.5) ? 'givenName' : 'familyName';
      identity[which] = nameTypo(identity[which], random);
    }
    if (identity.givenName !== undefined && random.chance(rates.swappedNames)) {
      [identity.givenName, identity.familyName] = [identity.familyName, identity.givenName];
    }
    if (identity.familyName !== undefined && this.definition.upperCaseFamilyName) identity.familyName = identity.familyName.toUpperCase();
    if (this.profile && quirkStream) {
      if (this.definition.profileFields?.includes('niNumber')) identity.niNumber = person.niNumber;
      const context = { quirks: this.profile.quirks, staleName: quirkStream.staleName, upperCaseFamilyName: this.definition.upperCaseFamilyName === true };
      applyQuirks(identity, person, day, context, quirkStream.random);
    }
    return identity as RecordedIdentity;
  }

  private givenName(person: Person, random: Random): string {
    const familiar = nicknamesOf(person.givenName);
    return familiar.length > 0 && random.chance(this.rates.nickname) ? random.pick(familiar) : person.givenName;
  }

  private familyName(person: Person, current: string, day: number, random: Random): string {
    let familyName = current;
    const former = formerFamilyName(person, day);
    if (former !== undefined && random.chance(this.rates.formerName)) familyName = former;
    if (isDoubleBarrelled(familyName) && random.chance(this.rates.partialDoubleName)) {
      const parts = familyNameParts(familyName);
      const choice = random.int(0, 2);
      familyName =
        choice === 2 ? (familyName.includes('-') ? familyName.replace('-', ' ') : familyName.replace(' ', '-')) : parts[choice === 0 ? 0 : parts.length - 1];
    }
    return familyName;
  }
}

/** The family name the person used before the one in use on `day`, if they had one. */
export function formerFamilyName(person: Person, day: number): string | undefined {
  const current = spellAt(person.names, day);
  const previous = person.names.filter((spell) => spell.day < current.day).at(-1)?.familyName ?? person.birthFamilyName;
  return previous !== current.familyName ? previous : undefined;
}
