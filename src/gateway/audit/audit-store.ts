/**
 * The audit trail as the gateway sees it, whatever keeps it: the embedded SQLite file of one
 * gateway (`AuditTrail`, the default) or one PostgreSQL database shared by every replica
 * (`PostgresAuditTrail`, chosen by `PLUMBLINE_DATABASE_URL=postgres://…`). Both chain every entry
 * to the one before, sign heads with the same key on the same schedule (`audit-signing-schedule.ts`), hand heads to a witness, and
 * conclude attempts left without an outcome by a crash.
 */
import type { AuditEvent, AuditQuery, Page } from '../../contract/index.js';
import type { ChainProblem, StoredAuditEntry, UnsignedTail } from './audit-chain.js';
import type { HeadSigner, SignedHead } from './audit-signing.js';
import type { AuditWitness } from './audit-witness.js';
import { AuditTrail, type AuditRecord, type AuditTrailOptions } from './audit-trail.js';
import { PostgresAuditTrail } from './postgres-audit-trail.js';
import { isPostgresUrl } from '../../postgres/postgres-pool.js';

export interface AuditStore {
  /** Signs the heads; its key id is shown at start-up. */
  readonly signer: HeadSigner;
  /** Where this gateway hands its signed heads, when it keeps a witness. */
  readonly witness: AuditWitness | undefined;
  /** What verification found when opened with `acceptBroken`; empty when intact. */
  readonly startupProblems: readonly ChainProblem[];
  /** Whether derived lookups were found damaged when opened, and rebuilt from the entries. */
  readonly lookupsRebuilt: boolean;
  /** Entries found chained but not yet signed when opened (a stop before their head was due), signed since. */
  readonly unsignedTailAtOpen: UnsignedTail | undefined;
  /** Where the trail is kept, for start-up lines and messages (never a password). */
  readonly location: string;
  /** Appends one entry; resolves with it as stored once it is committed, rejects if it is not. */
  append(record: AuditRecord): Promise<StoredAuditEntry>;
  /** Concludes attempts left without an outcome by a stopped gateway; resolves with their numbers. */
  concludeUnfinishedAttempts(): Promise<number[]>;
  /** One page of entries matching a query. */
  read(query: AuditQuery): Page<AuditEvent> | Promise<Page<AuditEvent>>;
  /** The latest signed head: it may trail the last entry by fewer entries than the signing interval. */
  latestHead(): SignedHead | undefined | Promise<SignedHead | undefined>;
  /** Rejects when the store cannot take an entry now (readiness). */
  checkReady(): Promise<void>;
  /** Commits what is waiting, then closes. */
  close(): Promise<void>;
}

/** Where the trail is kept: a SQLite file by default, or PostgreSQL when `databaseUrl` is set. */
export interface AuditStoreOptions extends AuditTrailOptions {
  /** `postgres://…`: the trail shared by every replica. The SQLite file is not used then. */
  readonly databaseUrl?: string;
  /**
   * This process's name among the replicas (default: host and process id). An attempt is
   * concluded as `outcome unknown` only once the replica that wrote it has stopped renewing its lease.
   */
  readonly replicaId?: string;
  /** Seconds a replica's lease lasts without renewal (default 15). */
  readonly leaseSeconds?: number;
}

/** Opens (creating or migrating when needed) and verifies the configured trail. */
export async function openAuditStore(options: AuditStoreOptions): Promise<AuditStore> {
  if (options.databaseUrl !== undefined) {
    if (!isPostgresUrl(options.databaseUrl)) throw new Error('the audit database URL must start with postgres:// or postgresql://');
    return PostgresAuditTrail.open({ ...options, databaseUrl: options.databaseUrl });
  }
  return AuditTrail.open(options);
}
