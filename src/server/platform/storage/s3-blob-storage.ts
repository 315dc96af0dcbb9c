import { randomUUID } from 'node:crypto';
import { pipeline, Readable } from 'node:stream';
import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { contentDisposition } from '../http/content-disposition.ts';
import { ServiceUnavailable } from '../service-check.ts';
import { type BlobStore, blobKeyOf, hashingStream, isBlobKey } from './blob-storage.ts';
import type { S3Settings } from './s3-settings.ts';

/** Streams go up in parts of 5 MiB, three at a time: about 15 MiB in memory per upload, whatever its size. */
const PART_SIZE = 5 * 1024 * 1024;
const PARTS_AT_ONCE = 3;
/** Where a stream is written while its key (the sha256 of all its bytes) is not yet known. */
export const INCOMING_PREFIX = 'incoming/';

/** The S3 store and what only the copy from the local disk needs: writing under a key known beforehand. */
export interface S3BlobStore extends BlobStore {
  /** Streams the body to `key`; the caller vouches that `key` is the body's sha256 (it is checked after). */
  putAs(key: string, body: Readable): Promise<{ key: string; size: number }>;
  /** Removes an object (used when a copied body turns out not to match its key). */
  remove(key: string): Promise<void>;
}

export function s3ClientOf(settings: S3Settings): S3Client {
  return new S3Client({
    region: settings.region,
    endpoint: settings.endpoint,
    forcePathStyle: settings.forcePathStyle,
    credentials:
      settings.accessKeyId && settings.secretAccessKey
        ? { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey }
        : undefined,
    // Checksums only where S3 demands them: many S3-compatible servers (older MinIO, Ceph) refuse the
    // chunked trailers the SDK sends otherwise. The key is the sha256 of the bytes, checked on every write.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

function isNotFound(error: unknown): boolean {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e.name === 'NoSuchKey' || e.name === 'NotFound' || e.$metadata?.httpStatusCode === 404;
}

/** Blobs as objects `<sha256>` in a bucket, written whole or not at all (S3 shows no half-written object). */
export function createS3BlobStorage(settings: S3Settings, client = s3ClientOf(settings)): S3BlobStore {
  const Bucket = settings.bucket;

  async function head(key: string) {
    if (!isBlobKey(key)) return null;
    try {
      const answer = await client.send(new HeadObjectCommand({ Bucket, Key: key }));
      return { size: answer.ContentLength ?? 0 };
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  async function open(key: string) {
    if (!isBlobKey(key)) return null;
    try {
      const answer = await client.send(new GetObjectCommand({ Bucket, Key: key }));
      return answer.Body ? { body: answer.Body, size: answer.ContentLength ?? 0 } : null;
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  const remove = async (key: string) => {
    await client.send(new DeleteObjectCommand({ Bucket, Key: key }));
  };

  /** Streams a body to `key` in parts, hashing it on the way; an aborted or failed upload leaves no object. */
  async function upload(key: string, body: Readable | AsyncIterable<Uint8Array>) {
    const hashing = hashingStream();
    const source = body instanceof Readable ? body : Readable.from(body);
    // A failing source fails the upload (pipe alone would leave it waiting).
    pipeline(source, hashing, () => {});
    await new Upload({
      client,
      params: { Bucket, Key: key, Body: hashing },
      partSize: PART_SIZE,
      queueSize: PARTS_AT_ONCE,
      leavePartsOnError: false,
    }).done();
    return hashing.digest();
  }

  return {
    async put(bytes) {
      const key = blobKeyOf(bytes);
      // Same key, same bytes: a blob already there is not sent again.
      if (await head(key)) return key;
      await client.send(new PutObjectCommand({ Bucket, Key: key, Body: bytes, ContentLength: bytes.length }));
      return key;
    },
    async get(key) {
      const found = await open(key);
      return found ? Buffer.from(await found.body.transformToByteArray()) : null;
    },
    async putStream(body) {
      // The key is known only at the end: the stream goes to a name of its own, and is then copied
      // within the bucket to its key (unless those bytes are there already) and the name removed.
      const incoming = `${INCOMING_PREFIX}${randomUUID()}`;
      try {
        const stored = await upload(incoming, body);
        if (!(await head(stored.key))) {
          await client.send(
            new CopyObjectCommand({ Bucket, Key: stored.key, CopySource: `${encodeURIComponent(Bucket)}/${incoming}` }),
          );
        }
        return stored;
      } finally {
        await remove(incoming).catch(() => {});
      }
    },
    async putAs(key, body) {
      const stored = await upload(key, body);
      if (stored.key !== key) {
        await remove(key);
        throw new Error(`the bytes of ${key} have the sha256 ${stored.key}`);
      }
      return stored;
    },
    remove,
    async getStream(key) {
      const found = await open(key);
      return found ? { body: found.body as Readable, size: found.size } : null;
    },
    head,
    async downloadUrl(key, file) {
      if (settings.downloads !== 'presigned' || !isBlobKey(key)) return null;
      const command = new GetObjectCommand({
        Bucket,
        Key: key,
        // The bucket answers with the name and type the platform stored, not whatever the object says.
        ResponseContentDisposition: contentDisposition(file.inline ? 'inline' : 'attachment', file.fileName),
        ResponseContentType: file.mediaType || 'application/octet-stream',
        ResponseCacheControl: 'private, max-age=60',
      });
      return getSignedUrl(client, command, { expiresIn: settings.presignSeconds });
    },
  };
}

/**
 * Asks the bucket to answer within `timeoutMs` at start-up. Throws a {@link ServiceUnavailable} naming
 * the setting to look at; neither key appears in the message.
 */
export async function checkS3Bucket(settings: S3Settings, timeoutMs: number): Promise<void> {
  const client = s3ClientOf(settings);
  const where = `bucket "${settings.bucket}" at ${settings.endpoint ?? `AWS ${settings.region}`}`;
  try {
    await client.send(new HeadBucketCommand({ Bucket: settings.bucket }), {
      abortSignal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const e = error as { name?: string; code?: string; message?: string; $metadata?: { httpStatusCode?: number } };
    const status = e.$metadata?.httpStatusCode;
    if (status === 404 || e.name === 'NotFound' || e.name === 'NoSuchBucket') {
      throw new ServiceUnavailable('S3_BUCKET', `${where} does not exist`);
    }
    if (status === 403 || status === 401) {
      throw new ServiceUnavailable('S3_ACCESS_KEY_ID', `${where} refused access (${status}); check the keys`);
    }
    if (e.name === 'AbortError' || e.name === 'TimeoutError') {
      throw new ServiceUnavailable('S3_ENDPOINT', `${where} did not answer within ${Math.ceil(timeoutMs / 1000)} s`);
    }
    const code = e.code ?? (error as { cause?: { code?: string } }).cause?.code;
    const message = String(e.message ?? error).split('\n')[0];
    throw new ServiceUnavailable('S3_ENDPOINT', `${where} cannot be reached: ${message}${code ? ` (${code})` : ''}`);
  } finally {
    client.destroy();
  }
}
