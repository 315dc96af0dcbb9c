import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
});
