import { parseArgs } from 'node:util';
import { buildGateway } from '../gateway/app.js';
import { securityFromConfig, type ConfiguredSecurity } from '../gateway/security/gateway-security.js';
import { ConfigError, loadGatewayConfig, type GatewayConfig } from '../config/gateway-config.js';
import { createConfiguredAdapter, createContainer } from '../config/container.js';
import { loadAdapterFactories } from './adapter-factories.js';
import { UsageError, type Command } from './command.js';
import type { PlumblineAdapterV1 } from '../adapter/adapter-v1.js';
import { DEMO_DEFAULTS, isEmpty, loadDemoForce, type DemoSummary } from '../demo/load-demo-force.js';
import { writeDemoEquality } from '../demo/demo-equality.js';
import { dirname, join } from 'node:path';

/** The demo needs ingest, consolidation and flagging; a store that already holds data is never touched. */
async function loadDemoIfEmpty(adapter: PlumblineAdapterV1, equalityPath: string): Promise<DemoSummary | undefined> {
  const needed = ['sources', 'records.ingest', 'consolidation', 'flagging'] as const;
  if (!needed.every((capability) => adapter.capabilities.includes(capability)) || !(await isEmpty(adapter))) return undefined;
  const summary = await loadDemoForce(adapter, DEMO_DEFAULTS, (message) => process.stderr.write(`${message}\n`));
  await writeDemoEquality(DEMO_DEFAULTS, equalityPath);
  return summary;
}

function demoLines(address: string, demo: DemoSummary | undefined, equalityPath: string): string[] {
  if (!demo) return [];
  const get = (path: string) => `curl -H "authorization: Bearer $TOKEN" -H "plumbline-justification: DEMO-1" ${address}${path}`;
  return [
    '',
    `Demo force loaded in ${demo.seconds.toFixed(0)} s: ${demo.records.toLocaleString('en-GB')} synthetic records, ${demo.subjects.toLocaleString('en-GB')} subjects, ${demo.openFlags} open flags (as of ${demo.asOf}).`,
    '  TOKEN=$(npx plumbline token --role analyst --sub you)',
    `  open flags   ${get('/v1/flags?status=open')}`,
    ...(demo.sampleSubjectId ? [`  a subject    ${get(`/v1/subjects/${demo.sampleSubjectId}`)}`] : []),
    `  fairness     npx plumbline fairness --url ${address} --token "$(npx plumbline token --role auditor --sub you)" --equality ${equalityPath} --out fairness/`,
  ];
}

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Run the gateway (npm start runs this with the reference engine and demo data)',
  usage: `plumbline serve [--adapter NAME] [--host HOST] [--port PORT] [--db FILE] [--log-level LEVEL] [--demo true|false]
                [--audit-db FILE] [--auth-jwks-url URL | --auth-key-file FILE] [--auth-issuer ISS] [--auth-audience AUD]

Every option has an environment variable; options win:
  --adapter     PLUMBLINE_ADAPTER    adapter to serve (default reference)
  --host        PLUMBLINE_HOST       interface (default 127.0.0.1)
  --port        PLUMBLINE_PORT       port (default 8080)
  --db          PLUMBLINE_DB         embedded store file (default ./data/plumbline.db)
  --log-level   PLUMBLINE_LOG_LEVEL  fatal|error|warn|info|debug|trace|silent (default info)
  --demo        PLUMBLINE_DEMO       load a synthetic demo force into an empty store (default true)
  --audit-db       PLUMBLINE_AUDIT_DB       the audit trail (default ./data/audit.db)
  --auth-jwks-url  PLUMBLINE_AUTH_JWKS_URL  the identity provider's JWKS URL
  --auth-key-file  PLUMBLINE_AUTH_KEY_FILE  or a local JWKS, JWK or PEM public key file
  --auth-issuer    PLUMBLINE_AUTH_ISSUER    the iss tokens must carry (required with real keys)
  --auth-audience  PLUMBLINE_AUTH_AUDIENCE  the aud tokens must include (default plumbline)
Authentication is always on. Without real keys (never in production, NODE_ENV=production) a
development key is created in ./data/ for \`plumbline token\`. More settings (PLUMBLINE_AUDIT_SYNC,
PLUMBLINE_RATE_LIMIT, PLUMBLINE_CORS_ORIGINS, PLUMBLINE_DEV_KEY) are in docs/security.md.
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
        'auth-jwks-url': { type: 'string' },
        'auth-key-file': { type: 'string' },
        'auth-issuer': { type: 'string' },
        'auth-audience': { type: 'string' },
      },
      strict: true,
    });
    let config: GatewayConfig;
    let configured: ConfiguredSecurity;
    try {
      config = loadGatewayConfig(process.env, {
        adapter: values.adapter,
        host: values.host,
        port: values.port,
        databasePath: values.db,
        logLevel: values['log-level'],
        demo: values.demo,
        auditDatabasePath: values['audit-db'],
        authJwksUrl: values['auth-jwks-url'],
        authKeyFile: values['auth-key-file'],
        authIssuer: values['auth-issuer'],
        authAudience: values['auth-audience'],
      });
      // Before the adapter is made: a gateway that may not start must not touch any data.
      configured = await securityFromConfig(config, process.env);
    } catch (error) {
      if (error instanceof ConfigError) throw new UsageError(error.message);
      throw error;
    }

    const container = createContainer(config, await loadAdapterFactories());
    const logger = {
      level: config.logLevel,
      // Tokens and justifications never reach the logs.
      redact: ['req.headers.authorization', 'req.headers["plumbline-justification"]'],
    };
    const bootLog = (details: object, message: string) => process.stderr.write(`${message} ${JSON.stringify(details)}\n`);
    let adapter;
    try {
      adapter = await createConfiguredAdapter(container, process.env, { info: bootLog, warn: bootLog, error: bootLog });
    } catch (error) {
      if (error instanceof ConfigError) throw new UsageError(error.message);
      throw error;
    }
    // The demo's equality data, as an auditor would hold it: beside the store, never in it.
    const equalityPath = join(dirname(config.databasePath), 'demo-equality.csv');
    const demo = config.demo ? await loadDemoIfEmpty(adapter, equalityPath) : undefined;
    const app = await buildGateway({ adapter, logger, security: configured.security });
    const address = await app.listen({ host: config.host, port: config.port });

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
        `  API docs     ${address}/docs`,
        `  contract     ${address}/openapi.json`,
        `  meta         ${address}/v1/meta`,
        `  audit trail  ${config.auditDatabasePath}`,
        ...demoLines(address, demo, equalityPath),
        configured.mode === 'development'
          ? `  tokens       development key ${config.developmentKeyPath}: npx plumbline token --role analyst --sub you`
          : `  tokens       issued by ${config.authIssuer}`,
        '',
      ].join('\n'),
    );
    return new Promise<number>(() => {});
  },
};
