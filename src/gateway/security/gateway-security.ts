/**
 * The gateway's `security` option and how `plumbline serve` builds it from configuration. With
 * real keys (a JWKS URL or a key file) tokens are verified against them; without, outside
 * production, a development key is created and used so that `plumbline token` works. Production
 * refuses to start without real keys, without an issuer, or with a development key.
 */
import { DEFAULT_DEVELOPMENT_KEY_PATH, type GatewayConfig } from '../../config/gateway-config.js';
import { ConfigError } from '../../adapter/config-error.js';
import type { AuditStoreOptions } from '../audit/audit-store.js';
import { isDevelopmentAuditKey } from '../audit/audit-signing.js';
import { DEVELOPMENT_ISSUER, developmentTokenCommand, ensureDevelopmentKey } from './development-key.js';
import type { AuthenticationOptions } from './token-verifier.js';
import { includesDevelopmentKey, developmentKeyThumbprints, keysFromFile, keysFromJwks, remoteKeys, type VerificationKeys } from './verification-keys.js';

/** Requests per minute per caller when nothing else is configured. */
export const DEFAULT_RATE_LIMIT_PER_MINUTE = 1200;

export interface GatewaySecurity {
  /** How bearer tokens are verified. */
  readonly authentication: AuthenticationOptions;
  /** Where the audit trail is kept; the gateway opens it and closes it with itself. */
  readonly audit: AuditStoreOptions;
  /** Requests per minute per caller (default 1200); false turns the limit off. */
  readonly rateLimitPerMinute?: number | false;
  /** Browser origins allowed to call the API; none (CORS closed) by default. */
  readonly corsOrigins?: readonly string[];
}

/** Whether the process runs in production mode. */
export function isProduction(environment: NodeJS.ProcessEnv = process.env): boolean {
  return environment.NODE_ENV === 'production';
}

export interface ConfiguredSecurity {
  readonly security: GatewaySecurity;
  /** `development` when the development key is in use, which the start-up banner says. */
  readonly mode: 'development' | 'configured';
}

/** Builds the security option from configuration; throws `ConfigError` naming what is wrong. */
export async function securityFromConfig(config: GatewayConfig, environment: NodeJS.ProcessEnv): Promise<ConfiguredSecurity> {
  const production = isProduction(environment);
  const problems: string[] = [];
  if (config.authJwksUrl && config.authKeyFile) problems.push('PLUMBLINE_AUTH_JWKS_URL and PLUMBLINE_AUTH_KEY_FILE: set one, not both');
  if (production && !config.authJwksUrl && !config.authKeyFile) {
    problems.push(
      'NODE_ENV=production needs real keys: set PLUMBLINE_AUTH_JWKS_URL or PLUMBLINE_AUTH_KEY_FILE (the development key is never accepted in production)',
    );
  }
  if (production && !config.authIssuer) problems.push('NODE_ENV=production needs PLUMBLINE_AUTH_ISSUER: the issuer tokens must carry');
  if (production && config.authIssuer === DEVELOPMENT_ISSUER)
    problems.push(`PLUMBLINE_AUTH_ISSUER=${DEVELOPMENT_ISSUER} is the development issuer, refused in production`);
  if (production && config.authJwksUrl && !config.authJwksUrl.startsWith('https:')) problems.push('PLUMBLINE_AUTH_JWKS_URL must be https in production');
  if (production && !config.auditKeyFile) {
    problems.push(
      'NODE_ENV=production needs PLUMBLINE_AUDIT_KEY_FILE: an Ed25519 private key (PEM) that signs the audit trail, kept where the trail’s writer cannot read it (the development key beside the trail is refused)',
    );
  } else if (production && isDevelopmentAuditKey(config.auditKeyFile!)) {
    problems.push(
      `PLUMBLINE_AUDIT_KEY_FILE=${JSON.stringify(config.auditKeyFile)} is a development audit key, refused in production: create one with \`openssl genpkey -algorithm ed25519\``,
    );
  }
  if (production && !config.auditWitnessPath)
    problems.push('NODE_ENV=production needs PLUMBLINE_AUDIT_WITNESS: where the audit trail’s signed heads are witnessed, on another volume than the trail');
  if (problems.length) throw new ConfigError(problems);

  let keys: VerificationKeys;
  let mode: ConfiguredSecurity['mode'] = 'configured';
  if (config.authJwksUrl) {
    keys = remoteKeys(config.authJwksUrl);
  } else if (config.authKeyFile) {
    keys = await keysFromFile(config.authKeyFile).catch((error: Error) => {
      throw new ConfigError([`PLUMBLINE_AUTH_KEY_FILE=${JSON.stringify(config.authKeyFile)}: ${error.message}`]);
    });
    if (production && includesDevelopmentKey(keys, await developmentKeyThumbprints([config.developmentKeyPath, DEFAULT_DEVELOPMENT_KEY_PATH]))) {
      throw new ConfigError([`PLUMBLINE_AUTH_KEY_FILE=${JSON.stringify(config.authKeyFile)} holds a development key, refused in production`]);
    }
  } else {
    keys = keysFromJwks([(await ensureDevelopmentKey(config.developmentKeyPath)).publicJwk]);
    mode = 'development';
  }
  if (!config.authIssuer && mode === 'configured')
    throw new ConfigError(['PLUMBLINE_AUTH_ISSUER: set the issuer tokens must carry when real keys are configured']);

  return {
    mode,
    security: {
      authentication: {
        keys: keys.getKey,
        issuer: mode === 'development' ? DEVELOPMENT_ISSUER : config.authIssuer!,
        audience: config.authAudience,
        rolesClaim: config.authRolesClaim,
        production,
        ...(mode === 'development'
          ? {
              wrongKeyHint: `This gateway checks tokens against its development key ${config.developmentKeyPath}: mint one with \`${developmentTokenCommand(config.developmentKeyPath, config.authAudience)}\` in the directory the gateway was started from.`,
            }
          : {}),
      },
      audit: {
        databasePath: config.auditDatabasePath,
        synchronous: config.auditSync,
        keyFile: config.auditKeyFile,
        witnessPath: config.auditWitnessPath,
        acceptBroken: config.auditAcceptBroken,
        databaseUrl: config.databaseUrl,
        replicaId: config.replicaId,
        leaseSeconds: config.auditLeaseSeconds,
        signing: { everyEntries: config.auditSignEvery, withinMs: config.auditSignWithinMs },
      },
      rateLimitPerMinute: config.rateLimit === 0 ? false : config.rateLimit,
      corsOrigins: config.corsOrigins,
    },
  };
}
