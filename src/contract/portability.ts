/**
 * Portability: a complete export as NDJSON, one line per item, and the matching import. Exporting
 * from adapter A and importing into adapter B gives equivalent state; this is how the force
 * leaves a supplier. A stream starts with a `header` line and ends with an `end` line carrying
 * the counts, so a truncated file is detected.
 */
import { z } from 'zod';
import { OpaqueId, Timestamp } from './primitives.js';
import { Source } from './sources.js';
import { SourceRecord } from './records.js';
import { LinkOverride } from './overrides.js';
import { SubjectSnapshot } from './subjects.js';
import { Flag } from './flags.js';
import { AdapterIdentity } from './meta.js';

export const ExportLine = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('header'), contractVersion: z.string(), exportedAt: Timestamp, adapter: AdapterIdentity }),
    z.object({ kind: z.literal('source'), source: Source }),
    z.object({ kind: z.literal('record'), sourceId: OpaqueId, ingestedAt: Timestamp, record: SourceRecord }),
    z.object({ kind: z.literal('override'), override: LinkOverride }),
    z.object({ kind: z.literal('subject'), subject: SubjectSnapshot }),
    z.object({ kind: z.literal('flag'), flag: Flag }),
    z.object({ kind: z.literal('end'), counts: z.record(z.string(), z.number().int().min(0)) }),
  ])
  .meta({
    id: 'ExportLine',
    description:
      'One line of an export: `header` first, then sources, records, overrides, subjects, flags (with their reviews), and `end` last with the count of each kind.',
    examples: [{ kind: 'end', counts: { source: 1, record: 1, override: 0, subject: 1, flag: 0 } }],
  });
export type ExportLine = z.output<typeof ExportLine>;
export type ExportLineKind = ExportLine['kind'];

/** The order in which kinds appear in an export; import relies on it. */
export const exportOrder: ExportLineKind[] = ['header', 'source', 'record', 'override', 'subject', 'flag', 'end'];
