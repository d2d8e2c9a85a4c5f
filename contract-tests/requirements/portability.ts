/** Portability: the export, its import into another adapter, and import into the target. */
import { defineRequirements } from './requirement.js';
import { requirement } from './define.js';

/** POR: export and import. */
export const portabilityRequirements = defineRequirements('POR', [
  requirement(
    'POR-001',
    'MUST',
    'portability.export',
    'baseline',
    'The export is NDJSON: a header, then sources, records, overrides, subjects and flags in that order, then an end line whose counts match.',
  ),
  requirement(
    'POR-002',
    'MUST',
    'portability.export',
    'baseline',
    'The export holds every source, every record as sent, every override, every subject with its former ids and records, and every flag with its reviews.',
  ),
  requirement(
    'POR-003',
    'MUST',
    'portability.export',
    'baseline',
    'The export imports into a fresh reference engine, which then holds the same sources, records, overrides, subjects and flags with reviews.',
  ),
  requirement('POR-004', 'MUST', 'portability.import', 'full', 'An export imported into an empty target is exported back unchanged.'),
  requirement('POR-005', 'MUST', 'portability.import', 'full', 'An import into a target that already holds data is refused with 409 and changes nothing.'),
]);
