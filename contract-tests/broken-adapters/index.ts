/**
 * The broken adapters, and targets made from them: the reference engine in a temporary directory
 * with one defect, behind the gateway, reached through `inject` like any in-process target.
 */
import type { PlumblineAdapterV1 } from '../../src/adapter/adapter-v1.js';
import type { Capability } from '../../src/contract/index.js';
import { inProcessTarget } from '../harness/in-process.js';
import { temporaryReferenceAdapter } from '../harness/reference-target.js';
import type { ConformanceTarget } from '../harness/target.js';
import { contradictionAsServerError, ignoresCannotLinks, noRedirectForMergedIds, staleCandidates } from './consolidation-defects.js';
import type { Defect } from './defect.js';
import { cursorSkipsItems, htmlTooLarge, plainTextNotFound, silentExport, truncatesSeconds } from './outsider-defects.js';
import { outsiderTarget } from '../outsider/outsider-target.js';
import { acceptsInvalidTransition, duplicatesOnRerun, ignoresRunParameters, offByOneThreshold } from './flag-defects.js';
import {
  acceptsProtectedCharacteristics,
  cursorRepeatsItems,
  dropsRecordsAfterRejection,
  losesReviewsOnExport,
  omitsUpdatedResults,
  silentForUnclaimedCapability,
  successForUnknownSubject,
} from './protocol-defects.js';

export type { Defect } from './defect.js';

/** Every broken adapter, in the order the suite's tests list them. */
export const defects: readonly Defect[] = [
  ignoresCannotLinks,
  noRedirectForMergedIds,
  contradictionAsServerError,
  staleCandidates,
  offByOneThreshold,
  duplicatesOnRerun,
  ignoresRunParameters,
  acceptsInvalidTransition,
  dropsRecordsAfterRejection,
  omitsUpdatedResults,
  acceptsProtectedCharacteristics,
  cursorRepeatsItems,
  successForUnknownSubject,
  losesReviewsOnExport,
  silentForUnclaimedCapability,
  truncatesSeconds,
  plainTextNotFound,
  htmlTooLarge,
  silentExport,
  cursorSkipsItems,
];

/** The reference engine with the defect (or with none: the control), claiming what the defect leaves claimed. */
function makeAdapter(defect: Defect | undefined, unclaim: readonly string[]): PlumblineAdapterV1 {
  const engine = temporaryReferenceAdapter();
  const broken = defect?.breakAdapter ? defect.breakAdapter(engine, engine.databasePath) : engine;
  return { ...broken, capabilities: broken.capabilities.filter((capability: Capability) => !unclaim.includes(capability)) };
}

/** An in-process target of the broken adapter; without a defect, the control it is compared with. */
export async function brokenTarget(defect: Defect | undefined, unclaim: readonly string[] = defect?.unclaim ?? []): Promise<ConformanceTarget> {
  if (defect?.outsider) return outsiderTarget(defect.outsider, defect.id);
  const target = await inProcessTarget({ name: defect?.id ?? 'control', authentication: false, adapter: () => makeAdapter(defect, unclaim) });
  return defect?.breakFetch ? { ...target, fetch: defect.breakFetch(target.fetch) } : target;
}
