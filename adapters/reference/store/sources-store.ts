/** Source registrations. */
import type { PageQuery, Page, Source, SourceRegistration } from '../../../src/contract/index.js';
import { errors } from '../../../src/adapter/errors.js';
import type { Connection } from './database.js';
import { decodeCursor, pageFromRows } from './cursor.js';
import { timestamp, type Clock } from './clock.js';

interface SourceRow {
  source_id: string;
  registration: string;
  created_at: string;
  updated_at: string;
}

function toSource(row: SourceRow): Source {
  return { sourceId: row.source_id, ...(JSON.parse(row.registration) as SourceRegistration), createdAt: row.created_at, updatedAt: row.updated_at };
}

export class SourcesStore {
  private readonly selectOne;
  private readonly selectPage;
  private readonly upsert;

  constructor(
    private readonly database: Connection,
    private readonly clock: Clock,
  ) {
    this.selectOne = database.prepare<[string], SourceRow>('SELECT * FROM sources WHERE source_id = ?');
    this.selectPage = database.prepare<[string, number], SourceRow>('SELECT * FROM sources WHERE source_id > ? ORDER BY source_id LIMIT ?');
    this.upsert = database.prepare(
      `INSERT INTO sources (source_id, kind, registration, created_at, updated_at) VALUES (@sourceId, @kind, @registration, @now, @now)
       ON CONFLICT (source_id) DO UPDATE SET kind = excluded.kind, registration = excluded.registration,
         updated_at = CASE WHEN sources.registration = excluded.registration THEN sources.updated_at ELSE excluded.updated_at END`,
    );
  }

  put(sourceId: string, registration: SourceRegistration): { source: Source; created: boolean } {
    return this.database
      .transaction(() => {
        const created = this.selectOne.get(sourceId) === undefined;
        this.upsert.run({ sourceId, kind: registration.kind, registration: JSON.stringify(registration), now: timestamp(this.clock) });
        return { source: this.get(sourceId), created };
      })
      .immediate();
  }

  get(sourceId: string): Source {
    const row = this.selectOne.get(sourceId);
    if (!row) throw errors.notFound(`No source with id "${sourceId}".`);
    return toSource(row);
  }

  exists(sourceId: string): boolean {
    return this.selectOne.get(sourceId) !== undefined;
  }

  kindOf(sourceId: string): Source['kind'] {
    return this.get(sourceId).kind;
  }

  list(page: PageQuery): Page<Source> {
    const after = decodeCursor<string>(page.cursor, 'string') ?? '';
    return pageFromRows(this.selectPage.all(after, page.limit + 1), page.limit, (row) => row.source_id, toSource);
  }

  /** Every source, in id order (export). */
  all(): Source[] {
    return this.database.prepare<[], SourceRow>('SELECT * FROM sources ORDER BY source_id').all().map(toSource);
  }
}
