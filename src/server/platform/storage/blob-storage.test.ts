import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { blobKeyOf, createLocalBlobStorage } from './blob-storage.ts';

describe('local blob storage', () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'allmende-blobs-')), 'blobs');
  const storage = createLocalBlobStorage(dir);

  it('stores bytes under their sha256 and reads them back', async () => {
    const bytes = new TextEncoder().encode('hello');
    const key = await storage.put(bytes);
    expect(key).toBe('2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824');
    expect(key).toBe(blobKeyOf(bytes));
    expect((await storage.get(key))?.toString()).toBe('hello');
  });

  it('stores the same bytes once and leaves no temporary files', async () => {
    const bytes = new TextEncoder().encode('twice');
    await storage.put(bytes);
    await storage.put(bytes);
    const files = readdirSync(dir);
    expect(files.filter((f) => f === blobKeyOf(bytes))).toHaveLength(1);
    expect(files.some((f) => f.endsWith('.tmp'))).toBe(false);
  });

  it('answers null for unknown and malformed keys instead of reading elsewhere', async () => {
    expect(await storage.get('0'.repeat(64))).toBeNull();
    expect(await storage.get('../../etc/passwd')).toBeNull();
  });

  it('stores a stream under the same key as its bytes, once, and reads it back as a stream', async () => {
    const bytes = Buffer.from('als Strom geschrieben');
    const parts = [bytes.subarray(0, 3), bytes.subarray(3)];
    expect(await storage.putStream(Readable.from(parts))).toEqual({ key: blobKeyOf(bytes), size: bytes.length });
    expect(await storage.putStream(Readable.from(parts))).toEqual({ key: blobKeyOf(bytes), size: bytes.length });
    expect(await storage.head(blobKeyOf(bytes))).toEqual({ size: bytes.length });
    const read = await storage.getStream(blobKeyOf(bytes));
    const chunks: Buffer[] = [];
    for await (const chunk of read?.body ?? []) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).toString()).toBe('als Strom geschrieben');
    expect(readdirSync(dir).some((f) => f.endsWith('.tmp'))).toBe(false);
    expect(
      await storage.downloadUrl(blobKeyOf(bytes), { fileName: 'a', mediaType: 'text/plain', inline: false }),
    ).toBeNull();
  });

  it('leaves no temporary file when a stream fails', async () => {
    const failing = Readable.from(
      (async function* () {
        yield Buffer.from('halb');
        throw new Error('connection reset');
      })(),
    );
    await expect(storage.putStream(failing)).rejects.toThrow('connection reset');
    expect(readdirSync(dir).some((f) => f.endsWith('.tmp'))).toBe(false);
  });
});
