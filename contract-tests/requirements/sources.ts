/** Sources, record ingest, reading and erasure. */
import { defineRequirements } from './requirement.js';
import { requirement } from './define.js';

/** SRC: sources. */
export const sourceRequirements = defineRequirements('SRC', [
  requirement(
    'SRC-001',
    'MUST',
    'sources',
    'baseline',
    'Registering a new source answers 201 with every registered field, and the source then reads back the same.',
  ),
  requirement('SRC-002', 'MUST', 'sources', 'baseline', 'Registering an existing source again replaces its registration with 200 and keeps its creation time.'),
  requirement('SRC-003', 'MUST', 'sources', 'baseline', 'An invalid source registration is refused with 400 `validation-failed` naming each invalid field.'),
]);

/** REC: record ingest and reading. */
export const recordRequirements = defineRequirements('REC', [
  requirement(
    'REC-001',
    'MUST',
    'records.ingest',
    'baseline',
    'A valid batch answers 200 with one result per record, in batch order, with its index and record id, and counts that add up.',
  ),
  requirement(
    'REC-002',
    'MUST',
    'records.ingest',
    'baseline',
    'Re-sending a record with the same id and content is `unchanged`; with changed content it is `updated` and the new content is held.',
  ),
  requirement(
    'REC-003',
    'MUST',
    'records.ingest',
    'baseline',
    'An invalid record (a field missing, malformed or not defined by the contract) is rejected on its own with errors naming its fields, and every other record of its batch is committed.',
  ),
  requirement(
    'REC-004',
    'MUST',
    'records.ingest',
    'baseline',
    'A batch larger than the advertised `maxBatchRecords` is refused with 413 and none of its records is stored.',
  ),
  requirement('REC-005', 'MUST', 'records.ingest', 'baseline', 'A batch for an unregistered source is refused with 404 and nothing is stored.'),
  requirement('REC-006', 'MUST', 'records.read', 'baseline', 'A committed record reads back exactly as sent, with its source and the time it was ingested.'),
  requirement(
    'REC-007',
    'MUST',
    'records.ingest',
    'baseline',
    'A record carrying a protected characteristic (sex, ethnicity, religion, …), in its identity or as a field of its own, is rejected on its own with an error naming that field, and is not held: equality data goes to the fairness audit only.',
  ),
]);

/** ERA: erasure. */
export const erasureRequirements = defineRequirements('ERA', [
  requirement(
    'ERA-001',
    'MUST',
    'records.erase',
    'full',
    'Erasing a record answers 200 with the erasure and its reason, after which the record reads 404; erasing an unknown record answers 404.',
  ),
  requirement('ERA-002', 'MUST', 'records.erase', 'full', 'An erased record leaves its subject and the evidence of every flag.'),
  requirement(
    'ERA-003',
    'MUST',
    'records.erase',
    'full',
    'Re-running detectors after an erasure raises no flag duplicating one already held (same detector, subjects and remaining evidence).',
  ),
]);
