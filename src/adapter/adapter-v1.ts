import type { Capability } from '../contract/index.js';
import type { ConsolidationV1 } from './consolidation-v1.js';
import type { FlaggingV1 } from './flagging-v1.js';
import type { PortabilityV1 } from './portability-v1.js';
import type { RunsV1 } from './runs-v1.js';
import type { SourcesAndRecordsV1 } from './sources-v1.js';

/** Who an adapter is, as shown by `GET /v1/meta`. */
export interface AdapterIdentity {
  /** Short configured name: `reference`, `foundry`, `casework`, `http`, or a supplier's own. */
  readonly id: string;
  /** Human-readable name. */
  readonly name: string;
  /** The adapter's own version. */
  readonly version: string;
  /** Who supplies it. */
  readonly vendor: string;
}

/**
 * The adapter interface, version 1: the in-process form of the Plumbline contract.
 *
 * An adapter is an object made by a factory over settings (see `AdapterFactory`). The gateway
 * validates every input before calling it and every answer before a client sees it, and answers 501
 * for any capability the adapter does not list. Everything the reference engine can do goes through
 * this interface, so a supplier's adapter can do it too.
 */
export interface PlumblineAdapterV1 {
  /** The version of this interface the adapter implements. */
  readonly specificationVersion: 'v1';

  /** Who the adapter is. */
  readonly identity: AdapterIdentity;

  /**
   * What the adapter offers. Each claimed capability needs the matching concern below; the gateway
   * refuses calls for unclaimed capabilities with 501 before reaching the adapter.
   */
  readonly capabilities: readonly Capability[];

  /** Sources and records; needed for `sources` and `records.*`. */
  readonly sources?: SourcesAndRecordsV1;

  /** Consolidation; needed for `consolidation`, `consolidation.overrides` and `subjects.search`. */
  readonly consolidation?: ConsolidationV1;

  /** Flagging; needed for `flagging` and `flags.review`. */
  readonly flagging?: FlaggingV1;

  /** Runs of every kind; needed whenever any run can be started. */
  readonly runs?: RunsV1;

  /** Export and import; needed for `portability.*`. */
  readonly portability?: PortabilityV1;

  /**
   * Resolves when the adapter can serve (store open, supplier reachable); throws a
   * `PlumblineError` saying why not. Backs `/readyz`.
   */
  checkReady(): Promise<void>;

  /** Releases connections and files. The adapter is not used afterwards. */
  close(): Promise<void>;
}
