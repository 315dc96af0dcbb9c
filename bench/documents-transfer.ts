import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { DocumentItem, UploadState } from '../src/shared/contracts/documents.ts';
import type { SourceFile } from './documents-disk.ts';

// Uploads and downloads through the documents API, as the web app sends them: files up to 8 MiB in one
// request, larger ones as a resumable upload in the chunks the server names, then the file made from it.

export interface Client {
  baseUrl: string;
  cookie: string;
  workspaceId: string;
}

const headers = (client: Client, type?: string) => ({
  cookie: client.cookie,
  origin: client.baseUrl,
  ...(type ? { 'content-type': type } : {}),
});

async function expectStatus(res: Response, what: string, status: number) {
  if (res.status !== status) throw new Error(`${what} answered ${res.status}: ${await res.text()}`);
}

/** One request with the whole file as its body. */
export async function uploadDirect(client: Client, file: SourceFile): Promise<DocumentItem> {
  const url = `${client.baseUrl}/api/documents/spaces/workspace/${client.workspaceId}/files?name=${encodeURIComponent(file.name)}`;
  const res = await fetch(url, {
    method: 'POST',
    headers: headers(client, 'application/octet-stream'),
    body: await readFile(file.path),
  });
  await expectStatus(res, `POST files (${file.name})`, 201);
  return (await res.json()) as DocumentItem;
}

/** A resumable upload: started, sent in chunks read from the file one after the other, then made a file. */
export async function uploadResumable(
  client: Client,
  file: SourceFile,
): Promise<{ item: DocumentItem; chunks: number; finishMs: number }> {
  const started = await fetch(`${client.baseUrl}/api/documents/uploads`, {
    method: 'POST',
    headers: headers(client, 'application/json'),
    body: JSON.stringify({ spaceKind: 'workspace', spaceId: client.workspaceId, name: file.name, size: file.size }),
  });
  await expectStatus(started, 'POST /api/documents/uploads', 201);
  let state = (await started.json()) as UploadState;
  const handle = await open(file.path, 'r');
  let chunks = 0;
  try {
    while (state.received < state.size) {
      const chunk = Buffer.alloc(Math.min(state.chunkBytes, state.size - state.received));
      await handle.read(chunk, 0, chunk.length, state.received);
      const res = await fetch(`${client.baseUrl}/api/documents/uploads/${state.id}?offset=${state.received}`, {
        method: 'PATCH',
        headers: headers(client, 'application/octet-stream'),
        body: chunk,
      });
      await expectStatus(res, `PATCH chunk ${chunks + 1}`, 200);
      state = (await res.json()) as UploadState;
      chunks += 1;
    }
  } finally {
    await handle.close();
  }
  const finishing = performance.now();
  const made = await fetch(
    `${client.baseUrl}/api/documents/spaces/workspace/${client.workspaceId}/files?name=${encodeURIComponent(file.name)}&upload=${state.id}`,
    { method: 'POST', headers: headers(client) },
  );
  await expectStatus(made, 'POST files?upload=', 201);
  const item = (await made.json()) as DocumentItem;
  return { item, chunks, finishMs: Math.round(performance.now() - finishing) };
}

/** Downloads a file's content as one stream into `dir`, checks its sha256 on the way, and removes it. */
export async function download(client: Client, id: string, expected: SourceFile, dir: string): Promise<void> {
  const res = await fetch(`${client.baseUrl}/api/documents/nodes/${id}/content`, {
    headers: { cookie: client.cookie },
  });
  if (res.status !== 200 || !res.body) throw new Error(`GET content of ${expected.name} answered ${res.status}`);
  const hash = createHash('sha256');
  let size = 0;
  const hashing = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      size += chunk.length;
      done(null, chunk);
    },
  });
  const target = join(dir, `${id}.download`);
  await pipeline(
    Readable.fromWeb(res.body as import('node:stream/web').ReadableStream),
    hashing,
    createWriteStream(target),
  );
  await rm(target);
  const sha256 = hash.digest('hex');
  if (size !== expected.size || sha256 !== expected.sha256) {
    throw new Error(`${expected.name} came back as ${size} bytes with sha256 ${sha256}, not as sent`);
  }
}
