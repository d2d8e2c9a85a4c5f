/**
 * A deliberately broken adapter: the reference engine (or the outsider) with exactly one defect,
 * which the suite must catch with the requirement that names it and with no unrelated one. This is
 * how the suite itself is tested.
 */
import type { PlumblineAdapterV1 } from '../../src/adapter/adapter-v1.js';
import type { ReferenceAdapter } from '../../adapters/reference/index.js';
import type { OutsiderDefects } from '../outsider/outsider-server.js';

/** One deliberate defect, and the requirement that must catch it. */
export interface Defect {
  /** Short name, as test titles show it. */
  readonly id: string;
  /** What is wrong, in a sentence. */
  readonly description: string;
  /** The requirement that names the defect: it must fail. */
  readonly caughtBy: string;
  /** Requirements about the same defect that may fail as well (none other may). */
  readonly alsoCaughtBy?: readonly string[];
  /** Breaks the engine (given with its database file, for defects that reach into storage). */
  breakAdapter?(engine: ReferenceAdapter, databasePath: string): PlumblineAdapterV1;
  /** Breaks the HTTP answers instead: a defect of a server, which no adapter behind our gateway can have. */
  breakFetch?(fetch: typeof globalThis.fetch): typeof globalThis.fetch;
  /** Capabilities to stop claiming, for defects about refusing them. */
  readonly unclaim?: readonly string[];
  /**
   * A defect of the outsider (contract-tests/outsider/) instead of the reference engine: a server we
   * did not write the suite for, compared with the outsider without the defect.
   */
  readonly outsider?: OutsiderDefects;
}

/** Declares a defect. */
export function defect(definition: Defect): Defect {
  return definition;
}

type Concern = 'sources' | 'consolidation' | 'flagging' | 'portability';

/** The engine with some methods of one concern replaced: the shape of most defects. */
export function replacing<Name extends Concern>(engine: ReferenceAdapter, concern: Name, methods: Partial<ReferenceAdapter[Name]>): PlumblineAdapterV1 {
  return { ...engine, [concern]: { ...engine[concern], ...methods } };
}
