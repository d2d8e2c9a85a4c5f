/**
 * Verifies the whole audit trail kept in PostgreSQL, with the judgement the SQLite trail gets
 * (`audit-verifier.ts`): the hash chain walked in pages, every signed head against the key, every
 * witnessed head (one per replica, each read before the snapshot so none can run ahead of it),
 * the lookup keys against the entries, and the single-row chain head against the last entry.
 * Everything is read in one REPEATABLE READ snapshot, so replicas appending meanwhile neither
 * disturb nor hide anything: the trail is judged as it stood when verification began.
 */
import type pg from 'pg';
import type { KeyObject } from 'node:crypto';
import { inTransaction } from '../../postgres/postgres-pool.js';
import { ChainWalker, hashEntry, type ChainProblem, type ChainReport, type StoredAuditEntry } from './audit-chain.js';
import { expectedLookupKeys } from './audit-lookups.js';
import type { SignedHead } from './audit-signing.js';
import { readWitnessOrProblem, verifySignedHeads, verifyWitnessedHead } from './audit-verifier.js';
import { POSTGRES_ENTRY_COLUMNS, POSTGRES_HEAD_COLUMNS } from './postgres-audit-schema.js';

export interface PostgresVerifyOptions {
  /** The public key that signs heads; without it, heads cannot be checked (reported). */
  readonly publicKey?: KeyObject;
  /** The witness files, one per replica (or one shared); none: the witness is not checked. */
  readonly witnessPaths?: readonly string[];
  /** A head recorded by hand earlier (`--head`), which must still be in the chain. */
  readonly expectedHead?: string;
}

/** Entries read per round trip. */
const PAGE = 5_000;

type EntryRow = StoredAuditEntry & { lookupKeys: string[] };

export async function verifyPostgresAudit(pool: pg.Pool, options: PostgresVerifyOptions): Promise<ChainReport> {
  const witnesses = (options.witnessPaths ?? []).map((path) => ({ path, head: readWitnessOrProblem(path) }));
  return inTransaction(
    pool,
    async (client) => {
      const { rows: heads } = await client.query<SignedHead>(`SELECT ${POSTGRES_HEAD_COLUMNS} FROM audit_heads ORDER BY size`);
      // Only the hashes a head or a witness points at are kept from the walk, not every hash.
      const wanted = new Set<number>(heads.map((head) => head.size));
      for (const { head } of witnesses) if (head && !(head instanceof Error)) wanted.add(head.size);
      const hashes = new Map<number, string>();
      const walker = new ChainWalker(options.expectedHead);
      const problems: ChainProblem[] = [];
      let after = 0;
      let last = 0;
      for (;;) {
        const { rows } = await client.query<EntryRow>(
          `SELECT ${POSTGRES_ENTRY_COLUMNS}, lookup_keys AS "lookupKeys" FROM audit_events WHERE sequence > $1 ORDER BY sequence LIMIT ${PAGE}`,
          [after],
        );
        for (const row of rows) {
          const { lookupKeys, ...entry } = row;
          walker.step(entry);
          if (wanted.has(entry.sequence)) hashes.set(entry.sequence, entry.hash);
          problems.push(...checkLookupKeys(entry, lookupKeys));
          last = entry.sequence;
        }
        if (rows.length < PAGE) break;
        after = last;
      }
      const unresolved = walker.unresolvedHashes();
      const { rows: holders } = unresolved.length
        ? await client.query<{ hash: string; sequence: number }>('SELECT hash, sequence::float8 AS sequence FROM audit_events WHERE hash = ANY($1::text[])', [
            unresolved,
          ])
        : { rows: [] };
      const holderOf = new Map(holders.map((row) => [row.hash, row.sequence]));
      const report = walker.finish((hash) => holderOf.get(hash));
      const hashAt = (size: number) => hashes.get(size);
      problems.unshift(...report.problems);
      problems.push(...(await checkChainHead(client, last, report.head)));
      const signed = verifySignedHeads(heads, options.publicKey, last, hashAt);
      problems.push(...signed.problems);
      for (const witness of witnesses) problems.push(...verifyWitnessedHead(witness.path, witness.head, options.publicKey, last, hashAt));
      return { ...report, problems, ...(signed.unsignedTail && { unsignedTail: signed.unsignedTail }) };
    },
    'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY',
  );
}

/**
 * The lookup keys must find the entry under its actor and each target and nothing else: a key
 * removed would hide it from `GET /v1/audit-events?actor=…`, one added would show it under
 * someone else. Entries that fail their own hash are left to the chain's report.
 */
function checkLookupKeys(entry: StoredAuditEntry, found: readonly string[]): ChainProblem[] {
  if (hashEntry(entry.previousHash, entry) !== entry.hash) return [];
  const expected = expectedLookupKeys(entry);
  const missing = expected.filter((key) => !found.includes(key));
  const extra = found.filter((key) => !expected.includes(key));
  const problems: ChainProblem[] = [];
  if (missing.length)
    problems.push({
      sequence: entry.sequence,
      kind: 'lookup',
      detail: `the lookups no longer find entry ${entry.sequence} under ${missing.join(', ')}: keys were removed`,
    });
  if (extra.length)
    problems.push({
      sequence: entry.sequence,
      kind: 'lookup',
      detail: `the lookups also show entry ${entry.sequence} under ${extra.join(', ')}: keys were added`,
    });
  return problems;
}

/** The single-row chain head every append moves on must name the last entry. */
async function checkChainHead(client: pg.PoolClient, last: number, lastHash: string): Promise<ChainProblem[]> {
  const { rows } = await client.query<{ size: number; hash: string }>('SELECT size::float8 AS size, hash FROM audit_chain WHERE id = 1');
  const head = rows[0];
  if (!head) return [{ sequence: last, kind: 'broken', detail: 'the chain head (table audit_chain) is gone: the trail was tampered with outside the gateway' }];
  if (head.size > last)
    return [
      {
        sequence: last + 1,
        kind: 'truncated',
        detail: `the chain head says the trail holds ${head.size} entries but it ends at entry ${last}: entries were removed from its end`,
      },
    ];
  if (head.size !== last || head.hash !== lastHash) {
    return [
      {
        sequence: head.size,
        kind: 'broken',
        detail: `the chain head says ${head.size} entries ending in ${head.hash.slice(0, 12)}…, but the trail ends at entry ${last}: it was written outside the gateway`,
      },
    ];
  }
  return [];
}
