/**
 * The demo: on first start with an empty store, a small synthetic force is generated and loaded
 * (ingested, consolidated and flagged) through the public adapter interface, so it works the same
 * behind any adapter. A load stopped half-way (Ctrl-C) is finished at the next start.
 */
import type { PlumblineAdapterV1 } from '../adapter/adapter-v1.js';
import { systemContext } from '../adapter/context.js';
import { defaultProfile, isProfileName, synthesizeForce, type ProfileName } from '../synth/index.js';
import { loadForce, type LoadableForce, type LoadProgress, type LoadSummary } from './load-force.js';
import { readMarker, writeMarker, type LoadMarker } from './load-marker.js';

export interface DemoOptions {
  readonly people: number;
  readonly months: number;
  readonly seed: number;
  /** The force's profile; omitted means clean (synthesizeForce's own default). */
  readonly profile?: ProfileName;
}

export const DEMO_DEFAULTS: DemoOptions = { people: 2000, months: 12, seed: 1, profile: defaultProfile };

/** What the demo needs of an adapter. */
export const DEMO_CAPABILITIES = ['sources', 'records.ingest', 'consolidation', 'flagging'] as const;

// A justification like any reader's: an adapter behind its own gateway (the http adapter) is asked for one.
const demoContext = { ...systemContext('demo-loader'), justification: 'DEMO: loading the synthetic demo force' };

/** Whether the adapter holds no sources yet (the demo never touches a store that holds data it did not load). */
export async function isEmpty(adapter: PlumblineAdapterV1): Promise<boolean> {
  const page = await adapter.sources!.listSources({ limit: 1 }, demoContext);
  return page.items.length === 0;
}

/** The demo force, generated in memory. */
export function demoForce(options: DemoOptions): LoadableForce {
  const force = synthesizeForce(options);
  return { sources: force.sources, asOf: force.manifest.asOf, records: () => force.records() };
}

export async function loadDemoForce(adapter: PlumblineAdapterV1, options: DemoOptions, progress: LoadProgress): Promise<LoadSummary> {
  return loadForce(adapter, demoForce(options), demoContext, progress);
}

/**
 * Loads a force with the marker around it: `loading` before the first write, `complete` with the
 * summary after the flagging run. Whatever stops the load in between, the marker says so.
 */
export async function loadMarked(
  databasePath: string,
  marker: Pick<LoadMarker, 'kind' | 'from' | 'people'>,
  load: () => Promise<LoadSummary>,
): Promise<LoadSummary> {
  const startedAt = new Date().toISOString();
  writeMarker(databasePath, { ...marker, status: 'loading', startedAt });
  const summary = await load();
  writeMarker(databasePath, { ...marker, status: 'complete', startedAt, completedAt: new Date().toISOString(), summary });
  return summary;
}

/** What a store holds, as far as the gateway can tell before serving it. */
export type StoreState =
  | { readonly kind: 'empty' }
  /** A load started and did not finish: the marker says what it was loading. */
  | { readonly kind: 'interrupted'; readonly marker: LoadMarker }
  | { readonly kind: 'loaded'; readonly marker: LoadMarker }
  /** Data that no `plumbline` load put there (or whose marker was removed). */
  | { readonly kind: 'other' };

export async function storeState(adapter: PlumblineAdapterV1, databasePath: string): Promise<StoreState> {
  if (await isEmpty(adapter)) return { kind: 'empty' };
  const marker = readMarker(databasePath);
  if (!marker) return { kind: 'other' };
  return marker.status === 'complete' ? { kind: 'loaded', marker } : { kind: 'interrupted', marker };
}

/** The demo options a marker recorded, so that an interrupted demo is finished with the same force. */
export function demoOptionsOf(marker: LoadMarker): DemoOptions {
  // Markers written before profiles name none: those demos were clean.
  const named = /\((\w+) profile\)/.exec(marker.from)?.[1];
  return { ...DEMO_DEFAULTS, people: marker.people, profile: named !== undefined && isProfileName(named) ? named : 'clean' };
}

/** How the marker of a demo load describes it. */
export function demoMarker(options: DemoOptions): Pick<LoadMarker, 'kind' | 'from' | 'people'> {
  return {
    kind: 'demo',
    from: `synthetic demo force (${options.profile ?? 'clean'} profile), seed ${options.seed}, ${options.months} months`,
    people: options.people,
  };
}
