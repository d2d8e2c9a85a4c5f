/**
 * Storage codes for record types. Records are stored with a small integer type and an integer
 * time so that their indexes stay small: at a whole force's scale that makes ingest markedly
 * faster. Codes are fixed forever once assigned; a new record type takes the next free number.
 */
import type { RecordType } from '../../../src/contract/index.js';

export const recordTypeCodes: Readonly<Record<RecordType, number>> = {
  employment: 1,
  allegation: 2,
  vetting: 3,
  interest_declaration: 4,
  association_report: 5,
  system_access: 6,
  absence_spell: 7,
  duty_week: 8,
  building_attendance: 9,
  training: 10,
  use_of_force: 11,
};
