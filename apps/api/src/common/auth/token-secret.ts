import { createHash, randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * API tokens look like `nrt_<public id>_<secret>`. The public id (12 hex characters) finds the
 * stored row; the secret (32 random bytes) is checked against a salted scrypt hash of it.
 */
const PREFIX = 'nrt';
const TOKEN = /^nrt_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;
const SCRYPT: ScryptOptions = { N: 16384, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const KEY_LENGTH = 32;

export interface IssuedToken {
  token: string;
  publicId: string;
  salt: string;
  secretHash: string;
}

function scryptHex(secret: string, salt: string): Promise<string> {
  return new Promise((resolve, reject) =>
    scrypt(secret, Buffer.from(salt, 'hex'), KEY_LENGTH, SCRYPT, (err, key) => (err ? reject(err) : resolve(key.toString('hex')))),
  );
}

export async function issueToken(): Promise<IssuedToken> {
  const publicId = randomBytes(6).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  const salt = randomBytes(16).toString('hex');
  return { token: `${PREFIX}_${publicId}_${secret}`, publicId, salt, secretHash: await scryptHex(secret, salt) };
}

export function parseToken(token: string): { publicId: string; secret: string } | null {
  const m = TOKEN.exec(token);
  return m ? { publicId: m[1] as string, secret: m[2] as string } : null;
}

export async function secretMatches(secret: string, salt: string, secretHash: string): Promise<boolean> {
  const actual = Buffer.from(await scryptHex(secret, salt), 'hex');
  const expected = Buffer.from(secretHash, 'hex');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** Constant-time comparison of two secrets of any length (the ADMIN_TOKEN check). */
export function sameSecret(a: string, b: string): boolean {
  const x = createHash('sha256').update(a).digest();
  const y = createHash('sha256').update(b).digest();
  return timingSafeEqual(x, y) && a.length === b.length;
}

/** A non-reversible key for in-memory maps (verification cache, rate limit buckets). */
export function tokenFingerprint(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
