/**
 * The development signing key and token minting. `npm start` creates the key (a private JWK in
 * `./data/`, readable by its owner only) when no real keys are configured, so that
 * `plumbline token` can mint tokens the local gateway accepts. Its key id and issuer mark it as
 * development-only: production refuses both.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { exportJWK, generateKeyPair, importJWK, SignJWT, type CryptoKey, type JWK } from 'jose';
import type { Role } from '../../contract/index.js';
import { DEFAULT_DEVELOPMENT_KEY_PATH } from '../../config/gateway-config.js';

/** The issuer of development tokens. */
export const DEVELOPMENT_ISSUER = 'urn:plumbline:development';
/** The audience tokens are minted for unless configured otherwise. */
export const DEFAULT_AUDIENCE = 'plumbline';
const DEVELOPMENT_KEY_ID_PREFIX = 'plumbline-development-';
const ALGORITHM = 'ES256';

/**
 * The exact `plumbline token` command that mints a token for the gateway using this key and
 * audience: the key and audience are spelled out whenever they are not the defaults, because a
 * token signed with any other key is refused.
 */
export function developmentTokenCommand(keyPath: string, audience: string, roles = 'analyst'): string {
  const key = keyPath === DEFAULT_DEVELOPMENT_KEY_PATH ? '' : ` --key ${shellQuote(keyPath)}`;
  const aud = audience === DEFAULT_AUDIENCE ? '' : ` --audience ${shellQuote(audience)}`;
  return `npx plumbline token${key}${aud} --role ${roles.split(' ').join(' --role ')} --sub you`;
}

function shellQuote(value: string): string {
  return /^[\w./:@-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

/** Whether a key id names a development key. */
export function isDevelopmentKeyId(keyId: string | undefined): boolean {
  return keyId?.startsWith(DEVELOPMENT_KEY_ID_PREFIX) ?? false;
}

/** A signing key: the private half signs, the public JWK is what verifiers are given. */
export interface SigningKey {
  readonly privateKey: CryptoKey | JWK;
  readonly publicJwk: JWK;
}

/** Makes a fresh ES256 key pair with the given key id. */
export async function generateSigningKey(keyId: string): Promise<SigningKey & { privateJwk: JWK }> {
  const pair = await generateKeyPair(ALGORITHM, { extractable: true });
  const privateJwk = { ...(await exportJWK(pair.privateKey)), kid: keyId, alg: ALGORITHM, use: 'sig' };
  const publicJwk = { ...(await exportJWK(pair.publicKey)), kid: keyId, alg: ALGORITHM, use: 'sig' };
  return { privateKey: pair.privateKey, privateJwk, publicJwk };
}

/**
 * Reads the development key at `path`, creating it first when there is none; `created` says which,
 * so that `plumbline token` can warn that a gateway started with another key will refuse it.
 */
export async function ensureDevelopmentKey(path: string): Promise<SigningKey & { created: boolean }> {
  try {
    const privateJwk = JSON.parse(await readFile(path, 'utf8')) as JWK;
    const { d: _private, ...publicJwk } = privateJwk;
    return { privateKey: privateJwk, publicJwk, created: false };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const key = await generateSigningKey(`${DEVELOPMENT_KEY_ID_PREFIX}${randomUUID()}`);
  await mkdir(dirname(path), { recursive: true });
  // `wx` never overwrites a key another process wrote meanwhile; 0600 keeps it its owner's.
  try {
    await writeFile(path, JSON.stringify(key.privateJwk, null, 2) + '\n', { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return ensureDevelopmentKey(path);
    throw error;
  }
  return { privateKey: key.privateKey, publicJwk: key.publicJwk, created: true };
}

export interface TokenRequest {
  readonly subject: string;
  readonly roles: readonly Role[];
  readonly issuer: string;
  readonly audience: string;
  /** A lifetime jose understands, such as `1h`, `30m` or `2d`. */
  readonly ttl: string;
}

/** Signs a token for a subject and its roles. */
export async function mintToken(key: SigningKey, request: TokenRequest): Promise<string> {
  const privateKey = 'kty' in key.privateKey ? await importJWK(key.privateKey, ALGORITHM) : key.privateKey;
  return new SignJWT({ roles: [...request.roles] })
    .setProtectedHeader({ alg: ALGORITHM, kid: key.publicJwk.kid, typ: 'JWT' })
    .setSubject(request.subject)
    .setIssuer(request.issuer)
    .setAudience(request.audience)
    .setIssuedAt()
    .setExpirationTime(request.ttl)
    .setJti(randomUUID())
    .sign(privateKey);
}
