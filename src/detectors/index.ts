/**
 * The standard detector library: the executable form of the contract's detector definitions
 * (docs/detector-semantics.md), in the order of that document. Any adapter may evaluate these; the
 * conformance suite and the benchmark use them as the oracle for expected flags.
 */
import type { DetectorSelection } from '../contract/index.js';
import { accessToConnectedPerson } from './access-to-connected-person.js';
import { accessWithoutPurpose } from './access-without-purpose.js';
import { allegationAfterSanction } from './allegation-after-sanction.js';
import { bradfordFactor } from './bradford-factor.js';
import { coAllegationGroup } from './co-allegation-group.js';
import { mandatoryTrainingOverdue } from './mandatory-training-overdue.js';
import { officeAttendanceBelowGuideline } from './office-attendance-below-guideline.js';
import { repeatedAllegations } from './repeated-allegations.js';
import { repeatedCategory } from './repeated-category.js';
import { rosterSelfEditing } from './roster-self-editing.js';
import { resolveSelections, type ResolvedDetector } from './selection.js';
import { sustainedLongHours } from './sustained-long-hours.js';
import type { StandardDetector } from './types.js';
import { undeclaredAssociation } from './undeclared-association.js';
import { useOfForcePeerOutlier } from './use-of-force-peer-outlier.js';
import { vettingLapsed } from './vetting-lapsed.js';

export type { DetectorInput, DetectorRecord, DetectorSubject, RaisedFlag, StandardDetector, SubjectIdentityFacts } from './types.js';
export type { ResolvedDetector } from './selection.js';
export { identityFactsOf } from './identity-facts.js';
export { normaliseCounterparty, normaliseFamilyName, normalisePostcode } from './normalise.js';
export { standardDetectorVersion } from './define-detector.js';

/** Every standard detector of contract v1, in the order of docs/detector-semantics.md. */
export const standardDetectors: readonly StandardDetector[] = [
  repeatedAllegations,
  repeatedCategory,
  allegationAfterSanction,
  useOfForcePeerOutlier,
  rosterSelfEditing,
  officeAttendanceBelowGuideline,
  accessWithoutPurpose,
  accessToConnectedPerson,
  undeclaredAssociation,
  vettingLapsed,
  bradfordFactor,
  sustainedLongHours,
  mandatoryTrainingOverdue,
  coAllegationGroup,
];

const byId = new Map(standardDetectors.map((detector) => [detector.definition.detectorId, detector]));

/** The standard detector with this id, or undefined. */
export function findStandardDetector(detectorId: string): StandardDetector | undefined {
  return byId.get(detectorId);
}

/**
 * The detectors a flagging run evaluates, with validated parameters: all of them with defaults when
 * `selections` is undefined. Throws `PlumblineError('validation-failed')` naming any unknown detector,
 * unknown parameter or out-of-range value, with paths such as `/body/detectors/0/parameters/threshold`.
 */
export function resolveDetectorSelections(selections: readonly DetectorSelection[] | undefined): ResolvedDetector[] {
  return resolveSelections(standardDetectors, selections);
}
