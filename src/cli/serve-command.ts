import { parseArgs } from 'node:util';
import type { FastifyBaseLogger } from 'fastify';
import { buildGateway } from '../gateway/app.js';
import { AuditTrail, AuditTrailBrokenError } from '../gateway/audit/audit-trail.js';
import { openAuditStore, type AuditStore } from '../gateway/audit/audit-store.js';
import { createServeLogger } from '../gateway/logging.js';
import { securityFromConfig, type ConfiguredSecurity } from '../gateway/security/gateway-security.js';
import { developmentTokenCommand } from '../gateway/security/development-key.js';
import type { GatewayConfig } from '../config/gateway-config.js';
import { describeUnknownSettings } from '../config/unknown-settings.js';
import { unknownSettingsIn } from './unknown-settings-check.js';
import { ConfigError } from '../adapter/config-error.js';
import { createCandidateAdapter, createConfiguredAdapter, createContainer } from '../config/container.js';
import { ParallelRun } from '../parallel-run/parallel-run.js';
import { loadAdapterFactories } from './adapter-factories.js';
import { StartupError, UsageError, readGatewayConfig, type Command } from './command.js';
import { checkCanListen, checkWritableFile, explainListenError } from './startup-checks.js';
import { progressLine } from './progress-line.js';
import type { PlumblineAdapterV1 } from '../adapter/adapter-v1.js';
import type { LoadSummary } from '../demo/load-force.js';
import { writeDemoEquality } from '../demo/demo-equality.js';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  DEMO_CAPABILITIES,
  DEMO_DEFAULTS,
  demoMarker,
  demoOptionsOf,
  loadDemoForce,
  loadMarked,
  storeState,
  type StoreState,
} from '../demo/load-demo-force.js';

/**
 * Loads the demo into an empty store, or finishes a demo load that was interrupted; a store that
 * holds anything else is never touched. Returns what the store holds now, for the banner.
 */
async function prepareStore(adapter: PlumblineAdapterV1, config: GatewayConfig): Promise<StoreState> {
  if (!DEMO_CAPABILITIES.every((capability) => adapter.capabilities.includes(capability))) return { kind: 'other' };
  const state = await storeState(adapter, config.databasePath);
  if (!config.demo) return state;
  const resuming = state.kind === 'interrupted' && state.marker.kind === 'demo';
  if (state.kind !== 'empty' && !resuming) return state;

  const options = resuming ? demoOptionsOf(state.marker) : { ...DEMO_DEFAULTS, people: config.demoPeople };
  const progress = progressLine('demo');
  progress.step(
    resuming
      ? `finishing the demo load that was interrupted on ${state.marker.startedAt} (${options.people.toLocaleString('en-GB')} people; what is already in the store is kept)`
      : `loading a synthetic demo force of ${options.people.toLocaleString('en-GB')} people into the empty store ${config.databasePath}`,
  );
  await loadMarked(config.databasePath, demoMarker(options), () => loadDemoForce(adapter, options, progress));
  // The demo's equality data, as an auditor would hold it: beside the store, never in it.
  await writeDemoEquality(options, demoEqualityPath(config));
  progress.done();
  return storeState(adapter, config.databasePath);
}

/** Where the demo's equality file (for trying the fairness audit) is written. */
function demoEqualityPath(config: GatewayConfig): string {
  return join(dirname(config.databasePath), 'demo-equality.csv');
}

/** One or two lines on what the store holds: the first thing a user needs to know about it. */
function describeStore(state: StoreState, config: GatewayConfig): string[] {
  const store = config.databasePath;
  switch (state.kind) {
    case 'empty':
      return [
        `  store        ${store} is empty${config.demo ? '' : ' (PLUMBLINE_DEMO=false)'}: load data with POST /v1/sources/{sourceId}/records, or \`npx plumbline load --data DIR\``,
      ];
    case 'other':
      return [`  store        ${store} holds data that no plumbline load put there (the demo loads only into an empty store)`];
    case 'interrupted':
      return [
        `  store        ${store} holds an UNFINISHED load of ${state.marker.from}, interrupted on ${state.marker.startedAt}:`,
        state.marker.kind === 'demo'
          ? '               start with PLUMBLINE_DEMO=true to finish it (what is there is kept)'
          : `               finish it with \`npx plumbline load --data ${state.marker.from}\` (what is there is kept)`,
      ];
    case 'loaded': {
      const summary = state.marker.summary!;
      const what =
        state.marker.kind === 'demo'
          ? `the demo force (${state.marker.people.toLocaleString('en-GB')} people)`
          : `${state.marker.from} (${state.marker.people.toLocaleString('en-GB')} people)`;
      return [
        `  store        ${store} holds ${what}, loaded ${state.marker.completedAt?.slice(0, 16).replace('T', ' ')} in ${summary.seconds.toFixed(0)} s:`,
        `               ${summary.records.toLocaleString('en-GB')} records, ${summary.subjects.toLocaleString('en-GB')} subjects, ${summary.openFlags.toLocaleString('en-GB')} open flags as of ${summary.asOf}`,
      ];
    }
  }
}

function nextSteps(address: string, config: GatewayConfig, security: ConfiguredSecurity, summary: LoadSummary | undefined): string[] {
  const token =
    security.mode === 'development'
      ? `  TOKEN=$(${developmentTokenCommand(config.developmentKeyPath, config.authAudience, 'analyst reviewer')})`
      : `  TOKEN=<a token from ${config.authIssuer} with the analyst role>`;
  const get = (path: string) => `curl -H "Authorization: Bearer $TOKEN" -H "Plumbline-Justification: DEMO-1" '${address}${path}'`;
  return [
    '',
    'Try it:',
    token,
    `  open flags   ${get('/v1/flags?status=open&limit=5')}`,
    ...(summary?.sampleSubjectId ? [`  a subject    ${get(`/v1/subjects/${summary.sampleSubjectId}`)}`] : []),
    `  or open ${address}/docs, press Authorize, paste the token, and try GET /v1/flags`,
    ...(existsSync(demoEqualityPath(config)) && security.mode === 'development'
      ? [
          `  fairness     npx plumbline fairness --url ${address} --token "$(${developmentTokenCommand(config.developmentKeyPath, config.authAudience, 'auditor')})" --equality ${demoEqualityPath(config)} --out fairness/`,
        ]
      : []),
  ];
}

/** Turns what stopped the start into a StartupError naming its setting, when it can. */
function startupFailure(error: unknown, what: string, settings: string): StartupError {
  if (error instanceof StartupError) return error;
  if (error instanceof ConfigError) return new StartupError(error.message);
  return new StartupError(`${what}: ${(error as Error).message ?? String(error)}. Check ${settings}.`);
}

export const serveCommand: Command = {
  usage: `plumbline serve [--adapter NAME] [--host HOST] [--port PORT] [--db FILE] [--log-level LEVEL] [--demo true|false]
                [--audit-db FILE | --database-url URL] [--auth-jwks-url URL | --auth-key-file FILE] [--auth-issuer ISS] [--auth-audience AUD]

Every option has an environment variable; options win:
  --adapter     PLUMBLINE_ADAPTER    adapter to serve (default reference)
  --host        PLUMBLINE_HOST       interface (default 127.0.0.1)
  --port        PLUMBLINE_PORT       port (default 8080)
  --db          PLUMBLINE_DB         embedded store file (default ./data/plumbline.db)
                PLUMBLINE_CANDIDATE_ADAPTER a candidate run in parallel, fed and compared, never
                answering (docs/parallel-run.md); PLUMBLINE_CANDIDATE_DB its store (./data/candidate.db)
  --log-level   PLUMBLINE_LOG_LEVEL  fatal|error|warn|info|debug|trace|silent (default info)
  --demo        PLUMBLINE_DEMO       load a synthetic demo force into an empty store (default true);
                PLUMBLINE_DEMO_PEOPLE its size (default 2000); an interrupted demo load is finished
                at the next start
  --audit-db       PLUMBLINE_AUDIT_DB       the audit trail (default ./data/audit.db)
  --database-url   PLUMBLINE_DATABASE_URL   postgres://…: the audit trail and the reference engine's store,
                                            shared by every replica (docs/deployment.md);
                                            PLUMBLINE_REPLICA_ID names this one
  --auth-jwks-url  PLUMBLINE_AUTH_JWKS_URL  the identity provider's JWKS URL
  --auth-key-file  PLUMBLINE_AUTH_KEY_FILE  or a local JWKS, JWK or PEM public key file
  --auth-issuer    PLUMBLINE_AUTH_ISSUER    the iss tokens must carry (required with real keys)
  --auth-audience  PLUMBLINE_AUTH_AUDIENCE  the aud tokens must include (default plumbline)
Authentication is always on. Without real keys (never in production, NODE_ENV=production) a
development key is created in ./data/ for \`plumbline token\`. The audit trail is verified before
anything else; one that fails stops the start. More settings (PLUMBLINE_AUDIT_SYNC,
PLUMBLINE_AUDIT_KEY_FILE, PLUMBLINE_AUDIT_WITNESS, PLUMBLINE_AUDIT_ACCEPT_BROKEN, PLUMBLINE_RATE_LIMIT,
PLUMBLINE_CORS_ORIGINS, PLUMBLINE_DEV_KEY, PLUMBLINE_REQUEST_TIMEOUT, PLUMBLINE_MAX_CONNECTIONS) are
in docs/security.md.
Adapter settings come from PLUMBLINE_<ADAPTER>_<SETTING> variables (see the README); the reference
engine's run worker heap from PLUMBLINE_RUN_HEAP_MB (default 1024).`,
  async run(argv) {
    const { values } = parseArgs({
      args: argv,
      options: {
        adapter: { type: 'string' },
        host: { type: 'string' },
        port: { type: 'string' },
        db: { type: 'string' },
        'log-level': { type: 'string' },
        demo: { type: 'string' },
        'audit-db': { type: 'string' },
        'database-url': { type: 'string' },
        'auth-jwks-url': { type: 'string' },
        'auth-key-file': { type: 'string' },
        'auth-issuer': { type: 'string' },
        'auth-audience': { type: 'string' },
      },
      strict: true,
    });
    const config = readGatewayConfig({
      adapter: values.adapter,
      host: values.host,
      port: values.port,
      databasePath: values.db,
      logLevel: values['log-level'],
      demo: values.demo,
      auditDatabasePath: values['audit-db'],
      databaseUrl: values['database-url'],
      authJwksUrl: values['auth-jwks-url'],
      authKeyFile: values['auth-key-file'],
      authIssuer: values['auth-issuer'],
      authAudience: values['auth-audience'],
    });
    // What can be checked in a second is checked before any data is touched or the demo loads.
    checkWritableFile(config.databasePath, { variable: 'PLUMBLINE_DB', option: 'db' });
    if (!config.databaseUrl) checkWritableFile(config.auditDatabasePath, { variable: 'PLUMBLINE_AUDIT_DB', option: 'audit-db' });
    if (!config.authJwksUrl && !config.authKeyFile) checkWritableFile(config.developmentKeyPath, { variable: 'PLUMBLINE_DEV_KEY' });
    await checkCanListen(config.host, config.port);

    let configured: ConfiguredSecurity;
    try {
      // Before the adapter is made: a gateway that may not start must not touch any data.
      configured = await securityFromConfig(config, process.env);
    } catch (error) {
      if (error instanceof ConfigError) throw new UsageError(error.message);
      throw startupFailure(error, 'The signing keys could not be read', 'PLUMBLINE_AUTH_KEY_FILE, PLUMBLINE_AUTH_JWKS_URL or PLUMBLINE_DEV_KEY');
    }

    let auditTrail: AuditStore;
    try {
      // Verified before any data is touched: a broken trail stops the start here, unless accepted.
      auditTrail = await openAuditStore(configured.security.audit);
    } catch (error) {
      if (error instanceof AuditTrailBrokenError) throw new StartupError(error.message);
      throw startupFailure(
        error,
        'The audit trail could not be opened',
        'PLUMBLINE_AUDIT_DB or PLUMBLINE_DATABASE_URL, PLUMBLINE_AUDIT_KEY_FILE or PLUMBLINE_AUDIT_WITNESS',
      );
    }

    const log: FastifyBaseLogger = createServeLogger(config.logLevel, process.stdout.isTTY === true);
    // Stopped during the demo load: everything acknowledged is kept and the next start finishes the load.
    const interrupted = () => {
      process.stderr.write(`\nStopped before the gateway started. The next start finishes any demo load left unfinished.\n`);
      process.exit(130);
    };
    process.once('SIGINT', interrupted);
    process.once('SIGTERM', interrupted);

    let adapter: PlumblineAdapterV1;
    let candidate: PlumblineAdapterV1 | undefined;
    try {
      const factories = await loadAdapterFactories([config.adapter, ...(config.candidateAdapter ? [config.candidateAdapter] : [])]);
      const unknown = unknownSettingsIn(process.env, factories);
      if (unknown.length > 0) log.warn({ variables: unknown.map((setting) => setting.variable) }, describeUnknownSettings(unknown));
      const container = createContainer(config, factories);
      adapter = await createConfiguredAdapter(container, process.env, log.child({ adapter: config.adapter }));
      candidate = await createCandidateAdapter(container, process.env, log.child({ candidate: config.candidateAdapter })).catch(async (error) => {
        await adapter.close().catch(() => {});
        throw error;
      });
    } catch (error) {
      await auditTrail.close();
      if (error instanceof ConfigError) throw new UsageError(error.message);
      const which = config.candidateAdapter ?? config.adapter;
      throw startupFailure(
        error,
        `The "${which}" adapter could not start`,
        `PLUMBLINE_DB (--db), PLUMBLINE_CANDIDATE_DB and the PLUMBLINE_${which.toUpperCase()}_… settings`,
      );
    }
    let state: StoreState;
    try {
      state = await prepareStore(adapter, config);
    } catch (error) {
      await adapter.close().catch(() => {});
      await auditTrail.close();
      throw startupFailure(error, 'The demo could not be loaded', 'PLUMBLINE_DB (--db), or set PLUMBLINE_DEMO=false');
    }
    // The candidate is fed from here on: the demo load above reached the primary only (docs/parallel-run.md).
    if (candidate && !(auditTrail instanceof AuditTrail)) {
      await Promise.all([adapter.close(), candidate.close(), auditTrail.close()]);
      // The outbox commits with the audit outcome in the trail's own database: built on SQLite only so far.
      throw new UsageError(
        'PLUMBLINE_CANDIDATE_ADAPTER needs the embedded audit trail for its outbox: unset PLUMBLINE_DATABASE_URL (a parallel run over PostgreSQL is future work, docs/parallel-run.md)',
      );
    }
    const parallelRun =
      candidate && auditTrail instanceof AuditTrail
        ? new ParallelRun({
            primary: adapter,
            candidate,
            trail: auditTrail,
            onProblem: (message, error) => log.warn({ err: error }, `parallel run: ${message}`),
          })
        : undefined;
    const app = await buildGateway({
      adapter,
      parallelRun,
      loggerInstance: log,
      security: configured.security,
      auditTrail,
      limits: { requestTimeoutMs: config.requestTimeout * 1000, maxConnections: config.maxConnections },
    });
    let address: string;
    try {
      address = await app.listen({ host: config.host, port: config.port });
    } catch (error) {
      await app.close().catch(() => {});
      throw explainListenError(error, config.host, config.port) ?? error;
    }

    process.removeListener('SIGINT', interrupted);
    process.removeListener('SIGTERM', interrupted);
    const stop = async (signal: string) => {
      app.log.info({ signal }, 'shutting down');
      await app.close();
      process.exit(0);
    };
    process.once('SIGINT', () => void stop('SIGINT'));
    process.once('SIGTERM', () => void stop('SIGTERM'));

    process.stderr.write(
      [
        '',
        `Plumbline gateway on ${address} with the "${adapter.identity.id}" adapter`,
        ...(candidate
          ? [
              `  candidate    "${candidate.identity.id}" runs in parallel (store ${config.candidateDatabasePath}): fed every accepted write, never answering; GET /v1/parallel-run`,
            ]
          : []),
        ...describeStore(state, config),
        `  API docs     ${address}/docs`,
        `  contract     ${address}/openapi.json`,
        `  audit trail  ${auditTrail.location}, heads signed by key ${auditTrail.signer.keyId}${auditTrail.signer.development ? ' (DEVELOPMENT key, refused in production)' : ''}, witness ${auditTrail.witness?.path}`,
        configured.mode === 'development'
          ? `  tokens       signed with the development key ${config.developmentKeyPath}`
          : `  tokens       issued by ${config.authIssuer}`,
        ...nextSteps(address, config, configured, state.kind === 'loaded' ? state.marker.summary : undefined),
        '',
      ].join('\n'),
    );
    return new Promise<number>(() => {});
  },
};
