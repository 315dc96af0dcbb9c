import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import Fastify from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { createLocalBlobStorage } from '../storage/blob-storage.ts';
import { sendStoredBlob } from './file-transfer.ts';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

/** An app serving one stored file the way the feature routes do, logging into an array. */
async function fileApp() {
  const dir = await mkdtemp(join(tmpdir(), 'allmende-file-transfer-'));
  dirs.push(dir);
  const store = createLocalBlobStorage(dir);
  const blobKey = await store.put(new TextEncoder().encode('Tagesordnung'));
  const errors: unknown[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) {
        const entry = JSON.parse(line) as { level: number };
        if (entry.level >= 50) errors.push(entry);
      }
      done();
    },
  });
  const results: boolean[] = [];
  const app = Fastify({ logger: { level: 'info', stream } });
  app.get<{ Params: { key: string } }>('/files/:key', async (request, reply) => {
    const sent = await sendStoredBlob(reply, store, {
      blobKey: request.params.key,
      fileName: 'Sitzung.txt',
      mediaType: 'text/plain',
    });
    results.push(sent);
    if (!sent) return reply.status(404).send({ title: 'File not found' });
    return reply;
  });
  await app.ready();
  return { app, blobKey, errors, results };
}

describe('sending a stored file', () => {
  it('streams the bytes as a download and tells its caller it sent them, logging no error', async () => {
    const { app, blobKey, errors, results } = await fileApp();
    const response = await app.inject({ method: 'GET', url: `/files/${blobKey}` });
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe('Tagesordnung');
    expect(response.headers['content-disposition']).toMatch(/^attachment/);
    expect(response.headers['content-length']).toBe('12');
    // A reply is a thenable: returned from the async function it would arrive as `undefined` once the
    // response ended, and the route would throw "not found" into a finished response.
    expect(results).toEqual([true]);
    expect(errors).toEqual([]);
    await app.close();
  });

  it('sends nothing for a blob the store does not have, so the route can answer 404', async () => {
    const { app, errors, results } = await fileApp();
    const response = await app.inject({ method: 'GET', url: `/files/${'0'.repeat(64)}` });
    expect(response.statusCode).toBe(404);
    expect(results).toEqual([false]);
    expect(errors).toEqual([]);
    await app.close();
  });
});
