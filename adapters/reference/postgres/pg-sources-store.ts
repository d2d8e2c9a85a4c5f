/** Source registrations on PostgreSQL (as store/sources-store.ts on SQLite). */
import type pg from 'pg';
import type { Page, PageQuery, Source, SourceRegistration } from '../../../src/contract/index.js';
import { errors } from '../../../src/adapter/errors.js';
import { decodeCursor, pageFromRows } from '../store/cursor.js';
import { timestamp, type Clock } from '../store/clock.js';
import { engineWrite, type Queryable } from './engine-database.js';

interface SourceRow {
  source_id: string;
  registration: string;
  created_at: string;
  updated_at: string;
}

function toSource(row: SourceRow): Source {
  return { sourceId: row.source_id, ...(JSON.parse(row.registration) as SourceRegistration), createdAt: row.created_at, updatedAt: row.updated_at };
}

const COLUMNS = 'source_id, registration, created_at, updated_at';

export class PgSourcesStore {
  constructor(
    private readonly pool: pg.Pool,
    private readonly clock: Clock,
  ) {}

  /** Registers or replaces; `updatedAt` moves only when the registration changed. */
  put(sourceId: string, registration: SourceRegistration): Promise<{ source: Source; created: boolean }> {
    return engineWrite(this.pool, async (client) => {
      const created = (await client.query('SELECT 1 FROM engine_sources WHERE source_id = $1', [sourceId])).rowCount === 0;
      const { rows } = await client.query<SourceRow>(
        `INSERT INTO engine_sources (source_id, kind, registration, created_at, updated_at) VALUES ($1, $2, $3, $4, $4)
         ON CONFLICT (source_id) DO UPDATE SET kind = excluded.kind, registration = excluded.registration,
           updated_at = CASE WHEN engine_sources.registration = excluded.registration THEN engine_sources.updated_at ELSE excluded.updated_at END
         RETURNING ${COLUMNS}`,
        [sourceId, registration.kind, JSON.stringify(registration), timestamp(this.clock)],
      );
      return { source: toSource(rows[0]), created };
    });
  }

  async get(sourceId: string, db: Queryable = this.pool): Promise<Source> {
    const { rows } = await db.query<SourceRow>(`SELECT ${COLUMNS} FROM engine_sources WHERE source_id = $1`, [sourceId]);
    if (!rows[0]) throw errors.notFound(`No source with id "${sourceId}".`);
    return toSource(rows[0]);
  }

  async list(page: PageQuery): Promise<Page<Source>> {
    const after = decodeCursor<string>(page.cursor, 'string') ?? '';
    const { rows } = await this.pool.query<SourceRow>(`SELECT ${COLUMNS} FROM engine_sources WHERE source_id > $1 ORDER BY source_id LIMIT $2`, [
      after,
      page.limit + 1,
    ]);
    return pageFromRows(rows, page.limit, (row) => row.source_id, toSource);
  }

  /** Every source, in id order (export). */
  async all(db: Queryable = this.pool): Promise<Source[]> {
    return (await db.query<SourceRow>(`SELECT ${COLUMNS} FROM engine_sources ORDER BY source_id`)).rows.map(toSource);
  }
}
