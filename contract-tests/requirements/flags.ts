/** Flags: their content, idempotent raising, filters and the review lifecycle. */
import { defineRequirements } from './requirement.js';
import { requirement } from './define.js';

/** FLG: flags and their review. */
export const flagRequirements = defineRequirements('FLG', [
  requirement(
    'FLG-001',
    'MUST',
    'flagging',
    'baseline',
    'A flag names its detector and version, its subjects, category, severity, a rationale, the evidence, measurements, window, as-of date and run, and starts open with no reviews.',
  ),
  requirement('FLG-002', 'MUST', 'flagging', 'baseline', 'Re-running detectors on unchanged data raises no duplicate flags.'),
  requirement(
    'FLG-003',
    'MUST',
    'flagging',
    'baseline',
    'Listing flags by detector, subject, status, category or severity answers exactly the flags that match.',
  ),
  requirement(
    'FLG-004',
    'MUST',
    'flags.review',
    'baseline',
    'A flag moves open → in_review → closed with an outcome, each step recorded with the reviewer, their rationale and the time.',
  ),
  requirement('FLG-005', 'MUST', 'flags.review', 'baseline', 'Any other review transition is refused with 409 `conflict` and leaves the flag unchanged.'),
  requirement('FLG-006', 'MUST', 'flags.review', 'baseline', 'A review closing without an outcome, or giving one before closing, is refused with 400.'),
]);
