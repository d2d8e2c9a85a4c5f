/**
 * The audit trail on PostgreSQL: one hash chain written by every gateway replica (issue 20).
 *
 * One chain, serialised appends: each commit locks the single row of `audit_chain` (`SELECT …
 * FOR UPDATE`), reads the head, hashes its entries onto it, inserts them with their signed head
 * and moves the row on, all in one transaction. The row lock rather than `pg_advisory_xact_lock`:
 * the transaction needs the head anyway, so locking the row that holds it is one statement fewer,
 * cannot collide with another application's advisory key, and shows in `pg_locks` as what it is.
 * Per-replica chains merged later were rejected: an auditor would have to trust the merge, and
 * "entry 41 of the trail" would stop meaning one thing. The cost, one commit at a time across all
 * replicas, is paid once per group commit (below), not once per entry.
 *
 * Group commit: while one commit is in flight, entries appended meanwhile wait and go together in
 * the next one. The chain's lock is held only for the round trips, not the disk: a commit is
 * made without waiting for the disk, and its callers are answered after a second, tiny commit
 * of this replica's that does wait (the log reaches the disk in order, so that one carries the
 * entries with it). Acknowledged is on disk; an entry lost to a database crash was never
 * acknowledged, and neither was any entry chained after it.
 *
 * Crash semantics, as on SQLite: a change is recorded as `attempted` before the adapter runs and
 * its outcome after. Attempts are listed in `audit_open_attempts` with the replica that wrote
 * them; each replica holds a lease it renews every few seconds, and any replica concludes the
 * attempts of a replica whose lease has run out as `outcome unknown`, in the chain's lock, so
 * each is concluded once.
 */
import { existsSync } from 'node:fs';
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import type { AuditEvent, AuditQuery, Page } from '../../contract/index.js';
import { createPool, inTransaction, redactedUrl } from '../../postgres/postgres-pool.js';
import { migrate } from '../../postgres/postgres-migrations.js';
import { hashEntry, type ChainProblem, type HashedFields, type StoredAuditEntry } from './audit-chain.js';
import { developmentKeyPathFor, loadHeadSigner, type HeadSigner, type SignedHead } from './audit-signing.js';
import { AuditWitness, defaultWitnessPathFor } from './audit-witness.js';
import { AuditTrailBrokenError, type AuditRecord, type AuditTrailOptions } from './audit-trail.js';
import { AUDIT_COMPONENT, auditMigrations, POSTGRES_ENTRY_COLUMNS, POSTGRES_HEAD_COLUMNS } from './postgres-audit-schema.js';
import { readPostgresAuditEvents } from './postgres-audit-reader.js';
import { writeChainedBatch, writeSignedHead } from './postgres-audit-writes.js';
import { checkedSchedule, HeadSchedule } from './audit-signing-schedule.js';
import type { UnsignedTail } from './audit-chain.js';
import { verifyPostgresAudit } from './postgres-audit-verifier.js';

export interface PostgresAuditTrailOptions extends Omit<AuditTrailOptions, 'synchronous'> {
  /** `postgres://…` */
  readonly databaseUrl: string;
  /** This process's name among the replicas; default: host, process id and a random suffix. */
  readonly replicaId?: string;
  /** How long a replica's lease lasts without renewal (default 15 s; renewed every third of it). */
  readonly leaseSeconds?: number;
}

/** Entries per commit at most, so that one statement stays well inside PostgreSQL's 65,535 parameters (16 each). */
const MAX_BATCH = 1_000;

/** What one commit chained, the size the chain reached, and the head it signed (when the schedule asked for one). */
interface Written {
  readonly entries: StoredAuditEntry[];
  readonly size: number;
  readonly signed?: SignedHead;
  /** A head another replica signed covers the chain already. */
  readonly covered?: boolean;
}

interface Pending {
  readonly record: AuditRecord;
  readonly resolve: (entry: StoredAuditEntry) => void;
  readonly reject: (error: unknown) => void;
}

/** A replica's default name: unique per process, readable in `audit_replicas` and `pg_stat_activity`. */
export function defaultReplicaId(): string {
  return `${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`;
}

export class PostgresAuditTrail {
  private pending: Pending[] = [];
  private flushing: Promise<void> | undefined;
  private leaseTimer: NodeJS.Timeout | undefined;
  private sweeping: Promise<unknown> = Promise.resolve();
  private closed = false;
  /** Batches committed whose callers wait for the disk. */
  private readonly settling = new Set<Promise<void>>();
  /** The largest head handed to the witness. */
  private witnessed: SignedHead | undefined;
  /**
   * The chain's size when this process opened it: attempts under this replica's name up to it
   * were written by an earlier process with the same PLUMBLINE_REPLICA_ID, which has stopped.
   */
  private sizeAtOpen = 0;

  startupProblems: readonly ChainProblem[] = [];
  /**
   * Entries found chained but unsigned when opened, signed since: a replica stopped before their
   * head was due, or (with others running) one was about to sign them.
   */
  unsignedTailAtOpen: UnsignedTail | undefined;
  /** Lookups are written with each entry on PostgreSQL: never rebuilt. */
  readonly lookupsRebuilt = false;
  readonly location: string;

  private constructor(
    private readonly pool: pg.Pool,
    url: string,
    readonly replicaId: string,
    readonly signer: HeadSigner,
    readonly witness: AuditWitness | undefined,
    private readonly leaseSeconds: number,
    /** Heads are signed on this schedule; another replica's heads only make it sign earlier than needed. */
    private readonly schedule: HeadSchedule,
  ) {
    this.location = redactedUrl(url);
  }

  /** Opens the trail: migrates, verifies the whole chain, takes this replica's lease. */
  static async open(options: PostgresAuditTrailOptions): Promise<PostgresAuditTrail> {
    const replicaId = options.replicaId ?? defaultReplicaId();
    const signer = options.keyFile ? loadHeadSigner(options.keyFile, false) : loadHeadSigner(developmentKeyPathFor(options.databasePath), true);
    const witnessPath = options.witnessPath ?? defaultWitnessPathFor(options.databasePath);
    const pool = createPool(options.databaseUrl, { max: 4, applicationName: `plumbline-audit ${replicaId}`.slice(0, 63) });
    try {
      await migrate(pool, AUDIT_COMPONENT, auditMigrations);
      // A replica added to a running fleet has no witness yet: only a witness it has is checked here
      // (`plumbline audit verify` is given every replica's witness and reports a missing one).
      const report = await verifyPostgresAudit(pool, { publicKey: signer.publicKey, witnessPaths: existsSync(witnessPath) ? [witnessPath] : [] });
      if (report.problems.length && !options.acceptBroken) throw new AuditTrailBrokenError(redactedUrl(options.databaseUrl), report.problems);
      const { rows } = await pool.query<{ size: number }>('SELECT size::float8 AS size FROM audit_chain WHERE id = 1');
      const { rows: heads } = await pool.query<{ size: number; signEvery: number | null }>(
        'SELECT size::float8 AS size, sign_every AS "signEvery" FROM audit_heads ORDER BY size DESC LIMIT 1',
      );
      const signing = checkedSchedule(options.signing);
      let trail: PostgresAuditTrail | undefined = undefined;
      const schedule = new HeadSchedule(signing, heads[0], () => void trail?.signLate());
      trail = new PostgresAuditTrail(pool, options.databaseUrl, replicaId, signer, new AuditWitness(witnessPath), options.leaseSeconds ?? 15, schedule);
      trail.startupProblems = report.problems;
      trail.unsignedTailAtOpen = report.unsignedTail;
      trail.sizeAtOpen = rows[0].size;
      // A tail no replica signed yet, or an empty trail's first interval: signed before serving.
      await trail.signHead();
      await trail.renewLease();
      trail.leaseTimer = setInterval(() => void trail.heartbeat(), (trail.leaseSeconds * 1000) / 3).unref();
      return trail;
    } catch (error) {
      await pool.end();
      throw error;
    }
  }

  /** Appends one entry; resolves with it as stored once it is committed, rejects if it is not. */
  append(record: AuditRecord): Promise<StoredAuditEntry> {
    if (this.closed) return Promise.reject(new Error('the audit trail is closed'));
    return new Promise((resolve, reject) => {
      this.pending.push({ record, resolve, reject });
      this.flushing ??= this.drain();
    });
  }

  /**
   * Concludes, as `outcome unknown`, every attempt whose replica's lease has run out (crashed,
   * killed, cut off from the database), and those an earlier process under this replica's name
   * left. Runs at start-up and with every lease renewal, so a replica that never comes back
   * still has its attempts concluded by the others.
   */
  concludeUnfinishedAttempts(): Promise<number[]> {
    const sweep = this.sweeping.then(() => this.concludeExpired());
    this.sweeping = sweep.catch(() => undefined);
    return sweep;
  }

  /** One page of entries matching a query. */
  read(query: AuditQuery): Promise<Page<AuditEvent>> {
    return readPostgresAuditEvents(this.pool, query);
  }

  /** The latest signed head: it may trail the last entry by fewer entries than the signing interval. */
  async latestHead(): Promise<SignedHead | undefined> {
    const { rows } = await this.pool.query<SignedHead>(`SELECT ${POSTGRES_HEAD_COLUMNS} FROM audit_heads ORDER BY size DESC LIMIT 1`);
    return rows[0];
  }

  /** Rejects when the database cannot be reached or this replica's lease has lapsed (readiness). */
  async checkReady(): Promise<void> {
    const { rows } = await this.pool.query<{ live: boolean }>('SELECT lease_until > now() AS live FROM audit_replicas WHERE replica_id = $1', [this.replicaId]);
    if (!rows[0]?.live) throw new Error(`this replica's audit lease (${this.replicaId}) has lapsed: it could not reach the database to renew it`);
  }

  /** Commits what is waiting, gives up the lease (its attempts are all concluded) and closes the pool. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.leaseTimer);
    await this.flushing;
    await Promise.allSettled([...this.settling]);
    await this.sweeping;
    // The last entries' head, so that a clean stop leaves no tail unsigned.
    await this.signHead().catch(() => undefined);
    this.schedule.stop();
    this.witness?.flush();
    await this.pool.query('DELETE FROM audit_replicas WHERE replica_id = $1', [this.replicaId]).catch(() => undefined);
    await this.pool.end();
  }

  private async heartbeat(): Promise<void> {
    try {
      await this.renewLease();
      await this.concludeUnfinishedAttempts();
    } catch {
      // The database is unreachable: readiness reports the lapsed lease; the next beat retries.
    }
  }

  private async renewLease(): Promise<void> {
    // Replicas long gone with nothing left open are forgotten, so the table stays the size of the fleet.
    await this.pool.query(
      `DELETE FROM audit_replicas r WHERE lease_until < now() - interval '1 hour'
         AND NOT EXISTS (SELECT 1 FROM audit_open_attempts o WHERE o.replica_id = r.replica_id)`,
    );
    await this.pool.query(
      `INSERT INTO audit_replicas (replica_id, lease_until) VALUES ($1, now() + make_interval(secs => $2))
       ON CONFLICT (replica_id) DO UPDATE SET lease_until = excluded.lease_until`,
      [this.replicaId, this.leaseSeconds],
    );
  }

  /**
   * Commits waiting entries, a batch at a time, until none is left. A batch's callers are answered
   * once it is on disk (`settle`), while the next batch is already being chained: the chain's lock
   * is never held through a wait for the disk.
   */
  private async drain(): Promise<void> {
    while (this.pending.length > 0) {
      const batch = this.pending.splice(0, MAX_BATCH);
      try {
        this.settle(batch, await this.commit(batch.map((item) => item.record)));
      } catch (error) {
        // One entry that cannot be stored must not fail the others sharing its commit.
        if (batch.length === 1) batch[0].reject(error);
        else for (const item of batch) await this.commit([item.record]).then((written) => this.settle([item], written), item.reject);
      }
    }
    // Cleared in the same turn as the emptiness check: an append arriving later starts a new drain.
    this.flushing = undefined;
  }

  /** Answers a batch's callers once what was committed is on disk; hands its head to the witness. */
  private settle(batch: readonly Pending[], written: Written): void {
    const settled = this.durable().then(
      () => {
        this.offerToWitness(written.signed);
        batch.forEach((item, index) => item.resolve(written.entries[index]));
      },
      (error: unknown) => batch.forEach((item) => item.reject(error)),
    );
    this.settling.add(settled);
    void settled.finally(() => this.settling.delete(settled));
  }

  /**
   * Signs the head the chain has reached unless a head covers it already (start-up, close, the
   * schedule's timer), and hands it to the witness once it is on disk.
   */
  private async signHead(): Promise<void> {
    const written = await this.commit([], undefined, true);
    if (!written.signed) return;
    await this.durable();
    this.offerToWitness(written.signed);
  }

  /** The timer's signature of a tail left by a quiet spell; a failure waits for the next commit or close. */
  private async signLate(): Promise<void> {
    if (this.closed) return;
    await this.signHead().catch(() => undefined);
  }

  /** Hands a durable head to the witness; batches may settle out of order, the witness only moves forward. */
  private offerToWitness(signed: SignedHead | undefined): void {
    if (!signed || (this.witnessed && signed.size <= this.witnessed.size)) return;
    this.witnessed = signed;
    this.witness?.offer(signed);
  }

  /**
   * Waits until every commit this replica made is on disk: a commit that waits for the disk (the
   * session's default, `synchronous_commit = on`) flushes the write-ahead log up to its own record,
   * which lies after every earlier commit's. It renews this replica's lease, a write that is
   * useful anyway and touches a row no other replica writes, so replicas never queue for it and
   * PostgreSQL flushes their waits together.
   */
  private async durable(): Promise<void> {
    await this.pool.query(
      `INSERT INTO audit_replicas (replica_id, lease_until) VALUES ($1, now() + make_interval(secs => $2))
       ON CONFLICT (replica_id) DO UPDATE SET lease_until = excluded.lease_until`,
      [this.replicaId, this.leaseSeconds],
    );
  }

  /**
   * Chains records in one transaction of three round trips (the lock and the head; every write
   * in one statement; the commit), committed without waiting for the disk so that the chain's
   * lock is released at once: a commit's latency bounds the chain, and the disk's wait is most of
   * it. Not yet durable when this resolves: see `settle` and `durable`. If PostgreSQL stops before
   * the log reaches the disk, these entries are lost with every later one (the log is flushed in
   * order), none of them acknowledged. `build` may add records found under the lock. A head is
   * signed when the schedule says one is due or, with `always`, whenever none covers the chain yet.
   */
  private async commit(records: readonly AuditRecord[], build?: (client: pg.PoolClient) => Promise<AuditRecord[]>, always = false): Promise<Written> {
    const written = await inTransaction(
      this.pool,
      async (client, begun): Promise<Written> => {
        const all = build ? [...records, ...(await build(client))] : records;
        const head = begun[2].rows[0] as { size: string; hash: string; occurred_at: string };
        if (all.length === 0) return always ? this.signAlone(client, Number(head.size), head.hash) : { entries: [], size: Number(head.size) };
        let sequence = Number(head.size);
        let previousHash = head.hash;
        let previousTime = head.occurred_at;
        const entries = all.map((record) => {
          // Times never go backwards along the chain, so time filters can search by time as by number.
          const occurredAt = record.occurredAt > previousTime ? record.occurredAt : previousTime;
          const fields: HashedFields = {
            ...record,
            occurredAt,
            targets: JSON.stringify(record.targets),
            criteria: JSON.stringify(record.criteria),
            attempt: record.attempt ?? null,
          };
          const hash = hashEntry(previousHash, fields);
          sequence += 1;
          const entry: StoredAuditEntry = { ...fields, sequence, previousHash, hash };
          previousHash = hash;
          previousTime = occurredAt;
          return entry;
        });
        // Signed with the entries it covers when due, so the tail stays shorter than the head promises.
        const signed = this.schedule.due(sequence) ? this.signer.sign(sequence, previousHash, this.schedule.schedule.everyEntries) : undefined;
        await writeChainedBatch(client, { entries, signed, lastTime: previousTime, replicaId: this.replicaId });
        return { entries, size: sequence, signed };
      },
      // Simple-protocol statements, sent together: the lock is taken in the BEGIN's round trip.
      'BEGIN; SET LOCAL synchronous_commit = off; SELECT size, hash, occurred_at FROM audit_chain WHERE id = 1 FOR UPDATE',
    );
    this.schedule.committed(written.size, written.signed !== undefined, written.covered);
    return written;
  }

  /** Under the chain's lock: signs the chain's head unless a head (this replica's or another's) covers it. */
  private async signAlone(client: pg.PoolClient, size: number, hash: string): Promise<Written> {
    const { rows } = await client.query<{ signed: number | null }>('SELECT MAX(size)::float8 AS signed FROM audit_heads');
    if (rows[0].signed !== null && rows[0].signed >= size) return { entries: [], size, covered: true };
    const signed = this.signer.sign(size, hash, this.schedule.schedule.everyEntries);
    await writeSignedHead(client, signed, this.replicaId);
    return { entries: [], size, signed };
  }

  /** Concludes the open attempts of replicas without a live lease (and of this one's predecessor), under the chain's lock. */
  private async concludeExpired(): Promise<number[]> {
    // Looked for without the lock first: most beats find nothing, and need not queue behind appends.
    const { rows: due } = await this.pool.query(
      `SELECT 1 FROM audit_open_attempts o
        WHERE (o.replica_id = $1 AND o.sequence <= $2)
               OR NOT EXISTS (SELECT 1 FROM audit_replicas r WHERE r.replica_id = o.replica_id AND r.lease_until > now()) LIMIT 1`,
      [this.replicaId, this.sizeAtOpen],
    );
    if (due.length === 0) return [];
    let concluded: number[] = [];
    const written = await this.commit([], async (client) => {
      const { rows } = await client.query<StoredAuditEntry>(
        `SELECT ${POSTGRES_ENTRY_COLUMNS} FROM audit_events WHERE sequence IN (
           SELECT o.sequence FROM audit_open_attempts o
            WHERE (o.replica_id = $1 AND o.sequence <= $2)
               OR NOT EXISTS (SELECT 1 FROM audit_replicas r WHERE r.replica_id = o.replica_id AND r.lease_until > now()))
         ORDER BY sequence`,
        [this.replicaId, this.sizeAtOpen],
      );
      concluded = rows.map((attempt) => attempt.sequence);
      const now = new Date().toISOString();
      return rows.map((attempt) => ({
        ...attempt,
        occurredAt: now,
        targets: JSON.parse(attempt.targets),
        criteria: JSON.parse(attempt.criteria),
        status: 0,
        attempt: attempt.sequence,
      }));
    });
    if (written.entries.length > 0) {
      await this.durable();
      this.offerToWitness(written.signed);
    }
    return concluded;
  }
}
