/**
 * Opens the embedded SQLite store. WAL lets readers (and the run worker's connection) proceed
 * while one writer commits; `synchronous = FULL` makes every acknowledged commit survive a crash
 * of the process or the machine. Write transactions are begun IMMEDIATE throughout the engine:
 * a deferred one that reads first and then writes cannot wait for the run worker's lock and fails
 * with SQLITE_BUSY at once, whereas an immediate one waits (busy_timeout).
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrate } from './migrations.js';

export type Connection = Database.Database;

export interface OpenOptions {
  /** Open without migrating or writing (export snapshots). */
  readonly readonly?: boolean;
}

export function openDatabase(path: string, options: OpenOptions = {}): Connection {
  if (path !== ':memory:' && !options.readonly) mkdirSync(dirname(path), { recursive: true });
  const database = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  database.pragma('busy_timeout = 30000');
  if (!options.readonly) {
    database.pragma('journal_mode = WAL');
    database.pragma('synchronous = FULL');
    // Checkpoint every ~40 MB of WAL rather than every 4 MB: each checkpoint syncs the database
    // file, and frequent ones dominated bulk ingest.
    database.pragma('wal_autocheckpoint = 10000');
    database.pragma('foreign_keys = OFF');
    migrate(database);
  }
  database.pragma('cache_size = -65536');
  return database;
}

/** Reads a value from the settings table. */
export function readSetting(database: Connection, key: string): string | undefined {
  const row = database.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value;
}

/** Writes a value to the settings table. */
export function writeSetting(database: Connection, key: string, value: string): void {
  database.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}

/** Takes the next number of a named sequence (ids for subjects, flags, runs…). */
export function nextSequence(database: Connection, name: string, count = 1): number {
  const key = `sequence:${name}`;
  const current = Number(readSetting(database, key) ?? '0');
  writeSetting(database, key, String(current + count));
  return current + 1;
}
