/**
 * Opens the embedded SQLite store. WAL lets readers (and the run worker's connection) proceed
 * while one writer commits; `synchronous = FULL` makes every acknowledged commit survive a crash
 * of the process or the machine. Write transactions are begun IMMEDIATE throughout the engine:
 * a deferred one that reads first and then writes cannot wait for the run worker's lock and fails
 * with SQLITE_BUSY at once, whereas an immediate one waits (busy_timeout).
 *
 * Erased personal data must not stay readable in the files: `secure_delete` overwrites deleted
 * content with zeros as pages are written, and `truncateWal` empties the write-ahead log after an
 * erasure (it holds the pages as they were). The database and its `-wal`/`-shm` files are created
 * readable by their owner only (SQLite gives the side files the database file's mode).
 */
import Database from 'better-sqlite3';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrate } from './migrations.js';

export type Connection = Database.Database;

/** How long a connection waits for another's write lock before failing with SQLITE_BUSY. */
const BUSY_TIMEOUT_MS = 30_000;

export interface OpenOptions {
  /** Open without migrating or writing (export snapshots). */
  readonly readonly?: boolean;
}

export function openDatabase(path: string, options: OpenOptions = {}): Connection {
  if (path !== ':memory:' && !options.readonly) createOwnerOnly(path);
  const database = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  database.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  // Per connection: every connection that deletes (the engine's, the run worker's) must overwrite.
  database.pragma('secure_delete = ON');
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

/** Owner-only file modes: the store holds personal data. */
export const STORE_FILE_MODE = 0o600;

/**
 * Creates the database file (and its folder) readable by its owner only before SQLite opens it, and
 * narrows an existing store and its side files that were created wider by earlier versions.
 */
function createOwnerOnly(path: string): void {
  mkdirSync(dirname(path), { recursive: true });
  if (!existsSync(path)) closeSync(openSync(path, 'a', STORE_FILE_MODE));
  for (const file of [path, `${path}-wal`, `${path}-shm`]) {
    if (existsSync(file)) chmodSync(file, STORE_FILE_MODE);
  }
}

/**
 * Copies every page of the write-ahead log into the database and truncates the log to nothing: the
 * log keeps the pages as they were before a change, so after an erasure it still holds what was
 * erased. Best effort: a reader holding an old snapshot (an export in progress) keeps the log
 * busy, and then the erased pages leave the log at the next checkpoint that completes.
 * Returns whether the log was emptied.
 */
export function truncateWal(database: Connection): boolean {
  // Never wait for a reader here: this runs on the gateway's thread, and an export can read for minutes.
  database.pragma('busy_timeout = 0');
  try {
    const [result] = database.pragma('wal_checkpoint(TRUNCATE)') as { busy: number; log: number; checkpointed: number }[];
    return result !== undefined && result.busy === 0;
  } catch {
    return false;
  } finally {
    database.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  }
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
