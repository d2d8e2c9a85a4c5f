/**
 * The audit trail's crash check: starts a real gateway (reference engine, SQLite), ingests and
 * erases records from several clients at once, kills it with SIGKILL at a random moment, and
 * repeats. A last start concludes the attempts left open. Then it compares the store with the
 * trail: every record stored must be named by an `ingestRecords` entry and every acknowledged
 * record that is gone by an `eraseRecord` entry. The trail is also verified as each kill left it
 * (its last entries may be chained but not yet signed: not a problem). `plumbline audit crash-check` runs it at full
 * counts; a test runs one round.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { exampleOf, SourceRegistration, UseOfForceRecord } from '../contract/index.js';
import { DEFAULT_AUDIENCE, DEVELOPMENT_ISSUER, ensureDevelopmentKey, mintToken } from '../gateway/security/development-key.js';
import { verifyAuditFile } from '../gateway/audit/audit-verifier.js';
import { startGatewayProcess, type GatewayProcess } from '../bench/gateway-process.js';
import { loadHeadSigner, loadHeadVerificationKey } from '../gateway/audit/audit-signing.js';

export interface CrashCheckOptions {
  /** A folder for the store, the trail and the keys (created when missing). */
  readonly directory: string;
  /** How to start `plumbline` (the executable and its first arguments). */
  readonly plumbline: readonly string[];
  /** How many times the gateway is killed. */
  readonly rounds: number;
  /** Load before each kill: a random time up to this, once the load is under way. */
  readonly killWithinMs?: number;
  /** Records per ingest request. */
  readonly batchSize?: number;
  /** Clients sending at once. */
  readonly clients?: number;
  /** Called after each round, for progress. */
  readonly onRound?: (round: number) => void;
}

export interface CrashCheckReport {
  readonly rounds: number;
  /** Records whose ingest was answered 2xx. */
  readonly acknowledgedRecords: number;
  /** Records in the store at the end. */
  readonly storedRecords: number;
  /** Erasures answered 2xx. */
  readonly acknowledgedErasures: number;
  /** Stored records no `ingestRecords` entry names: must be 0. */
  readonly storedWithoutEntry: number;
  /** Acknowledged records gone from the store that no `eraseRecord` entry names: must be 0. */
  readonly erasedWithoutEntry: number;
  /** Acknowledged records gone from the store that no one asked to erase: lost data, must be 0. */
  readonly lostRecords: number;
  /** Attempts concluded as `unknown` at a start after a kill. */
  readonly outcomesUnknown: number;
  /** Problems `audit verify` finds in the trail: must be 0. */
  readonly chainProblems: number;
  /**
   * Problems `audit verify` finds in the trail as each kill left it, before the next start: must
   * be 0 (a tail whose head was not due yet is chained but unsigned, not a problem).
   */
  readonly problemsAfterKill: number;
  /** Kills that left such a tail, signed by the next start (see docs/security.md). */
  readonly unsignedTailsAfterKill: number;
}

const SOURCE = 'crash-check';

function environmentFor(directory: string): Record<string, string> {
  return {
    PLUMBLINE_DB: join(directory, 'plumbline.db'),
    PLUMBLINE_AUDIT_DB: join(directory, 'audit.db'),
    PLUMBLINE_DEV_KEY: join(directory, 'development-key.json'),
    PLUMBLINE_AUDIT_KEY_FILE: join(directory, 'audit-signing-key.pem'),
    PLUMBLINE_AUDIT_WITNESS: join(directory, 'audit-witness.json'),
    PLUMBLINE_DEMO: 'false',
    PLUMBLINE_PORT: '0',
    PLUMBLINE_RATE_LIMIT: '0',
    PLUMBLINE_LOG_LEVEL: 'warn',
  };
}

function startGateway(options: CrashCheckOptions): Promise<GatewayProcess> {
  return startGatewayProcess(options.plumbline, environmentFor(options.directory));
}

/** Runs the check; the report says what was found, for the caller to judge. */
export async function runCrashCheck(options: CrashCheckOptions): Promise<CrashCheckReport> {
  mkdirSync(options.directory, { recursive: true });
  const batchSize = options.batchSize ?? 50;
  const clients = options.clients ?? 4;
  const killWithinMs = options.killWithinMs ?? 1_500;
  const environment = environmentFor(options.directory);
  loadHeadSigner(environment.PLUMBLINE_AUDIT_KEY_FILE, true); // the audit key, created once
  const key = await ensureDevelopmentKey(environment.PLUMBLINE_DEV_KEY);
  const token = await mintToken(key, { subject: 'crash-check', roles: ['admin'], issuer: DEVELOPMENT_ISSUER, audience: DEFAULT_AUDIENCE, ttl: '1h' });
  const headers = { authorization: `Bearer ${token}`, 'plumbline-justification': 'CRASH-CHECK' };
  const jsonHeaders = { ...headers, 'content-type': 'application/json' };
  const template = exampleOf(UseOfForceRecord);

  const acknowledged = new Set<string>();
  const erased = new Set<string>();
  // Victims already tried: an erasure committed just before a kill answers 404 when tried again.
  const tried = new Set<string>();
  let erasuresAnswered = 0;
  let problemsAfterKill = 0;
  let unsignedTailsAfterKill = 0;
  let next = 0;
  for (let round = 1; round <= options.rounds; round += 1) {
    const gateway = await startGateway(options);
    const put = await fetch(`${gateway.url}/v1/sources/${SOURCE}`, {
      method: 'PUT',
      headers: jsonHeaders,
      body: JSON.stringify(exampleOf(SourceRegistration)),
    });
    if (put.status >= 300) throw new Error(`registering the source answered ${put.status}: ${await put.text()}`);
    let running = true;
    const client = async (index: number) => {
      while (running) {
        const ids = Array.from({ length: batchSize }, () => `R-${(next += 1)}`);
        try {
          const response = await fetch(`${gateway.url}/v1/sources/${SOURCE}/records`, {
            method: 'POST',
            headers: jsonHeaders,
            body: JSON.stringify({ records: ids.map((recordId) => ({ ...template, recordId })) }),
          });
          if (response.ok) for (const id of ids) acknowledged.add(id);
          // The first client also erases an acknowledged record after each of its batches.
          const victim = index === 0 ? [...acknowledged].find((id) => !tried.has(id)) : undefined;
          if (victim) {
            tried.add(victim);
            const erasure = await fetch(`${gateway.url}/v1/sources/${SOURCE}/records/${victim}`, { method: 'DELETE', headers });
            erasuresAnswered += 1;
            if (erasure.ok) erased.add(victim);
          }
        } catch {
          return; // the gateway was killed
        }
      }
    };
    const load = Array.from({ length: clients }, (_, index) => client(index));
    // Killed at a random moment once the load is under way (an erasure answered).
    const answeredBefore = erasuresAnswered;
    const deadline = Date.now() + 60_000;
    while (erasuresAnswered === answeredBefore) {
      if (Date.now() > deadline) throw new Error('no erasure was answered within 60 s: the load never got under way');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await new Promise((resolve) => setTimeout(resolve, killWithinMs * Math.random()));
    await gateway.kill('SIGKILL');
    running = false;
    await Promise.all(load);
    const afterKill = verifyTrail(options.directory);
    problemsAfterKill += afterKill.problems.length;
    if (afterKill.unsignedTail) unsignedTailsAfterKill += 1;
    options.onRound?.(round);
  }
  // A last start concludes the attempts the last kill left open; a clean stop closes the files.
  await (await startGateway(options)).kill('SIGTERM');
  return { ...compare(options.directory, acknowledged, erased, tried, options.rounds), problemsAfterKill, unsignedTailsAfterKill };
}

/** `audit verify` of the check's trail, with its key and witness. */
function verifyTrail(directory: string) {
  const { PLUMBLINE_AUDIT_DB, PLUMBLINE_AUDIT_KEY_FILE, PLUMBLINE_AUDIT_WITNESS } = environmentFor(directory);
  return verifyAuditFile(PLUMBLINE_AUDIT_DB, { publicKey: loadHeadVerificationKey(PLUMBLINE_AUDIT_KEY_FILE), witnessPath: PLUMBLINE_AUDIT_WITNESS });
}

function compare(
  directory: string,
  acknowledged: Set<string>,
  erased: Set<string>,
  tried: Set<string>,
  rounds: number,
): Omit<CrashCheckReport, 'problemsAfterKill' | 'unsignedTailsAfterKill'> {
  const { PLUMBLINE_DB, PLUMBLINE_AUDIT_DB } = environmentFor(directory);
  const store = new Database(PLUMBLINE_DB, { readonly: true });
  const stored = new Set(
    store.prepare<[string], { id: string }>('SELECT record_id AS id FROM record_rows WHERE source_id = ?').pluck().all(SOURCE) as unknown as string[],
  );
  store.close();
  const audit = new Database(PLUMBLINE_AUDIT_DB, { readonly: true });
  const named = (operation: string) => {
    const ids = new Set<string>();
    for (const targets of audit
      .prepare<[string], string>('SELECT targets FROM audit_events WHERE operation = ?')
      .pluck()
      .all(operation) as unknown as string[]) {
      for (const target of JSON.parse(targets) as { type: string; id: string }[]) if (target.type === 'record') ids.add(target.id.slice(SOURCE.length + 1));
    }
    return ids;
  };
  const ingested = named('ingestRecords');
  const erasures = named('eraseRecord');
  const outcomesUnknown = audit.prepare('SELECT COUNT(*) FROM audit_events WHERE status = 0 AND attempt IS NOT NULL').pluck().get() as number;
  audit.close();
  const gone = [...acknowledged].filter((id) => !stored.has(id));
  return {
    rounds,
    acknowledgedRecords: acknowledged.size,
    storedRecords: stored.size,
    acknowledgedErasures: erased.size,
    storedWithoutEntry: [...stored].filter((id) => !ingested.has(id)).length,
    erasedWithoutEntry: gone.filter((id) => !erasures.has(id)).length,
    lostRecords: gone.filter((id) => !tried.has(id)).length,
    outcomesUnknown,
    chainProblems: verifyTrail(directory).problems.length,
  };
}
