/**
 * Verifies a whole audit trail without operator input: the hash chain (altered, deleted,
 * reordered, renumbered entries), the signed heads against the key kept outside the database
 * (a recomputed chain, a full rewrite, a forged append), the witnessed head kept in a second
 * place (a truncated tail, an older copy put back), and the lookups against the entries (rows
 * removed to hide an actor's entries). Crosby & Wallach's tamper-evident log, with RFC 9162's
 * signed tree heads for a hash chain.
 */
import Database from 'better-sqlite3';
import type { KeyObject } from 'node:crypto';
import { GENESIS_HASH, hashEntry, verifyChain, type ChainProblem, type ChainReport, type StoredAuditEntry, type UnsignedTail } from './audit-chain.js';
import { expectedLookupKeys } from './audit-lookups.js';
import { ENTRY_COLUMNS, HEAD_COLUMNS } from './audit-schema.js';
import { verifyHead, type SignedHead } from './audit-signing.js';
import { readWitness } from './audit-witness.js';

export interface VerifyOptions {
  /** The public key that signs heads; without it, heads cannot be checked (reported). */
  readonly publicKey?: KeyObject;
  /** The witness file; without it, the witnessed head is not checked (reported). */
  readonly witnessPath?: string;
  /** A head recorded by hand earlier (`--head`), which must still be in the chain. */
  readonly expectedHead?: string;
}

/** Verifies the trail in `database`, using `reader` (a second connection) for look-ups while it walks. */
export function verifyAuditDatabase(database: Database.Database, reader: Database.Database, options: VerifyOptions): ChainReport {
  const entries = database.prepare<[], StoredAuditEntry>(`SELECT ${ENTRY_COLUMNS} FROM audit_events ORDER BY sequence`).iterate();
  const byHash = reader.prepare<[string], { sequence: number }>('SELECT sequence FROM audit_events WHERE hash = ?');
  const lookups = lookupChecker(reader);
  const report = verifyChain(entries, (hash) => byHash.get(hash)?.sequence, options.expectedHead, lookups.check);
  const problems: ChainProblem[] = [...report.problems, ...lookups.finish()];
  const hashAt = reader.prepare<[number], string>('SELECT hash FROM audit_events WHERE sequence = ?').pluck();
  const last = (reader.prepare('SELECT MAX(sequence) FROM audit_events').pluck().get() as number | null) ?? 0;
  const heads = verifyHeads(reader, options.publicKey, last, (size) => hashAt.get(size));
  problems.push(...heads.problems);
  if (options.witnessPath) problems.push(...verifyWitness(options.witnessPath, options.publicKey, last, (size) => hashAt.get(size)));
  return { ...report, problems, ...(heads.unsignedTail && { unsignedTail: heads.unsignedTail }) };
}

/** Verifies the trail in a file, opened read-only. */
export function verifyAuditFile(path: string, options: VerifyOptions = {}): ChainReport {
  const database = new Database(path, { readonly: true, fileMustExist: true });
  const reader = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return verifyAuditDatabase(database, reader, options);
  } finally {
    database.close();
    reader.close();
  }
}

function verifyHeads(reader: Database.Database, publicKey: KeyObject | undefined, last: number, hashAt: (size: number) => string | undefined): HeadsVerdict {
  const hasTable = reader.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_heads'").get() !== undefined;
  // A trail written before heads carried their interval has no sign_every column until the gateway opens it.
  const hasInterval = hasTable && reader.prepare("SELECT 1 FROM pragma_table_info('audit_heads') WHERE name = 'sign_every'").get() !== undefined;
  const columns = hasInterval ? HEAD_COLUMNS : HEAD_COLUMNS.replace(', sign_every AS signEvery', '');
  const heads = hasTable ? reader.prepare<[], SignedHead>(`SELECT ${columns} FROM audit_heads ORDER BY size`).all() : [];
  return verifySignedHeads(heads, publicKey, last, hashAt);
}

/** What the signed heads say about a trail: what is wrong, and the tail not yet signed, if any. */
export interface HeadsVerdict {
  readonly problems: ChainProblem[];
  readonly unsignedTail?: UnsignedTail;
}

/**
 * Checks every signed head (in size order) against the key and the entry it covers, and judges
 * the entries beyond the last head: fewer than that head promised (`signEvery`) are a tail the
 * gateway has not signed yet (or could not, having crashed); more are a forged append. The same
 * judgement for every store of the trail.
 */
export function verifySignedHeads(
  heads: readonly SignedHead[],
  publicKey: KeyObject | undefined,
  last: number,
  hashAt: (size: number) => string | undefined,
): HeadsVerdict {
  if (!publicKey)
    return { problems: [{ sequence: last, kind: 'unsigned', detail: 'no audit signing key was given, so the signed heads could not be checked' }] };
  const problems: ChainProblem[] = [];
  let signedThrough = 0;
  let lastGood: SignedHead | undefined;
  for (const head of heads) {
    if (!verifyHead(head, publicKey)) {
      problems.push({
        sequence: head.size,
        kind: 'forged',
        detail: `the head signed for ${head.size} entries does not verify with the audit signing key: it was forged or signed with another key`,
      });
      continue;
    }
    // The head signed when the trail was created covers no entry: it states the interval from the start.
    const actual = head.size === 0 ? GENESIS_HASH : hashAt(head.size);
    if (actual === undefined && head.size > last) {
      problems.push({
        sequence: head.size,
        kind: 'truncated',
        detail: `a signed head covers ${head.size} entries but the trail ends at entry ${last}: entries were removed from its end`,
      });
    } else if (actual === undefined) {
      problems.push({ sequence: head.size, kind: 'missing', detail: `entry ${head.size}, which a signed head covers, is gone` });
    } else if (actual !== head.hash) {
      problems.push({
        sequence: head.size,
        kind: 'recomputed',
        detail: `entry ${head.size} is not the one signed for: the entries up to it were rewritten and their hashes recomputed`,
      });
    }
    if (head.size >= signedThrough) lastGood = head;
    signedThrough = Math.max(signedThrough, head.size);
  }
  if (last <= signedThrough) return { problems };
  // Heads from before the schedule were signed on every commit: they leave no tail.
  const allowed = (lastGood?.signEvery ?? 1) - 1;
  if (lastGood && last - signedThrough <= allowed) return { problems, unsignedTail: { from: signedThrough + 1, to: last, signEvery: lastGood.signEvery ?? 1 } };
  const range = last === signedThrough + 1 ? `entry ${last} was` : `entries ${signedThrough + 1} to ${last} were`;
  const promise = lastGood ? ` (the last head promised the next within ${allowed + 1} entr${allowed === 0 ? 'y' : 'ies'})` : '';
  const legacy =
    heads.length === 0
      ? ' (or written by a version before signed heads: accept such a trail once, after checking it, with PLUMBLINE_AUDIT_ACCEPT_BROKEN=true)'
      : '';
  problems.push({
    sequence: signedThrough + 1,
    kind: 'unsigned',
    detail: `${range} never signed by the gateway${promise}: added by someone without the audit signing key (a forged append or a rewrite)${legacy}`,
  });
  return { problems };
}

/** Checks the head witnessed at `path` against the key and the trail (which ends at entry `last`). */
export function verifyWitness(path: string, publicKey: KeyObject | undefined, last: number, hashAt: (size: number) => string | undefined): ChainProblem[] {
  return verifyWitnessedHead(path, readWitnessOrProblem(path), publicKey, last, hashAt);
}

/** The head witnessed at `path`, or the problem reading it (for a verifier that must read it before the trail). */
export function readWitnessOrProblem(path: string): SignedHead | undefined | Error {
  try {
    return readWitness(path);
  } catch (error) {
    return error as Error;
  }
}

/** Checks a witnessed head read from `path` earlier (see `readWitnessOrProblem`). */
export function verifyWitnessedHead(
  path: string,
  head: SignedHead | undefined | Error,
  publicKey: KeyObject | undefined,
  last: number,
  hashAt: (size: number) => string | undefined,
): ChainProblem[] {
  if (head instanceof Error) return [{ sequence: last, kind: 'witness', detail: `the witness ${path} cannot be read: ${head.message}` }];
  if (!head)
    return last === 0 ? [] : [{ sequence: last, kind: 'witness', detail: `there is no witnessed head at ${path}, though the trail holds ${last} entries` }];
  if (publicKey && !verifyHead(head, publicKey))
    return [{ sequence: head.size, kind: 'witness', detail: `the witnessed head at ${path} does not verify with the audit signing key` }];
  if (head.size > last)
    return [
      {
        sequence: last + 1,
        kind: 'truncated',
        detail: `the witness saw ${head.size} entries but the trail ends at entry ${last}: entries were removed from its end, or an older copy put back`,
      },
    ];
  if (head.size > 0 && hashAt(head.size) !== head.hash)
    return [{ sequence: head.size, kind: 'recomputed', detail: `entry ${head.size} is not the one the witness saw: the trail was rewritten` }];
  return [];
}

/**
 * Checks, entry by entry, that the lookups the gateway has built so far find it under its actor
 * and every target, and under nothing else: a row removed would hide an entry from
 * `GET /v1/audit-events?actor=…`, a row added would show it under someone else. Entries that
 * fail their own hash are left to the chain's report.
 */
function lookupChecker(reader: Database.Database) {
  const hasTable = reader.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_lookups'").get() !== undefined;
  const through = hasTable ? ((reader.prepare('SELECT indexed_through FROM audit_lookups_state WHERE id = 1').pluck().get() as number | undefined) ?? 0) : 0;
  const keysOf = hasTable ? reader.prepare<[number], string>('SELECT key FROM audit_lookups WHERE sequence = ?').pluck() : undefined;
  const problems: ChainProblem[] = [];
  return {
    check(entry: StoredAuditEntry) {
      if (!keysOf || entry.sequence > through || hashEntry(entry.previousHash, entry) !== entry.hash) return;
      const expected = expectedLookupKeys(entry);
      const found = new Set(keysOf.all(entry.sequence));
      const missing = expected.filter((key) => !found.has(key));
      const extra = [...found].filter((key) => !expected.includes(key));
      if (missing.length)
        problems.push({
          sequence: entry.sequence,
          kind: 'lookup',
          detail: `the lookups no longer find entry ${entry.sequence} under ${missing.join(', ')}: rows were removed`,
        });
      if (extra.length)
        problems.push({
          sequence: entry.sequence,
          kind: 'lookup',
          detail: `the lookups also show entry ${entry.sequence} under ${extra.join(', ')}: rows were added`,
        });
    },
    finish: () => problems,
  };
}
