/**
 * The manifest: what was generated, with which parameters and generator version, over which period,
 * and how much of it. Record counts are only known once every record has been generated, and
 * records are streamed rather than held, so they are tallied during the first complete pass of
 * `records()` (which `writeForce` makes) and absent before it.
 */
import type { RecordType } from '../contract/index.js';
import { scaledNoise, type NoiseProfile } from './noise.js';
import { generatorVersion, periodOf, type ResolvedOptions } from './options.js';
import type { PlantedPattern } from './plan/types.js';
import { sourceDefinitions } from './sources.js';
import { quirksOf, type PeopleRates, type ProfileName, type SourceQuirks } from './profiles.js';

function profileRates(options: ResolvedOptions) {
  const sources = Object.fromEntries(sourceDefinitions.map((definition) => [definition.sourceId, quirksOf(options.profile, definition.key, options.noise)]));
  return { name: options.profile.name, people: options.profile.people, sources };
}

export interface RecordCounts {
  readonly total: number;
  readonly bySource: Record<string, { readonly total: number; readonly byType: Partial<Record<RecordType, number>> }>;
}

export interface ForceManifest {
  readonly generator: 'plumbline-synth';
  readonly generatorVersion: string;
  /** `profile` is written for `typical` and `hard` only, so a clean force's manifest is as it always was. */
  readonly parameters: { readonly people: number; readonly months: number; readonly seed: number; readonly noise: number; readonly profile?: ProfileName };
  /** First and last day of the period; every rostered week in it is complete. */
  readonly period: { readonly start: string; readonly end: string };
  /** The date flagging should run as of: the period's last day. Planted patterns are built for it. */
  readonly asOf: string;
  readonly people: number;
  readonly planted: { readonly patterns: number; readonly nearMisses: number; readonly byDetector: Record<string, { patterns: number; nearMisses: number }> };
  /** Identity-noise rates in force per source (defaults times the `noise` parameter). */
  readonly noise: Record<string, NoiseProfile>;
  /** The profile's extra rates (typical and hard only): per-source quirks and person-level patterns. */
  readonly profile?: { readonly name: ProfileName; readonly people: PeopleRates; readonly sources: Record<string, SourceQuirks> };
  /** Present once `records()` has been iterated to the end (always in a written manifest.json). */
  readonly records?: RecordCounts;
  readonly files: {
    readonly sources: string;
    readonly records: string;
    readonly truth: string;
    readonly people: string;
    readonly planted: string;
    /** Equality data (sex, ethnicity, age band) keyed by HR record, for the fairness audit only: never ingested. */
    readonly equality: string;
  };
}

export function buildManifest(options: ResolvedOptions, planted: readonly PlantedPattern[], records: RecordCounts | undefined): ForceManifest {
  const byDetector: Record<string, { patterns: number; nearMisses: number }> = {};
  for (const pattern of planted) {
    const entry = (byDetector[pattern.detectorId] ??= { patterns: 0, nearMisses: 0 });
    if (pattern.kind === 'pattern') entry.patterns++;
    else entry.nearMisses++;
  }
  return {
    generator: 'plumbline-synth',
    generatorVersion,
    parameters: {
      people: options.people,
      months: options.months,
      seed: options.seed,
      noise: options.noise,
      ...(options.profile.name === 'clean' ? {} : { profile: options.profile.name }),
    },
    period: periodOf(options),
    asOf: periodOf(options).end,
    people: options.people,
    planted: {
      patterns: planted.filter((pattern) => pattern.kind === 'pattern').length,
      nearMisses: planted.filter((pattern) => pattern.kind === 'near-miss').length,
      byDetector: Object.fromEntries(Object.entries(byDetector).sort(([left], [right]) => left.localeCompare(right))),
    },
    noise: Object.fromEntries(sourceDefinitions.map((definition) => [definition.sourceId, scaledNoise(definition.noise, options.noise)])),
    ...(options.profile.name === 'clean' ? {} : { profile: profileRates(options) }),
    ...(records ? { records } : {}),
    files: {
      sources: 'sources.json',
      records: 'records/<sourceId>.ndjson',
      truth: 'truth.ndjson',
      people: 'people.ndjson',
      planted: 'planted.ndjson',
      equality: 'equality.csv',
    },
  };
}

/** Tallies records per source and type as they stream past. */
export class RecordCounter {
  private total = 0;
  private readonly bySource: Record<string, { total: number; byType: Partial<Record<RecordType, number>> }> = {};

  constructor() {
    for (const definition of sourceDefinitions) this.bySource[definition.sourceId] = { total: 0, byType: {} };
  }

  count(sourceId: string, type: RecordType): void {
    const entry = this.bySource[sourceId];
    entry.total++;
    entry.byType[type] = (entry.byType[type] ?? 0) + 1;
    this.total++;
  }

  result(): RecordCounts {
    return { total: this.total, bySource: this.bySource };
  }
}
