import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Content-addressed storage for uploaded files: a blob's key is the hex sha256 of its bytes, so
 * storing the same bytes twice stores them once, and a key never names different contents.
 * Local disk now; an S3 backend implements the same interface.
 */
export interface BlobStorage {
  /** Stores the bytes and returns their key. */
  put(bytes: Uint8Array): Promise<string>;
  /** The bytes stored under the key, or null when there are none (or the key is malformed). */
  get(key: string): Promise<Buffer | null>;
}

const KEY = /^[0-9a-f]{64}$/;

/** True for a well-formed blob key (hex sha256). */
export function isBlobKey(key: string): boolean {
  return KEY.test(key);
}

/** The key the bytes are stored under. */
export function blobKeyOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Blobs as files `<dir>/<sha256>`; written to a temporary name first, so a reader never sees half a file. */
export function createLocalBlobStorage(dir: string): BlobStorage {
  return {
    async put(bytes) {
      const key = blobKeyOf(bytes);
      const file = join(dir, key);
      const exists = await stat(file).then(
        () => true,
        () => false,
      );
      if (exists) return key;
      await mkdir(dir, { recursive: true });
      const temporary = join(dir, `.${key}.${randomBytes(6).toString('hex')}.tmp`);
      try {
        await writeFile(temporary, bytes);
        await rename(temporary, file);
      } catch (error) {
        await unlink(temporary).catch(() => {});
        throw error;
      }
      return key;
    },
    async get(key) {
      if (!isBlobKey(key)) return null;
      try {
        return await readFile(join(dir, key));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
  };
}

/** The storage a platform uses, chosen from its data folder. */
export function blobStorageFor(config: { dataDir: string }): BlobStorage {
  return createLocalBlobStorage(join(config.dataDir, 'blobs'));
}
