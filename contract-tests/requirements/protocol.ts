/** Pagination and errors: how every list and every refusal behaves, whatever the resource. */
import { defineRequirements } from './requirement.js';
import { requirement } from './define.js';

/** PAG: every list. */
export const paginationRequirements = defineRequirements('PAG', [
  requirement(
    'PAG-001',
    'MUST',
    null,
    'baseline',
    'Following `nextCursor` lists every item exactly once, in pages no larger than `limit`, ending with a null cursor.',
  ),
  requirement('PAG-002', 'MUST', null, 'baseline', 'Requesting the same cursor again answers the same page.'),
  requirement(
    'PAG-003',
    'SHOULD',
    null,
    'baseline',
    'Items added while a list is being paged cause no repeats or gaps among the items that were already there.',
  ),
  requirement('PAG-004', 'MUST', null, 'baseline', 'A `limit` outside 1 to `maxPageSize`, or a cursor the target did not issue, is refused with 400.'),
]);

/** ERR: every refusal. */
export const errorRequirements = defineRequirements('ERR', [
  requirement(
    'ERR-001',
    'MUST',
    null,
    'baseline',
    'Every error is `application/problem+json` with a stable `type` URI of its kind, a title, and a `status` equal to the HTTP status.',
  ),
  requirement(
    'ERR-002',
    'MUST',
    null,
    'baseline',
    'Reading an unknown source, record, subject, run, flag or override answers 404 `not-found`, never a success.',
  ),
  requirement('ERR-003', 'MUST', null, 'baseline', 'A malformed request body or query is refused with 400 `validation-failed` listing each invalid field.'),
  requirement(
    'ERR-004',
    'MUST',
    null,
    'baseline',
    'Ids of up to 200 characters work in every path like any other id, and a longer one is refused with a 400 problem.',
  ),
]);
