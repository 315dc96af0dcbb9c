import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { afterAll, describe, expect, it } from 'vitest';
import { startTestS3 } from '../../test/s3-server.ts';
import { checkServices, ServiceUnavailable } from '../service-check.ts';
import { blobKeyOf, createLocalBlobStorage } from './blob-storage.ts';
import { checkS3Bucket, createS3BlobStorage, INCOMING_PREFIX, s3ClientOf } from './s3-blob-storage.ts';

const s3 = await startTestS3();
afterAll(() => s3.close());
const storage = createS3BlobStorage(s3.settings);

async function objectKeys() {
  const answer = await s3ClientOf(s3.settings).send(new ListObjectsV2Command({ Bucket: s3.settings.bucket }));
  return (answer.Contents ?? []).map((object) => object.Key);
}

const run = promisify(execFile);

async function sha256Of(stream: Readable) {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of stream) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { key: hash.digest('hex'), size };
}

describe('S3 blob storage', () => {
  it('stores bytes under their sha256, the same key the local disk uses, and reads them back', async () => {
    const bytes = new TextEncoder().encode('hello');
    const key = await storage.put(bytes);
    expect(key).toBe(blobKeyOf(bytes));
    expect(key).toBe(await createLocalBlobStorage(mkdtempSync(join(tmpdir(), 'allmende-blobs-'))).put(bytes));
    expect((await storage.get(key))?.toString()).toBe('hello');
    expect(await storage.head(key)).toEqual({ size: 5 });
    const streamed = await storage.getStream(key);
    expect(streamed?.size).toBe(5);
    expect(await sha256Of(streamed?.body as Readable)).toEqual({ key, size: 5 });
  });

  it('stores the same bytes once, by buffer or by stream, and leaves no incoming object', async () => {
    const bytes = Buffer.from('zweimal dasselbe');
    const key = await storage.put(bytes);
    expect(await storage.put(bytes)).toBe(key);
    expect(await storage.putStream(Readable.from([bytes.subarray(0, 4), bytes.subarray(4)]))).toEqual({
      key,
      size: bytes.length,
    });
    const keys = await objectKeys();
    expect(keys.filter((k) => k === key)).toHaveLength(1);
    expect(keys.some((k) => k?.startsWith(INCOMING_PREFIX))).toBe(false);
  });

  it('answers null for unknown and malformed keys, as the local disk does', async () => {
    const local = createLocalBlobStorage(mkdtempSync(join(tmpdir(), 'allmende-blobs-')));
    for (const store of [storage, local]) {
      for (const key of ['0'.repeat(64), '../../etc/passwd', `${INCOMING_PREFIX}x`]) {
        expect(await store.get(key)).toBeNull();
        expect(await store.getStream(key)).toBeNull();
        expect(await store.head(key)).toBeNull();
      }
    }
  });

  it('streams a large body in and out without holding it in memory', async () => {
    const MiB = 1024 * 1024;
    const sizes = [16 * MiB, 96 * MiB];
    const probe = fileURLToPath(new URL('./s3-memory-probe.ts', import.meta.url));
    const { stdout } = await run(process.execPath, [
      '--expose-gc',
      '--import',
      'tsx',
      probe,
      JSON.stringify(s3.settings),
      sizes.join(','),
    ]);
    const [small, large] = JSON.parse(stdout.trim().split('\n').pop() as string);
    for (const [i, result] of [small, large].entries()) {
      expect(result.stored).toEqual({ key: result.sent, size: sizes[i] });
      expect(result.read).toEqual(result.stored);
    }
    // The SDK’s first multipart upload costs memory once; 80 MiB more body must not cost 80 MiB more
    // (parts of 5 MiB, three at a time).
    const grown = (large.rssGrowth - small.rssGrowth) / MiB;
    console.log(
      `16 MiB: resident memory +${(small.rssGrowth / MiB).toFixed(1)} MiB; 96 MiB: +${grown.toFixed(1)} MiB more`,
    );
    expect(grown).toBeLessThan(48);
    expect(large.rssGrowth / MiB).toBeLessThan(96);
    expect((await objectKeys()).some((k) => k?.startsWith(INCOMING_PREFIX))).toBe(false);
  });

  it('leaves nothing behind when the stream fails halfway', async () => {
    const before = await objectKeys();
    const failing = Readable.from(
      (async function* () {
        yield Buffer.alloc(6 * 1024 * 1024, 1);
        throw new Error('connection reset');
      })(),
    );
    await expect(storage.putStream(failing)).rejects.toThrow();
    expect(await objectKeys()).toEqual(before);
  });

  it('downloads through the server unless presigned downloads are asked for', async () => {
    const key = await storage.put(Buffer.from('nur über den Server'));
    expect(await storage.downloadUrl(key, { fileName: 'a.txt', mediaType: 'text/plain', inline: false })).toBeNull();
  });

  it('hands out a presigned URL that serves the file under its name and type, and expires', async () => {
    const presigning = createS3BlobStorage({ ...s3.settings, downloads: 'presigned', presignSeconds: 1 });
    const key = await presigning.put(Buffer.from('Haushaltsplan 2026'));
    const url = await presigning.downloadUrl(key, {
      fileName: 'Haushalt ä.pdf',
      mediaType: 'application/pdf',
      inline: false,
    });
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
    const answer = await fetch(url as string);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/pdf');
    expect(answer.headers.get('content-disposition')).toBe(
      `attachment; filename="Haushalt _.pdf"; filename*=UTF-8''Haushalt%20%C3%A4.pdf`,
    );
    expect(await answer.text()).toBe('Haushaltsplan 2026');
    expect(await presigning.downloadUrl('../x', { fileName: 'x', mediaType: '', inline: true })).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 2100));
    expect((await fetch(url as string)).status).toBe(403);
  });
});

describe('the S3 start-up check', () => {
  it('is one of the services the platform asks before it starts', async () => {
    await expect(checkServices({ s3: { ...s3.settings, bucket: 'fehlt' } }, 5000)).rejects.toMatchObject({
      setting: 'S3_BUCKET',
    });
  });

  it('passes for a reachable bucket', async () => {
    await expect(checkS3Bucket(s3.settings, 5000)).resolves.toBeUndefined();
  });

  it('names the setting to look at, and never a key', async () => {
    const cases = [
      [{ bucket: 'gibt-es-nicht' }, 'S3_BUCKET', /does not exist/],
      [{ accessKeyId: 'FALSCH', secretAccessKey: 'streng-geheim' }, 'S3_ACCESS_KEY_ID', /refused access/],
      [{ endpoint: 'http://127.0.0.1:9' }, 'S3_ENDPOINT', /cannot be reached/],
    ] as const;
    for (const [overrides, setting, message] of cases) {
      const error = await checkS3Bucket({ ...s3.settings, ...overrides }, 5000).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ServiceUnavailable);
      expect((error as ServiceUnavailable).setting).toBe(setting);
      expect((error as Error).message).toMatch(message);
      expect((error as Error).message).not.toMatch(/S3RVER|streng-geheim|FALSCH/);
    }
  });
});
