/**
 * The generator's parameters and the period they imply. The period ends on a fixed Sunday, not on
 * today's date, because the same seed must give the same bytes whenever it is run; ending on a
 * Sunday makes every rostered week in the period complete on the as-of date.
 */
import { z } from 'zod';
import { dayOf, isoDate } from './dates.js';
import { forceProfiles, profileNames, type ForceProfile, type ProfileName } from './profiles.js';

/** Version of the generator's output: bump it whenever the same options would give different bytes. */
export const generatorVersion = '1.1.0';

/** The last day of every synthetic period (a Sunday), and the date flagging runs as of. */
export const periodEnd = '2026-03-29';

export interface SynthOptions {
  /** Synthetic people in the force, leavers and joiners of the period included. */
  people: number;
  /** Length of the period, in months (rounded to whole weeks). */
  months: number;
  /** Seed: the same seed and parameters give byte-identical output. */
  seed: number;
  /** Multiplier on the default identity-noise rates: 0 = clean, 1 = realistic default. */
  noise?: number;
  /**
   * Seed of the demographics stream only (sex, ethnicity and the names they shape); defaults to
   * `seed`. Changing it must change nobody's planted patterns: that is how the bias test proves
   * planting never reads demographics.
   */
  demographicsSeed?: number;
  /**
   * How messy the force's data is (profiles.ts). Omitted means `clean`, the generator as it was
   * before profiles; the commands default to `typical` (`defaultProfile`).
   */
  profile?: ProfileName;
}

export const defaultOptions = { people: 45_000, months: 12, seed: 1, noise: 1 } as const;

export const SynthOptionsSchema = z.object({
  people: z.number().int().min(100, 'at least 100 people').max(500_000, 'at most 500,000 people'),
  months: z.number().int().min(1, 'at least 1 month').max(120, 'at most 120 months'),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1, 'a seed from 0 to 2147483647'),
  noise: z.number().min(0, 'noise from 0 to 5').max(5, 'noise from 0 to 5').default(1),
  demographicsSeed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1)
    .optional(),
  profile: z.enum(profileNames).default('clean'),
});

/** Options after validation, with the period worked out. */
export interface ResolvedOptions {
  readonly people: number;
  readonly months: number;
  readonly seed: number;
  readonly noise: number;
  readonly demographicsSeed: number;
  readonly profile: ForceProfile;
  /** Whole weeks in the period. */
  readonly weeks: number;
  /** First day of the period (a Monday), as a day number. */
  readonly start: number;
  /** Last day of the period (a Sunday) and the as-of date, as a day number. */
  readonly asOf: number;
}

export function resolveOptions(options: SynthOptions): ResolvedOptions {
  const parsed = SynthOptionsSchema.parse(options);
  const weeks = Math.max(1, Math.round((parsed.months * 52) / 12));
  const asOf = dayOf(periodEnd);
  return {
    people: parsed.people,
    months: parsed.months,
    seed: parsed.seed,
    noise: parsed.noise,
    demographicsSeed: parsed.demographicsSeed ?? parsed.seed,
    profile: forceProfiles[parsed.profile],
    weeks,
    start: asOf - weeks * 7 + 1,
    asOf,
  };
}

/** The period as ISO dates, for the manifest. */
export function periodOf(options: ResolvedOptions): { start: string; end: string } {
  return { start: isoDate(options.start), end: isoDate(options.asOf) };
}
