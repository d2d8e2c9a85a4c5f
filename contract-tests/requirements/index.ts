/** The requirements catalogue: every requirement of the conformance suite, by area. */
import type { Requirement } from './requirement.js';
import { capabilityRequirements, metaRequirements, securityRequirements } from './meta.js';
import { erasureRequirements, recordRequirements, sourceRequirements } from './sources.js';
import { candidateRequirements, consolidationRequirements, overrideRequirements, searchRequirements } from './consolidation.js';
import { detectorRequirements } from './detectors.js';
import { flagRequirements } from './flags.js';
import { errorRequirements, paginationRequirements } from './protocol.js';
import { portabilityRequirements } from './portability.js';
import { adapterRequirements } from './adapters.js';

export type { Level, Profile, Requirement } from './requirement.js';
export { inProfile, levels, profiles } from './requirement.js';
export { detectorRequirementIds } from './detectors.js';

/** Every requirement, in the order reports list them. */
export const requirements: readonly Requirement[] = [
  ...metaRequirements,
  ...securityRequirements,
  ...capabilityRequirements,
  ...errorRequirements,
  ...paginationRequirements,
  ...sourceRequirements,
  ...recordRequirements,
  ...erasureRequirements,
  ...consolidationRequirements,
  ...searchRequirements,
  ...overrideRequirements,
  ...candidateRequirements,
  ...detectorRequirements,
  ...flagRequirements,
  ...portabilityRequirements,
  ...adapterRequirements,
];

/** What each id prefix covers, as reports title it. */
export const areaTitles: Readonly<Record<string, string>> = {
  META: 'Meta and the capability manifest',
  SEC: 'Authentication',
  CAP: 'Refusing capabilities not claimed',
  ERR: 'Problem details and status codes',
  PAG: 'Pagination',
  SRC: 'Sources',
  REC: 'Record ingest and reading',
  ERA: 'Erasure',
  CON: 'Consolidation',
  SRCH: 'Subject search',
  OVR: 'Link overrides',
  CAND: 'Possible matches',
  DET: 'Standard detectors',
  FLG: 'Flags and reviews',
  POR: 'Portability',
  ADP: 'The adapter behind the gateway: closing and supplier failures',
};

const byId = new Map(requirements.map((requirement) => [requirement.id, requirement]));
if (byId.size !== requirements.length) throw new Error('Two requirements share an id.');

/** The requirement with this id; throws for an unknown id, so a typo in a test fails at once. */
export function requirementById(id: string): Requirement {
  const found = byId.get(id);
  if (!found) throw new Error(`No requirement ${id} in the catalogue.`);
  return found;
}

/** The capabilities every bidder must offer: the baseline profile's requirements need them. */
export const baselineCapabilities = [
  ...new Set(requirements.filter((requirement) => requirement.profile === 'baseline' && requirement.capability).map((requirement) => requirement.capability!)),
];
