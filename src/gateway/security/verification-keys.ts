/**
 * Where the gateway gets the keys that verify tokens: the identity provider's JWKS URL (fetched
 * and cached by jose, refetched when a token names an unknown key, so rotation needs no restart)
 * or a local file holding a JWKS, one JWK, or a PEM public key.
 */
import { createPublicKey, type KeyObject } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { calculateJwkThumbprint, createLocalJWKSet, createRemoteJWKSet, errors as joseErrors, type JWK, type JWTVerifyGetKey } from 'jose';
import { isDevelopmentKeyId } from './development-key.js';

export interface VerificationKeys {
  readonly getKey: JWTVerifyGetKey;
  /** The key ids known up front (a local file); empty for a remote set, which may change. */
  readonly keyIds: readonly string[];
  /**
   * RFC 7638 thumbprints of the public keys known up front (a local file): the key material
   * itself, so that a key is recognised however it is supplied (PEM, JWK with or without `kid`).
   */
  readonly thumbprints: readonly string[];
}

/** The RFC 7638 thumbprint of a key's public half. */
export async function publicThumbprint(jwk: JWK): Promise<string> {
  const copy: Record<string, unknown> = { ...jwk };
  for (const member of privateMembers) delete copy[member];
  return calculateJwkThumbprint(copy as JWK, 'sha256');
}

/** The members of a JWK that belong to the private or secret half. */
const privateMembers = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'] as const;

/** Keys from the identity provider's JWKS endpoint. */
export function remoteKeys(url: string): VerificationKeys {
  return { getKey: createRemoteJWKSet(new URL(url), { timeoutDuration: 5_000, cooldownDuration: 30_000 }), keyIds: [], thumbprints: [] };
}

/** Keys from a local JWKS, public JWK, or PEM public key file. */
export async function keysFromFile(path: string): Promise<VerificationKeys> {
  const text = (await readFile(path, 'utf8')).trim();
  if (!text.startsWith('{')) {
    // A PEM key has no key id, so it verifies every token whatever `kid` the token names.
    const { key, algorithm } = await importPem(text, path);
    return {
      getKey: async (header) => (header.alg === algorithm ? key : Promise.reject(new joseErrors.JOSEAlgNotAllowed(`the key is for ${algorithm}`))),
      keyIds: [],
      thumbprints: [await publicThumbprint(key.export({ format: 'jwk' }) as JWK)],
    };
  }
  const keys = parseJwks(text, path).map((jwk) => publicHalf(jwk, path));
  return { getKey: createLocalJWKSet({ keys }), keyIds: keys.map((key) => key.kid ?? ''), thumbprints: await Promise.all(keys.map(publicThumbprint)) };
}

/** Keys from a set of public JWKs held in memory (development and tests). */
export function keysFromJwks(keys: JWK[]): VerificationKeys {
  return { getKey: createLocalJWKSet({ keys }), keyIds: keys.map((key) => key.kid ?? ''), thumbprints: [] };
}

/**
 * Whether any of the keys is a development key, which production must never trust: by its key id,
 * or by its key material when it matches one of `developmentThumbprints` (the development keys
 * found on this machine), since a PEM or a JWK without `kid` carries no id.
 */
export function includesDevelopmentKey(keys: VerificationKeys, developmentThumbprints: readonly string[] = []): boolean {
  return keys.keyIds.some(isDevelopmentKeyId) || keys.thumbprints.some((thumbprint) => developmentThumbprints.includes(thumbprint));
}

function parseJwks(text: string, path: string): JWK[] {
  const parsed = JSON.parse(text) as { keys?: JWK[] } & JWK;
  const keys = Array.isArray(parsed.keys) ? parsed.keys : [parsed];
  if (keys.length === 0) throw new Error(`${path}: the key set is empty.`);
  return keys;
}

/** Drops any private half: verifying needs the public key only, and a secret key is refused. */
function publicHalf(jwk: JWK, path: string): JWK {
  if (jwk.kty === 'oct') throw new Error(`${path}: symmetric (oct) keys are refused; configure the identity provider's public keys.`);
  const copy: Record<string, unknown> = { ...jwk };
  for (const member of privateMembers) delete copy[member];
  return copy as JWK;
}

/** A PEM public key, with the algorithm that follows from its type and curve. */
async function importPem(pem: string, path: string): Promise<{ key: KeyObject; algorithm: string }> {
  const key = createPublicKey(pem);
  const curve = key.asymmetricKeyDetails?.namedCurve;
  const algorithm =
    key.asymmetricKeyType === 'rsa'
      ? 'RS256'
      : key.asymmetricKeyType === 'ed25519'
        ? 'EdDSA'
        : curve === 'prime256v1'
          ? 'ES256'
          : curve === 'secp384r1'
            ? 'ES384'
            : curve === 'secp521r1'
              ? 'ES512'
              : undefined;
  if (!algorithm) throw new Error(`${path}: unsupported public key type ${key.asymmetricKeyType ?? 'unknown'}.`);
  return { key, algorithm };
}

/**
 * The thumbprints of the development keys at these paths (those that exist): what production
 * compares configured keys with, whatever form they were copied in.
 */
export async function developmentKeyThumbprints(paths: readonly string[]): Promise<string[]> {
  const thumbprints: string[] = [];
  for (const path of new Set(paths)) {
    try {
      thumbprints.push(await publicThumbprint(JSON.parse(await readFile(path, 'utf8')) as JWK));
    } catch {
      // No development key there (or not one): nothing to compare with.
    }
  }
  return thumbprints;
}
