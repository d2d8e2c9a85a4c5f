/**
 * The identity-noise model: how far each source's recorded identity strays from the truth. Rates
 * are per record at the default level (`noise` 1) and scale linearly with the `noise` option. They
 * model how each system is fed: HR is the clean hub; badge, duty and audit systems are fed by HR and
 * carry exact identifiers; forms typed by hand (complaints, conduct, use of force) carry typos and
 * gaps; self-declared forms carry nicknames and former names; intelligence holds a name and a date
 * of birth as somebody else wrote them down.
 */

/** Probabilities of each kind of noise on one record (conditional on the record being eligible for it). */
export interface NoiseProfile {
  /** One character wrong, missing, added or swapped in the given or the family name. */
  readonly nameTypo: number;
  /** A familiar form of the given name (Bob for Robert), when the name has one. */
  readonly nickname: number;
  /** A family name the person no longer uses (a maiden name), when they have one. */
  readonly formerName: number;
  /** Given and family names recorded the wrong way round. */
  readonly swappedNames: number;
  /** Only one half of a double-barrelled name, or its halves joined differently. */
  readonly partialDoubleName: number;
  /** The source's key identifier (warrant or staff number) mistyped: one digit wrong or two adjacent swapped. */
  readonly identifierTypo: number;
  /** The key identifier left out. */
  readonly identifierMissing: number;
  /** Date of birth with day and month transposed, or one digit of the day wrong. */
  readonly dobTypo: number;
  readonly dobMissing: number;
}

export type NoiseKind = keyof NoiseProfile;
export const noiseKinds: readonly NoiseKind[] = [
  'nameTypo',
  'nickname',
  'formerName',
  'swappedNames',
  'partialDoubleName',
  'identifierTypo',
  'identifierMissing',
  'dobTypo',
  'dobMissing',
];

const clean: NoiseProfile = {
  nameTypo: 0,
  nickname: 0,
  formerName: 0,
  swappedNames: 0,
  partialDoubleName: 0,
  identifierTypo: 0,
  identifierMissing: 0,
  dobTypo: 0,
  dobMissing: 0,
};

const profile = (rates: Partial<NoiseProfile>): NoiseProfile => ({ ...clean, ...rates });

/** Default rates per source key (see sources.ts), at `noise` 1. */
export const defaultNoise = {
  hr: clean,
  duty: clean,
  building: clean,
  access: clean,
  absence: profile({ nameTypo: 0.01, nickname: 0.03 }),
  // The learning system fills the staff number in itself: without it a person's latest completion
  // could not be told from a namesake's, and a missing completion reads as overdue training.
  training: profile({ nameTypo: 0.02, nickname: 0.05 }),
  vetting: profile({ nameTypo: 0.02, partialDoubleName: 0.1, identifierMissing: 0.02, dobTypo: 0.01 }),
  useOfForce: profile({ nameTypo: 0.02, nickname: 0.08, partialDoubleName: 0.2, identifierTypo: 0.02, identifierMissing: 0.01 }),
  complaints: profile({
    nameTypo: 0.05,
    nickname: 0.12,
    formerName: 0.1,
    swappedNames: 0.02,
    partialDoubleName: 0.3,
    identifierTypo: 0.08,
    identifierMissing: 0.04,
  }),
  conduct: profile({ nameTypo: 0.02, nickname: 0.05, partialDoubleName: 0.1, identifierTypo: 0.03, identifierMissing: 0.02 }),
  interests: profile({ nameTypo: 0.01, nickname: 0.3, formerName: 0.2, partialDoubleName: 0.2, identifierMissing: 0.01 }),
  intelligence: profile({
    nameTypo: 0.05,
    nickname: 0.15,
    formerName: 0.3,
    swappedNames: 0.04,
    partialDoubleName: 0.3,
    dobTypo: 0.04,
    dobMissing: 0.01,
  }),
} satisfies Record<string, NoiseProfile>;

/** The rates in force at a given `noise` multiplier (capped at 0.95: some signal always survives). */
export function scaledNoise(rates: NoiseProfile, multiplier: number): NoiseProfile {
  const scaled = { ...rates };
  for (const kind of noiseKinds) scaled[kind] = Math.min(0.95, rates[kind] * multiplier);
  return scaled;
}
