/**
 * The key that signs the audit trail's heads (RFC 9162's signed tree heads, for a hash chain): an
 * Ed25519 key kept in its own file, never in the audit database, so that whoever can write the
 * database still cannot sign a head. A head says "the trail has N entries and the last hash is H",
 * signed at least every `signEvery` entries (`audit-signing-schedule.ts`); an entry added, removed
 * or rewritten without the key no longer matches a signature.
 *
 * Without a configured key a DEVELOPMENT key is created beside the database, marked as such in
 * its first line; production refuses it (it sits where the database's writer can read it).
 */
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** The first line of a development key file: production refuses a key file that holds it. */
export const DEVELOPMENT_AUDIT_KEY_MARK = '# Plumbline DEVELOPMENT audit signing key: created automatically, refused in production.';

/** A signed statement of the trail's size and last hash. */
export interface SignedHead {
  /** How many entries the trail held. */
  readonly size: number;
  /** The hash of entry `size` (64 zeros when empty). */
  readonly hash: string;
  readonly signedAt: string;
  /** Which key signed: the first 16 hex digits of SHA-256 over its public key. */
  readonly keyId: string;
  /** Ed25519 signature, base64. */
  readonly signature: string;
  /**
   * The signer's promise that the next head comes within this many entries (see
   * `audit-signing-schedule.ts`): entries past the last head, fewer than this, are a tail not yet
   * signed rather than a forged append. Signed with the head, so a tamperer cannot widen it.
   * Null on heads signed before the schedule existed (every commit was signed: 1).
   */
  readonly signEvery?: number | null;
}

/**
 * The bytes signed for a head: versioned, so that a signature can never be read as another
 * statement. Version 2 adds the signing interval; heads without one keep version 1's bytes.
 */
function headStatement(head: Omit<SignedHead, 'signature' | 'keyId'>): Buffer {
  const version1 = `${head.size}\n${head.hash}\n${head.signedAt}`;
  return Buffer.from(head.signEvery == null ? `plumbline-audit-head/1\n${version1}` : `plumbline-audit-head/2\n${version1}\n${head.signEvery}`);
}

/** The key id of a public key. */
export function keyIdOf(publicKey: KeyObject): string {
  return createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex')
    .slice(0, 16);
}

/** Signs heads; holds the private key. */
export class HeadSigner {
  readonly keyId: string;
  readonly publicKey: KeyObject;

  constructor(
    private readonly privateKey: KeyObject,
    /** Whether this is an automatically created development key. */
    readonly development: boolean,
  ) {
    if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error(`the audit signing key must be Ed25519, not ${privateKey.asymmetricKeyType}`);
    this.publicKey = createPublicKey(privateKey);
    this.keyId = keyIdOf(this.publicKey);
  }

  /** A key that lives only as long as the process: for trails in memory. */
  static ephemeral(): HeadSigner {
    return new HeadSigner(generateKeyPairSync('ed25519').privateKey, true);
  }

  /** Signs "the trail has `size` entries, the last hashing to `hash`; the next head within `signEvery` entries". */
  sign(size: number, hash: string, signEvery: number, signedAt = new Date().toISOString()): SignedHead {
    const signature = sign(null, headStatement({ size, hash, signedAt, signEvery }), this.privateKey).toString('base64');
    return { size, hash, signedAt, keyId: this.keyId, signature, signEvery };
  }
}

/** Whether a head was signed by `publicKey`. */
export function verifyHead(head: SignedHead, publicKey: KeyObject): boolean {
  if (head.keyId !== keyIdOf(publicKey)) return false;
  try {
    return verify(null, headStatement(head), publicKey, Buffer.from(head.signature, 'base64'));
  } catch {
    return false;
  }
}

/** Where the development key of a trail is kept when no key file is configured. */
export const developmentKeyPathFor = (databasePath: string) => `${databasePath}.signing-key.pem`;

/**
 * Reads the signing key from `path`; when the file is missing and `createIfMissing`, creates a
 * development key there (0600, never overwriting one another process wrote meanwhile).
 */
export function loadHeadSigner(path: string, createIfMissing: boolean): HeadSigner {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || !createIfMissing) throw error;
    const pem = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
    mkdirSync(dirname(path), { recursive: true });
    try {
      writeFileSync(path, `${DEVELOPMENT_AUDIT_KEY_MARK}\n${pem}`, { mode: 0o600, flag: 'wx' });
    } catch (writeError) {
      if ((writeError as NodeJS.ErrnoException).code !== 'EEXIST') throw writeError;
    }
    text = readFileSync(path, 'utf8');
  }
  return new HeadSigner(createPrivateKey(text), text.includes(DEVELOPMENT_AUDIT_KEY_MARK));
}

/** Whether the key file at `path` is a development key (false when it cannot be read: reported when it is loaded). */
export function isDevelopmentAuditKey(path: string): boolean {
  try {
    return readFileSync(path, 'utf8').includes(DEVELOPMENT_AUDIT_KEY_MARK);
  } catch {
    return false;
  }
}

/** The public key that verifies heads, from a file holding the private key or only the public one. */
export function loadHeadVerificationKey(path: string): KeyObject {
  const text = readFileSync(path, 'utf8');
  return text.includes('PRIVATE KEY') ? createPublicKey(createPrivateKey(text)) : createPublicKey(text);
}
