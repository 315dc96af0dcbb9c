import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../../../config.ts';
import { Problem } from '../../../platform/errors/problem.ts';

/**
 * The TOTP secrets are stored encrypted with AES-256-GCM under a key kept outside the database
 * (`TWO_FACTOR_KEY`, or a key file in `DATA_DIR` for the embedded database), in a versioned text
 * form `v1:<iv>:<tag>:<ciphertext>` (base64url). The person's ID is bound in as additional data, so a
 * stored value copied to another person's row does not decrypt. Values without a version are secrets
 * stored in plain text before encryption; they are read once and stored again encrypted.
 */
const VERSION = 'v1';
const IV_BYTES = 12;
const KEY_FILE = 'two-factor.key';

export const KEY_BYTES = 32;

/** The stored secret cannot be read with the key the server has: it fails closed, no code is accepted. */
export const keyMismatch = () =>
  new Problem(
    500,
    'two-factor-key-mismatch',
    'The second factor cannot be checked',
    'The stored two-factor secret does not decrypt with the configured key (TWO_FACTOR_KEY).',
  );

/** No key is configured and none may be made here (production on PostgreSQL without TWO_FACTOR_KEY). */
export const keyMissing = () =>
  new Problem(
    503,
    'two-factor-unavailable',
    'Two-factor sign-in is not set up on this server',
    'The operator has to set TWO_FACTOR_KEY.',
  );

const keptKeys = new Map<string, Buffer>();

/** Reads the key file in the data folder, or makes one (readable by the server's user only). */
function keptKeyIn(dataDir: string): Buffer {
  const known = keptKeys.get(dataDir);
  if (known) return known;
  const path = join(dataDir, KEY_FILE);
  let key: Buffer;
  try {
    key = Buffer.from(readFileSync(path, 'utf8').trim(), 'base64');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    mkdirSync(dataDir, { recursive: true });
    key = randomBytes(KEY_BYTES);
    try {
      // 'wx': if another process made the file meanwhile, its key wins and is read below.
      writeFileSync(path, `${key.toString('base64')}\n`, { flag: 'wx', mode: 0o600 });
      chmodSync(path, 0o600);
    } catch (writeErr) {
      if ((writeErr as NodeJS.ErrnoException).code !== 'EEXIST') throw writeErr;
      key = Buffer.from(readFileSync(path, 'utf8').trim(), 'base64');
    }
  }
  if (key.length !== KEY_BYTES) throw new Error(`${path} must hold ${KEY_BYTES} bytes in base64`);
  keptKeys.set(dataDir, key);
  return key;
}

/**
 * Whether this server may keep its own key in `DATA_DIR`: with the embedded database (one process, whose
 * data folder holds the database anyway) and outside production. In production on PostgreSQL several
 * processes on several machines share the database, and a key each made for itself would lock the others out.
 */
export function mayKeepOwnKey(config: Config): boolean {
  return !config.databaseUrl || config.environment !== 'production';
}

/** The key the TOTP secrets are encrypted under, or null when there is none (see `mayKeepOwnKey`). */
export function twoFactorKeyOf(config: Config): Buffer | null {
  if (config.twoFactorKey) return config.twoFactorKey;
  return mayKeepOwnKey(config) ? keptKeyIn(config.dataDir) : null;
}

const additionalData = (personId: string) => Buffer.from(`two-factor-secret:${personId}`, 'utf8');

export const isSealed = (stored: string) => stored.startsWith(`${VERSION}:`);

/** Encrypts a base32 secret for a person's row. */
export function sealSecret(key: Buffer, personId: string, secret: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(additionalData(personId));
  const ciphertext = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [VERSION, iv, tag, ciphertext]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
    .join(':');
}

/**
 * The base32 secret of a stored value: decrypted when sealed, as it is when stored before encryption
 * (base32 only). Anything else — another key, a changed value, an unknown version — throws
 * `keyMismatch`, so that no code is checked against a secret that is not the person's.
 */
export function openSecret(key: Buffer, personId: string, stored: string): string {
  if (/^[A-Z2-7]+=*$/.test(stored)) return stored;
  const parts = stored.split(':');
  if (parts.length !== 4 || parts[0] !== VERSION) throw keyMismatch();
  const [, iv, tag, ciphertext] = parts.map((part) => Buffer.from(part, 'base64url'));
  if (iv?.length !== IV_BYTES || tag?.length !== 16 || !ciphertext) throw keyMismatch();
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAAD(additionalData(personId));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
  } catch {
    throw keyMismatch();
  }
}
