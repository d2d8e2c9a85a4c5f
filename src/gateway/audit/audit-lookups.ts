/**
 * The lookups that let an auditor find entries by actor or by target without reading the whole
 * trail. They are derived from the entries and kept apart from them: brought up to date in bulk a
 * second after entries are written (one transaction for many entries, instead of more pages in
 * every commit on the answer's path), and always brought fully up to date before a query. The
 * hash chain covers the entries only; the lookups can be rebuilt from them at any time.
 */
import type Database from 'better-sqlite3';

const schema = `
CREATE TABLE IF NOT EXISTS audit_lookups (key TEXT NOT NULL, sequence INTEGER NOT NULL, PRIMARY KEY (key, sequence)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS audit_lookups_state (id INTEGER PRIMARY KEY CHECK (id = 1), indexed_through INTEGER NOT NULL);
INSERT OR IGNORE INTO audit_lookups_state VALUES (1, 0);
CREATE TRIGGER IF NOT EXISTS audit_lookups_no_update BEFORE UPDATE ON audit_lookups BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER IF NOT EXISTS audit_lookups_no_delete BEFORE DELETE ON audit_lookups BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
`;

/** The lookup key of an actor or a target id. */
export const lookupKey = (kind: 'actor' | 'target', value: string) => `${kind}:${value}`;

/** The lookup keys an entry must be found under: its actor and each target, once each. */
export function expectedLookupKeys(entry: { actor: string; targets: string }): string[] {
  const keys = [lookupKey('actor', entry.actor), ...(JSON.parse(entry.targets) as { id: string }[]).map((target) => lookupKey('target', target.id))];
  return [...new Set(keys)];
}

/** Entries indexed per catch-up in the background, so that one never holds the event loop long. */
const BACKGROUND_BATCH = 2_000;
const DELAY_MS = 1_000;

export class AuditLookups {
  private readonly catchUpBatch: (limit: number) => number;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly database: Database.Database) {
    database.exec(schema);
    const state = database.prepare<[], { through: number }>('SELECT indexed_through AS through FROM audit_lookups_state WHERE id = 1');
    const entries = database.prepare<[number, number], { sequence: number; actor: string; targets: string }>(
      'SELECT sequence, actor, targets FROM audit_events WHERE sequence > ? ORDER BY sequence LIMIT ?',
    );
    const insert = database.prepare<[string, number]>('INSERT OR IGNORE INTO audit_lookups VALUES (?, ?)');
    const advance = database.prepare<[number]>('UPDATE audit_lookups_state SET indexed_through = ? WHERE id = 1');
    this.catchUpBatch = database.transaction((limit: number) => {
      const rows = entries.all(state.get()!.through, limit);
      for (const row of rows) for (const key of expectedLookupKeys(row)) insert.run(key, row.sequence);
      if (rows.length) advance.run(rows[rows.length - 1].sequence);
      return rows.length;
    });
  }

  /** Indexes every entry not indexed yet. */
  catchUp(): void {
    while (this.catchUpBatch(BACKGROUND_BATCH) === BACKGROUND_BATCH);
  }

  /**
   * Throws the lookups away and builds them again from the entries (the chain is the truth):
   * what start-up does when verification finds rows removed or added.
   */
  rebuild(): void {
    this.database.exec('DROP TABLE audit_lookups; DROP TABLE audit_lookups_state;');
    this.database.exec(schema);
    this.catchUp();
  }

  /** Indexes new entries a little later, in the background. */
  schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      try {
        if (this.catchUpBatch(BACKGROUND_BATCH) === BACKGROUND_BATCH) this.schedule();
      } catch {
        // Nothing is lost: the next entry or query tries again from where this stopped.
      }
    }, DELAY_MS).unref();
  }

  /** Stops the background work, indexing what is left. */
  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.catchUp();
  }
}
