import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { roles as knownRoles, type Role } from '../contract/index.js';
import { DEVELOPMENT_ISSUER, ensureDevelopmentKey, mintToken } from '../gateway/security/development-key.js';
import { isProduction } from '../gateway/security/gateway-security.js';
import { CLOCK_TOLERANCE_SECONDS } from '../gateway/security/token-verifier.js';
import { UsageError, readGatewayConfig, type Command } from './command.js';

/** `plumbline token`: development tokens for the local gateway, printed alone on stdout. */
export const tokenCommand: Command = {
  usage: `plumbline token --role ROLE [--role ROLE…] --sub SUBJECT [--ttl 1h] [--key FILE] [--audience AUD]

Signs a token with the development key that \`npm start\` creates (creating it when missing) and
prints it on stdout, so that TOKEN=$(npx plumbline token --role reviewer --sub alice) works.
  --role       ${knownRoles.join(', ')} (repeat for several)
  --sub        who the token speaks for: the actor in the audit trail
  --ttl        lifetime such as 30m, 1h, 2d (default 1h)
  --key        the development key (default PLUMBLINE_DEV_KEY or ./data/development-key.json)
  --audience   the aud claim (default PLUMBLINE_AUTH_AUDIENCE or plumbline)
The gateway accepts a token only if it was signed with the key the gateway itself uses: run this
in the directory the gateway was started from, with the same PLUMBLINE_DEV_KEY (or --key). When
the key file does not exist yet, a new key is made and a warning printed: a gateway already
running with another key refuses tokens signed with it (401).
Tokens are accepted from their issue until their expiry, with ${CLOCK_TOLERANCE_SECONDS} seconds of allowance either side
for clocks that disagree (a token stays valid up to ${CLOCK_TOLERANCE_SECONDS} s past --ttl).
Refused when NODE_ENV=production: production gateways trust only the identity provider's keys.`,
  async run(argv) {
    const { values } = parseArgs({
      args: argv,
      options: {
        role: { type: 'string', multiple: true },
        sub: { type: 'string' },
        ttl: { type: 'string', default: '1h' },
        key: { type: 'string' },
        audience: { type: 'string' },
      },
      strict: true,
    });
    if (isProduction()) throw new UsageError('NODE_ENV=production: development tokens are never minted or accepted in production.');
    const roles = values.role ?? [];
    if (roles.length === 0) throw new UsageError('--role is required.');
    const unknown = roles.filter((role) => !(knownRoles as readonly string[]).includes(role));
    if (unknown.length) throw new UsageError(`Unknown role ${unknown.join(', ')}; roles are ${knownRoles.join(', ')}.`);
    if (!values.sub?.trim() || values.sub.length > 200) throw new UsageError('--sub is required: who the token speaks for (at most 200 characters).');
    if (!/^\d+(s|m|h|d)$/.test(values.ttl)) throw new UsageError(`--ttl must be a number with s, m, h or d, such as 1h, not "${values.ttl}".`);
    const config = readGatewayConfig();
    if (config.authJwksUrl || config.authKeyFile) {
      process.stderr.write('Note: real keys are configured, so a gateway started with this configuration will refuse development tokens.\n');
    }
    const keyPath = values.key ?? config.developmentKeyPath;
    const key = await ensureDevelopmentKey(keyPath);
    if (key.created) {
      process.stderr.write(
        `Warning: there was no development key at ${resolve(keyPath)}, so a new one was made. A gateway started with another key refuses this token (401): ` +
          'run this command where the gateway was started, with its PLUMBLINE_DEV_KEY (or --key), or restart the gateway so it uses the new key.\n',
      );
    }
    const token = await mintToken(key, {
      subject: values.sub,
      roles: roles as Role[],
      issuer: DEVELOPMENT_ISSUER,
      audience: values.audience ?? config.authAudience,
      ttl: values.ttl,
    });
    process.stdout.write(token + '\n');
    return 0;
  },
};
