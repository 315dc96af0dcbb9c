import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { S3Settings } from './s3-settings.ts';

/**
 * Content-addressed storage for uploaded files: a blob's key is the hex sha256 of its bytes, so
 * storing the same bytes twice stores them once, and a key never names different contents.
 * What the features need of it: bytes in, bytes out.
 */
export interface BlobStorage {
  /** Stores the bytes and returns their key. */
  put(bytes: Uint8Array): Promise<string>;
  /** The bytes stored under the key, or null when there are none (or the key is malformed). */
  get(key: string): Promise<Buffer | null>;
}

/** A stored blob read as a stream. */
export interface BlobStream {
  body: Readable;
  size: number;
}

/**
 * The whole store, on the local disk or in an S3 bucket: besides whole buffers it takes and gives
 * streams, so a large file never sits in memory, and may hand out a short-lived download URL.
 */
export interface BlobStore extends BlobStorage {
  /** Stores a stream's bytes as they arrive (never all at once) and returns their key and size. */
  putStream(body: Readable | AsyncIterable<Uint8Array>): Promise<{ key: string; size: number }>;
  /** The blob's bytes as a stream, or null when there are none (or the key is malformed). */
  getStream(key: string): Promise<BlobStream | null>;
  /** The blob's size, or null when there is none (or the key is malformed). */
  head(key: string): Promise<{ size: number } | null>;
  /**
   * A short-lived URL that downloads the blob straight from the store under the given name and type,
   * or null when downloads go through the server (the local disk, or S3 with `S3_DOWNLOADS=proxy`).
   */
  downloadUrl(key: string, file: { fileName: string; mediaType: string; inline: boolean }): Promise<string | null>;
  /**
   * Removes the blob (nothing when there is none). Only for blobs no row shares, such as a person's data
   * export: a key names bytes, and other rows may point to the same bytes.
   */
  remove(key: string): Promise<void>;
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

/** A pass-through stream that learns the sha256 and size of what flows through it. */
export function hashingStream(): Transform & { digest(): { key: string; size: number } } {
  const hash = createHash('sha256');
  let size = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      size += chunk.length;
      done(null, chunk);
    },
  });
  return Object.assign(stream, { digest: () => ({ key: hash.digest('hex'), size }) });
}

const exists = (file: string) =>
  stat(file).then(
    (s) => s,
    () => null,
  );

/** Blobs as files `<dir>/<sha256>`; written to a temporary name first, so a reader never sees half a file. */
export function createLocalBlobStorage(dir: string): BlobStore {
  const temporaryName = (hint: string) => join(dir, `.${hint}.${randomBytes(6).toString('hex')}.tmp`);
  const fileOf = (key: string) => (isBlobKey(key) ? join(dir, key) : null);
  return {
    async put(bytes) {
      const key = blobKeyOf(bytes);
      const file = join(dir, key);
      if (await exists(file)) return key;
      await mkdir(dir, { recursive: true });
      const temporary = temporaryName(key);
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
      const file = fileOf(key);
      if (!file) return null;
      try {
        return await readFile(file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    async putStream(body) {
      await mkdir(dir, { recursive: true });
      const temporary = temporaryName('incoming');
      const hashing = hashingStream();
      try {
        await pipeline(Readable.from(body), hashing, createWriteStream(temporary));
        const stored = hashing.digest();
        const file = join(dir, stored.key);
        if (await exists(file)) await unlink(temporary);
        else await rename(temporary, file);
        return stored;
      } catch (error) {
        await unlink(temporary).catch(() => {});
        throw error;
      }
    },
    async getStream(key) {
      const file = fileOf(key);
      const found = file ? await exists(file) : null;
      if (!file || !found) return null;
      return { body: createReadStream(file), size: found.size };
    },
    async head(key) {
      const file = fileOf(key);
      const found = file ? await exists(file) : null;
      return found ? { size: found.size } : null;
    },
    async downloadUrl() {
      return null;
    },
    async remove(key) {
      const file = fileOf(key);
      if (file) await unlink(file).catch(() => {});
    },
  };
}

// One store per configuration: the S3 client keeps its connections, and every feature shares them.
const stores = new WeakMap<object, BlobStore>();

/** The storage a platform uses: its S3 bucket when `S3_*` is set, otherwise `<dataDir>/blobs`. */
export function blobStorageFor(config: { dataDir: string; s3?: S3Settings | undefined }): BlobStore {
  let store = stores.get(config);
  if (!store) {
    store = config.s3 ? createS3BlobStorageLazily(config.s3) : createLocalBlobStorage(join(config.dataDir, 'blobs'));
    stores.set(config, store);
  }
  return store;
}

/** The S3 store, its SDK loaded on first use (a platform on the local disk never loads it). */
function createS3BlobStorageLazily(settings: S3Settings): BlobStore {
  let loaded: Promise<BlobStore> | undefined;
  const store = () => {
    loaded ??= import('./s3-blob-storage.ts').then(({ createS3BlobStorage }) => createS3BlobStorage(settings));
    return loaded;
  };
  return {
    put: async (bytes) => (await store()).put(bytes),
    get: async (key) => (await store()).get(key),
    putStream: async (body) => (await store()).putStream(body),
    getStream: async (key) => (await store()).getStream(key),
    head: async (key) => (await store()).head(key),
    downloadUrl: async (key, file) => (await store()).downloadUrl(key, file),
    remove: async (key) => (await store()).remove(key),
  };
}
