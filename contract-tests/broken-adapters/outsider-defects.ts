/**
 * Defects an outside bidder's server had when the suite was first tried on one: each planted in
 * the outsider, each to be caught by the requirement naming it and by no other.
 */
import { defect } from './defect.js';

export const truncatesSeconds = defect({
  id: 'outsider-truncates-seconds',
  description: 'Reads a record back with the seconds and fraction of its timestamp cut off.',
  caughtBy: 'REC-006',
  // REC-002 reads an updated record back to see the new content is held: it is not, to the second.
  alsoCaughtBy: ['REC-002'],
  outsider: { truncatesSeconds: true },
});

export const plainTextNotFound = defect({
  id: 'outsider-plain-text-404',
  description: 'Answers an unknown record with a plain-text 404 instead of a not-found problem.',
  caughtBy: 'ERR-002',
  alsoCaughtBy: ['ERA-001'],
  outsider: { plainTextNotFound: true },
});

export const htmlTooLarge = defect({
  id: 'outsider-html-413',
  description: 'Refuses a batch over the limit with an HTML page instead of a problem.',
  caughtBy: 'REC-004',
  outsider: { htmlTooLarge: true },
});

export const silentExport = defect({
  id: 'outsider-silent-export',
  description: 'Declines portability but answers GET /v1/export with an empty 200 instead of 501.',
  caughtBy: 'CAP-001',
  outsider: { silentExport: true },
});

export const cursorSkipsItems = defect({
  id: 'outsider-cursor-skips-items',
  description: 'Lists sources with a cursor that skips the first item of every page after the first.',
  caughtBy: 'PAG-001',
  alsoCaughtBy: ['PAG-003'],
  outsider: { cursorSkipsItems: true },
});
