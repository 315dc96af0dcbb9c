import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createLocalBlobStorage } from '../../platform/storage/blob-storage.ts';
import { documentPath } from './parts/documents.ts';
import { createZipStream } from './zip-stream.ts';

describe('the export archive as a stream', () => {
  it('goes into the store while it is written, with texts and a file in many chunks, and opens again', async () => {
    const store = createLocalBlobStorage(mkdtempSync(join(tmpdir(), 'allmende-zip-')));
    const zip = createZipStream();
    const stored = store.putStream(zip.output);
    const file = randomBytes(3 * 1024 * 1024);
    await zip.addText('README.txt', 'Ihre Daten – your data\n');
    await zip.addText('account.json', JSON.stringify({ name: 'Änne Überall' }));
    const chunks = Array.from({ length: 48 }, (_, i) => file.subarray(i * 65_536, (i + 1) * 65_536));
    await zip.addStream('files/documents/v1-Bericht.bin', Readable.from(chunks));
    await zip.end();
    const { key, size } = await stored;
    expect(size).toBeGreaterThan(file.length);

    const entries = unzipSync(new Uint8Array((await store.get(key)) as Buffer));
    expect(Object.keys(entries)).toEqual(['README.txt', 'account.json', 'files/documents/v1-Bericht.bin']);
    expect(Buffer.from(entries['account.json'] as Uint8Array).toString('utf8')).toBe('{"name":"Änne Überall"}');
    expect(Buffer.from(entries['files/documents/v1-Bericht.bin'] as Uint8Array).equals(file)).toBe(true);
  });

  it('leaves nothing in the store when it is aborted', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'allmende-zip-'));
    const store = createLocalBlobStorage(dir);
    const zip = createZipStream();
    const stored = store.putStream(zip.output);
    await zip.addText('README.txt', 'x');
    zip.abort(new Error('stopped'));
    await expect(stored).rejects.toThrow();
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('names document files by version and a name without path or control characters', () => {
    expect(documentPath('v1', '../../etc/passwd')).toBe('documents/v1-.._.._etc_passwd');
    expect(documentPath('v2', 'a\u0000b:c?.txt')).toBe('documents/v2-a_b_c_.txt');
    expect(documentPath('v3', '')).toBe('documents/v3-file');
  });
});
