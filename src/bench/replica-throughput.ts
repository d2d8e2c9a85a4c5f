/**
 * Audited subject reads through real gateway processes (`plumbline serve`), with the audit trail
 * in SQLite (one replica; as configured by default, and waiting for the disk like PostgreSQL)
 * and in PostgreSQL (one replica, then two sharing the trail), measured
 * in alternating rounds of the same run with the same total connections, so the figures compare
 * the stores and the replica count rather than the machine's mood. Every read commits an audit
 * entry before its answer, so this is the audit trail's throughput under the gateway's own load.
 * The SQLite replicas read the reference engine's SQLite file; the PostgreSQL replicas keep
 * everything in PostgreSQL (PLUMBLINE_DATABASE_URL puts the engine's store there too), in a
 * database already holding the same force. `plumbline bench --database-url` reports it as `replicas`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_AUDIENCE, DEVELOPMENT_ISSUER, ensureDevelopmentKey, mintToken } from '../gateway/security/development-key.js';
import { loadHeadSigner } from '../gateway/audit/audit-signing.js';
import { loadOnce, type MeasureOptions, type Target } from './measure-http.js';
import { startGatewayProcess, type GatewayProcess } from './gateway-process.js';
import { median } from './audit-throughput.js';

export interface ReplicaThroughputOptions extends MeasureOptions {
  /** The reference engine's SQLite file, already holding the force. */
  readonly engineDatabasePath: string;
  /** A subject readable in that store. */
  readonly subjectId: string;
  /** A PostgreSQL database holding the force in the reference engine's tables: the PostgreSQL replicas' one database. */
  readonly engineDatabaseUrl: string;
  /** A subject readable there. */
  readonly postgresSubjectId: string;
  /** How to start `plumbline` (the executable and its first arguments). */
  readonly plumbline: readonly string[];
}

export interface ReplicaThroughputResult {
  /** Audited subject reads per second, median of the rounds, all with the same total connections. */
  readonly sqliteOneReplicaRps: number;
  /** The same with PLUMBLINE_AUDIT_SYNC=full: SQLite waiting for the disk on every commit, as PostgreSQL does. */
  readonly sqliteFullSyncOneReplicaRps: number;
  readonly postgresOneReplicaRps: number;
  readonly postgresTwoReplicasRps: number;
  /** `postgresTwoReplicasRps / postgresOneReplicaRps` (target ≥ 1.6 where the load generator allows). */
  readonly twoReplicaScaling: number;
  /** `postgresOneReplicaRps / sqliteOneReplicaRps`. */
  readonly postgresVsSqlite: number;
  /** Connections in every measurement (split evenly across two replicas). */
  readonly connections: number;
}

export async function measureReplicaThroughput(options: ReplicaThroughputOptions): Promise<ReplicaThroughputResult> {
  const directory = mkdtempSync(join(tmpdir(), 'plumbline-replica-bench-'));
  const gateways: GatewayProcess[] = [];
  try {
    const base = {
      PLUMBLINE_DB: options.engineDatabasePath,
      PLUMBLINE_DEV_KEY: join(directory, 'development-key.json'),
      PLUMBLINE_AUDIT_KEY_FILE: join(directory, 'audit-key.pem'),
      PLUMBLINE_DEMO: 'false',
      PLUMBLINE_PORT: '0',
      PLUMBLINE_RATE_LIMIT: '0',
      PLUMBLINE_LOG_LEVEL: 'warn',
    };
    loadHeadSigner(base.PLUMBLINE_AUDIT_KEY_FILE, true);
    const key = await ensureDevelopmentKey(base.PLUMBLINE_DEV_KEY);
    const token = await mintToken(key, { subject: 'benchmark', roles: ['analyst'], issuer: DEVELOPMENT_ISSUER, audience: DEFAULT_AUDIENCE, ttl: '2h' });
    const headers = { authorization: `Bearer ${token}`, 'plumbline-justification': 'BENCHMARK' };
    const replica = (name: string, settings: Record<string, string>, subjectId = options.subjectId) =>
      startGatewayProcess(options.plumbline, {
        ...base,
        ...settings,
        PLUMBLINE_AUDIT_WITNESS: join(directory, `${name}.witness.json`),
        PLUMBLINE_REPLICA_ID: name,
      }).then((gateway) => {
        gateways.push(gateway);
        return { name, url: gateway.url, paths: [`/v1/subjects/${encodeURIComponent(subjectId)}`], headers } satisfies Target;
      });
    const sqlite = await replica('sqlite', { PLUMBLINE_AUDIT_DB: join(directory, 'audit.db') });
    const sqliteFull = await replica('sqlite-full', { PLUMBLINE_AUDIT_DB: join(directory, 'audit-full.db'), PLUMBLINE_AUDIT_SYNC: 'full' });
    const postgres = { PLUMBLINE_DATABASE_URL: options.engineDatabaseUrl, PLUMBLINE_AUDIT_DB: join(directory, 'unused-audit.db') };
    const [first, second] = await Promise.all([
      replica('postgres-1', postgres, options.postgresSubjectId),
      replica('postgres-2', postgres, options.postgresSubjectId),
    ]);

    const connections = Math.max(2, options.connections - (options.connections % 2));
    const measured = { sqlite: [] as number[], sqliteFull: [] as number[], one: [] as number[], two: [] as number[] };
    const settings = (share: number) => ({ seconds: options.seconds, connections: connections / share });
    const checked = async (target: Target, share: number) => {
      const result = await loadOnce(target, settings(share));
      if (result.non2xx > 0 || result.errors > 0)
        throw new Error(`replica benchmark (${target.name}): ${result.non2xx} answers were not 2xx and ${result.errors} failed.`);
      return result.requestsPerSecond;
    };
    for (let round = 1; round <= options.rounds; round += 1) {
      options.onProgress?.(`replicas: SQLite audit, one replica, round ${round} of ${options.rounds}`);
      measured.sqlite.push(await checked(sqlite, 1));
      options.onProgress?.(`replicas: SQLite audit synchronous=full, one replica, round ${round} of ${options.rounds}`);
      measured.sqliteFull.push(await checked(sqliteFull, 1));
      options.onProgress?.(`replicas: PostgreSQL audit, one replica, round ${round} of ${options.rounds}`);
      measured.one.push(await checked(first, 1));
      options.onProgress?.(`replicas: PostgreSQL audit, two replicas, round ${round} of ${options.rounds}`);
      const both = await Promise.all([checked(first, 2), checked(second, 2)]);
      measured.two.push(both[0] + both[1]);
    }
    const sqliteOneReplicaRps = median(measured.sqlite);
    const postgresOneReplicaRps = median(measured.one);
    const postgresTwoReplicasRps = median(measured.two);
    return {
      sqliteOneReplicaRps,
      sqliteFullSyncOneReplicaRps: median(measured.sqliteFull),
      postgresOneReplicaRps,
      postgresTwoReplicasRps,
      twoReplicaScaling: postgresTwoReplicasRps / postgresOneReplicaRps,
      postgresVsSqlite: postgresOneReplicaRps / sqliteOneReplicaRps,
      connections,
    };
  } finally {
    await Promise.all(gateways.map((gateway) => gateway.kill('SIGTERM')));
    rmSync(directory, { recursive: true, force: true });
  }
}
