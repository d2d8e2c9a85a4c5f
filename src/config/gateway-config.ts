/**
 * The gateway's configuration: environment variables or matching `plumbline serve` options,
 * validated once at start-up so that a mistake stops the process with a clear message instead
 * of surfacing later as a strange failure.
 */
import { ConfigError } from '../adapter/config-error.js';
import { z } from 'zod';

/**
 * A whole number written in a setting. `z.coerce.number()` would turn "abc" into NaN and report
 * "received NaN"; this says what is expected instead.
 */
function wholeNumber(min: number, max: number, example: string) {
  return z
    .string()
    .trim()
    .regex(/^\d+$/, { error: `must be a whole number from ${min} to ${max}, such as ${example}` })
    .transform(Number)
    .pipe(
      z
        .number()
        .int()
        .min(min, { error: `must be at least ${min}` })
        .max(max, { error: `must be at most ${max}` }),
    );
}

/** Where `plumbline serve` and `plumbline token` keep the development key unless told otherwise. */
export const DEFAULT_DEVELOPMENT_KEY_PATH = './data/development-key.json';

export const GatewayConfig = z.object({
  adapter: z.string().min(1).default('reference').describe('Which adapter to serve (PLUMBLINE_ADAPTER).'),
  host: z.string().min(1).default('127.0.0.1').describe('Interface to listen on (PLUMBLINE_HOST).'),
  port: wholeNumber(0, 65535, '8080 (0 picks a free port)').default(8080).describe('Port to listen on (PLUMBLINE_PORT).'),
  databasePath: z.string().min(1).default('./data/plumbline.db').describe('Embedded store file (PLUMBLINE_DB).'),
  candidateAdapter: z
    .string()
    .min(1)
    .optional()
    .describe('A candidate adapter fed and compared in the background while the primary answers (PLUMBLINE_CANDIDATE_ADAPTER); see docs/parallel-run.md.'),
  candidateDatabasePath: z
    .string()
    .min(1)
    .default('./data/candidate.db')
    .describe('The candidate’s embedded store file, never the primary’s (PLUMBLINE_CANDIDATE_DB).'),
  logLevel: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { error: 'must be one of fatal, error, warn, info, debug, trace, silent' })
    .default('info')
    .describe('Log level (PLUMBLINE_LOG_LEVEL).'),
  demo: z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .default('true')
    .transform((value) => value === 'true')
    .describe('Load a synthetic demo force into an empty store on start (PLUMBLINE_DEMO).'),
  demoPeople: wholeNumber(50, 45_000, '2000').default(2000).describe('How many people the demo force has (PLUMBLINE_DEMO_PEOPLE).'),
  auditDatabasePath: z.string().min(1).default('./data/audit.db').describe('The audit trail file (PLUMBLINE_AUDIT_DB).'),
  databaseUrl: z
    .string()
    .regex(/^postgres(ql)?:\/\/./i, { error: 'must be a PostgreSQL URL such as postgres://plumbline@db.example.org:5432/plumbline' })
    .optional()
    .describe(
      'PostgreSQL shared by every replica: the audit trail is kept there instead of PLUMBLINE_AUDIT_DB, and the reference engine’s store instead of PLUMBLINE_DB (PLUMBLINE_DATABASE_URL).',
    ),
  replicaId: z
    .string()
    .regex(/^[A-Za-z0-9._:-]{1,60}$/, { error: 'must be 1 to 60 letters, digits, dots, colons, dashes or underscores' })
    .optional()
    .describe('This replica’s name in the shared database (default: host, process id and a random suffix) (PLUMBLINE_REPLICA_ID).'),
  auditLeaseSeconds: wholeNumber(2, 600, '15')
    .default(15)
    .describe(
      'With PLUMBLINE_DATABASE_URL: seconds after a replica stops renewing its lease before another concludes its open audit attempts as outcome unknown (PLUMBLINE_AUDIT_LEASE_SECONDS).',
    ),
  auditSync: z
    .enum(['normal', 'full'])
    .default('normal')
    .describe('Audit durability: normal (process crashes) or full (power loss too) (PLUMBLINE_AUDIT_SYNC).'),
  auditSignEvery: wholeNumber(1, 10_000, '32')
    .default(32)
    .describe(
      'Sign the audit trail’s head at least every this many entries (1: every commit); the entries after the last head are chained but unsigned for up to PLUMBLINE_AUDIT_SIGN_WITHIN_MS (PLUMBLINE_AUDIT_SIGN_EVERY).',
    ),
  auditSignWithinMs: wholeNumber(0, 60_000, '250')
    .default(250)
    .describe('…and at most this many milliseconds after the first unsigned entry (PLUMBLINE_AUDIT_SIGN_WITHIN_MS).'),
  auditKeyFile: z
    .string()
    .min(1)
    .optional()
    .describe('The Ed25519 private key (PEM) that signs the audit trail’s heads, kept away from the trail; required in production (PLUMBLINE_AUDIT_KEY_FILE).'),
  auditWitnessPath: z
    .string()
    .min(1)
    .optional()
    .describe('Where the latest signed head of the audit trail is witnessed, ideally another volume; required in production (PLUMBLINE_AUDIT_WITNESS).'),
  auditAcceptBroken: z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .default('false')
    .transform((value) => value === 'true')
    .describe('Serve even though the audit trail fails verification: recorded in the trail and reported by /readyz (PLUMBLINE_AUDIT_ACCEPT_BROKEN).'),
  authJwksUrl: z.url().optional().describe('The identity provider’s JWKS URL (PLUMBLINE_AUTH_JWKS_URL).'),
  authKeyFile: z.string().min(1).optional().describe('A local JWKS, JWK or PEM public key file (PLUMBLINE_AUTH_KEY_FILE).'),
  authIssuer: z.string().min(1).optional().describe('The `iss` tokens must carry; required with real keys (PLUMBLINE_AUTH_ISSUER).'),
  authAudience: z.string().min(1).default('plumbline').describe('The `aud` tokens must include (PLUMBLINE_AUTH_AUDIENCE).'),
  authRolesClaim: z.string().min(1).default('roles').describe('The claim holding the roles (PLUMBLINE_AUTH_ROLES_CLAIM).'),
  developmentKeyPath: z
    .string()
    .min(1)
    .default(DEFAULT_DEVELOPMENT_KEY_PATH)
    .describe('The development signing key, used only without real keys (PLUMBLINE_DEV_KEY).'),
  rateLimit: wholeNumber(0, 1_000_000, '1200 (0 turns the limit off)')
    .default(1200)
    .describe('Requests per minute per caller; 0 turns the limit off (PLUMBLINE_RATE_LIMIT).'),
  requestTimeout: wholeNumber(1, 3600, '60')
    .default(60)
    .describe('Seconds a request (headers and body) may take to arrive; 408 after (PLUMBLINE_REQUEST_TIMEOUT).'),
  maxConnections: wholeNumber(1, 100_000, '1024')
    .default(1024)
    .describe('Connections open at once; further ones are closed as they arrive (PLUMBLINE_MAX_CONNECTIONS).'),
  corsOrigins: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.url({ error: 'each CORS origin must be a URL such as https://cases.example.org' })))
    // Browsers send the bare origin (no path, no trailing slash); compare like with like.
    .transform((origins) => origins.map((origin) => new URL(origin).origin))
    .describe('Comma-separated browser origins allowed to call the API; none by default (PLUMBLINE_CORS_ORIGINS).'),
});
export type GatewayConfig = z.output<typeof GatewayConfig>;

/** Which environment variable feeds each setting. */
export const environmentVariables: Record<keyof GatewayConfig, string> = {
  adapter: 'PLUMBLINE_ADAPTER',
  host: 'PLUMBLINE_HOST',
  port: 'PLUMBLINE_PORT',
  databasePath: 'PLUMBLINE_DB',
  candidateAdapter: 'PLUMBLINE_CANDIDATE_ADAPTER',
  candidateDatabasePath: 'PLUMBLINE_CANDIDATE_DB',
  logLevel: 'PLUMBLINE_LOG_LEVEL',
  demo: 'PLUMBLINE_DEMO',
  demoPeople: 'PLUMBLINE_DEMO_PEOPLE',
  auditDatabasePath: 'PLUMBLINE_AUDIT_DB',
  databaseUrl: 'PLUMBLINE_DATABASE_URL',
  replicaId: 'PLUMBLINE_REPLICA_ID',
  auditLeaseSeconds: 'PLUMBLINE_AUDIT_LEASE_SECONDS',
  auditSync: 'PLUMBLINE_AUDIT_SYNC',
  auditSignEvery: 'PLUMBLINE_AUDIT_SIGN_EVERY',
  auditSignWithinMs: 'PLUMBLINE_AUDIT_SIGN_WITHIN_MS',
  auditKeyFile: 'PLUMBLINE_AUDIT_KEY_FILE',
  auditWitnessPath: 'PLUMBLINE_AUDIT_WITNESS',
  auditAcceptBroken: 'PLUMBLINE_AUDIT_ACCEPT_BROKEN',
  authJwksUrl: 'PLUMBLINE_AUTH_JWKS_URL',
  authKeyFile: 'PLUMBLINE_AUTH_KEY_FILE',
  authIssuer: 'PLUMBLINE_AUTH_ISSUER',
  authAudience: 'PLUMBLINE_AUTH_AUDIENCE',
  authRolesClaim: 'PLUMBLINE_AUTH_ROLES_CLAIM',
  developmentKeyPath: 'PLUMBLINE_DEV_KEY',
  rateLimit: 'PLUMBLINE_RATE_LIMIT',
  requestTimeout: 'PLUMBLINE_REQUEST_TIMEOUT',
  maxConnections: 'PLUMBLINE_MAX_CONNECTIONS',
  corsOrigins: 'PLUMBLINE_CORS_ORIGINS',
};

/**
 * Reads the configuration: command-line options win over environment variables, which win over
 * defaults. Throws `ConfigError` naming every bad setting and where it came from.
 */
export function loadGatewayConfig(environment: NodeJS.ProcessEnv, options: Partial<Record<keyof GatewayConfig, string>> = {}): GatewayConfig {
  const raw: Record<string, string | undefined> = {};
  for (const [key, variable] of Object.entries(environmentVariables)) {
    raw[key] = options[key as keyof GatewayConfig] ?? (environment[variable] === '' ? undefined : environment[variable]);
  }
  const parsed = GatewayConfig.safeParse(raw);
  if (parsed.success) return parsed.data;
  throw new ConfigError(
    parsed.error.issues.map((issue) => {
      const key = String(issue.path[0]) as keyof GatewayConfig;
      const origin = options[key] !== undefined ? `--${kebab(key)}` : environmentVariables[key];
      // A database URL may carry a password: it is not repeated in a message that reaches terminals and logs.
      const shown = key === 'databaseUrl' ? raw[key]?.replace(/\/\/([^:/@]*):[^@]*@/, '//$1:***@') : raw[key];
      return `${origin}=${JSON.stringify(shown)}: ${issue.message}`;
    }),
  );
}

/**
 * Collects the variables meant for one adapter: `PLUMBLINE_FOUNDRY_BASE_URL` becomes `baseUrl` for
 * the `foundry` adapter. The adapter's own settings schema decides what is valid.
 */
export function adapterSettingsFromEnvironment(adapterId: string, environment: NodeJS.ProcessEnv): Record<string, string> {
  const prefix = adapterVariablePrefix(adapterId);
  const settings: Record<string, string> = {};
  for (const [name, value] of Object.entries(environment)) {
    if (!name.startsWith(prefix) || value === undefined || value === '') continue;
    const key = name
      .slice(prefix.length)
      .toLowerCase()
      .replace(/_([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase());
    settings[key] = value;
  }
  return settings;
}

/** The prefix of one adapter's environment variables: `PLUMBLINE_FOUNDRY_` for `foundry`. */
export function adapterVariablePrefix(adapterId: string): string {
  return `PLUMBLINE_${adapterId.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_`;
}

function kebab(key: string): string {
  return key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}
