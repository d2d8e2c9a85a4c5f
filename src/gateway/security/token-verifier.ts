/**
 * Verifies bearer tokens (JWTs) with jose: signature against the configured keys, issuer,
 * audience and expiry, then reads the subject and roles. Every refusal is a 401 problem whose
 * detail says what to fix, without echoing the token.
 */
import { errors as joseErrors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { PlumblineError } from '../../adapter/errors.js';
import { roles as knownRoles, type Role } from '../../contract/index.js';
import { isDevelopmentKeyId, DEVELOPMENT_ISSUER } from './development-key.js';

/**
 * Asymmetric algorithms only: the gateway never holds a secret that could mint tokens, and `none`
 * or an HMAC algorithm chosen by the token can never be accepted.
 */
export const ACCEPTED_ALGORITHMS = ['ES256', 'ES384', 'ES512', 'RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'EdDSA', 'Ed25519'];

/** Seconds of allowance for clocks that disagree, on `exp`, `nbf` and `iat`. */
export const CLOCK_TOLERANCE_SECONDS = 30;

export interface AuthenticationOptions {
  /** The verification keys: a local or remote JSON Web Key Set, as jose resolves them. */
  readonly keys: JWTVerifyGetKey;
  /** The `iss` every token must carry. */
  readonly issuer: string;
  /** The `aud` every token must include. */
  readonly audience: string;
  /** The claim holding the roles, a string or an array of strings (default `roles`). */
  readonly rolesClaim?: string;
  /** Production mode: development keys and the development issuer are refused outright. */
  readonly production?: boolean;
  /**
   * Added to the detail of a 401 for a token signed by another key: how to get one this gateway
   * accepts (a development gateway names its key and the exact `plumbline token` command).
   */
  readonly wrongKeyHint?: string;
}

/** Who a verified token speaks for. */
export interface Principal {
  /** The token's `sub`: the actor in the audit trail and the author of reviews and overrides. */
  readonly subject: string;
  /** The known roles the token carries; unknown role names are ignored. */
  readonly roles: readonly Role[];
}

const unauthenticated = (detail: string) => new PlumblineError('unauthenticated', detail);

/** The longest `sub` accepted: it is recorded in every audit entry and used as a lookup key. */
export const MAX_SUBJECT_LENGTH = 200;

/**
 * The token's subject, refused unless it is a non-blank string of printable characters. jose only
 * checks that `sub` is present: a number or an object would otherwise become the audit trail's
 * actor (a number was later reported as tampering; an object failed the shared audit commit).
 */
function checkedSubject(subject: unknown): string {
  if (typeof subject !== 'string')
    throw unauthenticated(
      `The token's "sub" claim must be a string naming the caller; it is ${subject === null ? 'null' : Array.isArray(subject) ? 'an array' : typeof subject === 'object' ? 'an object' : `a ${typeof subject}`}.`,
    );
  if (subject.trim() === '') throw unauthenticated(`The token's "sub" claim is empty; it must name the caller.`);
  if (subject.length > MAX_SUBJECT_LENGTH) throw unauthenticated(`The token's "sub" claim is longer than ${MAX_SUBJECT_LENGTH} characters.`);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(subject)) throw unauthenticated(`The token's "sub" claim holds control characters; it must be printable.`);
  return subject;
}

/** Makes the verifier of `Authorization` header values. */
export function createTokenVerifier(options: AuthenticationOptions): (authorization: string | undefined) => Promise<Principal> {
  const rolesClaim = options.rolesClaim ?? 'roles';
  const verifyOptions = {
    issuer: options.issuer,
    audience: options.audience,
    algorithms: ACCEPTED_ALGORITHMS,
    requiredClaims: ['sub', 'exp'],
    clockTolerance: CLOCK_TOLERANCE_SECONDS,
  };

  const verified = new VerifiedTokenCache();

  return async (authorization) => {
    if (!authorization) throw unauthenticated('Send a bearer token: `Authorization: Bearer <JWT>`.');
    const [scheme, token, extra] = authorization.split(' ');
    if (scheme.toLowerCase() !== 'bearer' || !token || extra !== undefined) throw unauthenticated('The Authorization header must be `Bearer <JWT>`.');
    const known = verified.get(token);
    if (known) return known;

    let result;
    try {
      result = await jwtVerify(token, options.keys, verifyOptions);
    } catch (error) {
      throw explain(error, options.wrongKeyHint);
    }
    const { payload, protectedHeader } = result;
    if (options.production && (isDevelopmentKeyId(protectedHeader.kid) || payload.iss === DEVELOPMENT_ISSUER)) {
      throw unauthenticated('Development tokens are not accepted in production.');
    }
    const subject = checkedSubject(payload.sub);
    const claimed = payload[rolesClaim];
    const names = typeof claimed === 'string' ? claimed.split(' ') : Array.isArray(claimed) ? claimed : [];
    const roles = knownRoles.filter((role) => names.includes(role));
    const principal = { subject, roles };
    verified.set(token, principal, payload.exp! * 1000);
    return principal;
  };
}

/**
 * Tokens already verified, so that a client's every request does not pay for a signature check
 * (about 300 µs for ES256): a token is the same bytes each time, so its verdict cannot change
 * until it expires or its key is withdrawn. Entries live at most a minute (a withdrawn key stops
 * working within a minute) and never past the token's expiry; the oldest go first when full.
 */
class VerifiedTokenCache {
  private readonly entries = new Map<string, { principal: Principal; until: number }>();

  constructor(
    private readonly capacity = 10_000,
    private readonly maxAgeMs = 60_000,
  ) {}

  get(token: string): Principal | undefined {
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    if (entry.until > Date.now()) return entry.principal;
    this.entries.delete(token);
    return undefined;
  }

  set(token: string, principal: Principal, expiresAtMs: number): void {
    if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(token, { principal, until: Math.min(expiresAtMs, Date.now() + this.maxAgeMs) });
  }
}

/** Turns a jose error into a 401 (or a 503 when the keys could not be fetched) that says why. */
function explain(error: unknown, wrongKeyHint = ''): PlumblineError {
  const hint = wrongKeyHint ? ` ${wrongKeyHint}` : '';
  if (error instanceof joseErrors.JWTExpired) return unauthenticated('The token has expired; get a new one.');
  if (error instanceof joseErrors.JWTClaimValidationFailed) {
    const what = error.reason === 'missing' ? 'is missing' : 'does not match what this gateway accepts';
    return unauthenticated(`The token's "${error.claim}" claim ${what}.`);
  }
  if (error instanceof joseErrors.JWSSignatureVerificationFailed)
    return unauthenticated(`The token’s signature does not verify with the configured keys.${hint}`);
  if (error instanceof joseErrors.JWKSNoMatchingKey)
    return unauthenticated(`No configured key matches the token’s key id and algorithm: it was signed with another key.${hint}`);
  if (error instanceof joseErrors.JOSEAlgNotAllowed)
    return unauthenticated(`The token's algorithm is not accepted; use one of ${ACCEPTED_ALGORITHMS.join(', ')}.`);
  if (error instanceof joseErrors.JWKSTimeout || (error instanceof TypeError && /fetch/i.test(error.message))) {
    return new PlumblineError('upstream-unavailable', 'The signing keys could not be fetched to verify the token; retry shortly.', { cause: error });
  }
  return unauthenticated('The bearer token is not a well-formed, signed JWT.');
}
