import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { open, rm } from 'node:fs/promises';
import http from 'node:http';
import { join } from 'node:path';
import { type Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { DocumentItem, UploadState } from '../src/shared/contracts/documents.ts';
import type { SourceFile } from './documents-disk.ts';

// Uploads and downloads through the documents API, as the web app sends them: files up to 8 MiB in one
// request, larger ones as a resumable upload in the chunks the server names, then the file made from it.
// The bytes go through node:http, file to socket and socket to file, so that the client costs little
// of the two cores the server has to share with it.

export interface Client {
  baseUrl: string;
  cookie: string;
  workspaceId: string;
  /** Its kept-alive connections. */
  agent: http.Agent;
}

/** A client of the server signed in with the session cookie; `agent.destroy()` closes its connections. */
export function clientOf(baseUrl: string, cookie: string, workspaceId: string): Client {
  return { baseUrl, cookie, workspaceId, agent: new http.Agent({ keepAlive: true, maxSockets: 32 }) };
}

/** A request with a body (bytes or a stream), answered with its status and text. */
function send(
  client: Client,
  method: 'POST' | 'PATCH',
  path: string,
  body: { bytes?: Buffer; stream?: Readable; length: number; type: string },
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${client.baseUrl}${path}`,
      {
        method,
        agent: client.agent,
        headers: {
          cookie: client.cookie,
          origin: client.baseUrl,
          'content-type': body.type,
          'content-length': body.length,
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    if (body.stream) pipeline(body.stream, request).catch(reject);
    else request.end(body.bytes);
  });
}

function expectStatus<T>(answer: { status: number; text: string }, what: string, status: number): T {
  if (answer.status !== status) throw new Error(`${what} answered ${answer.status}: ${answer.text.slice(0, 500)}`);
  return JSON.parse(answer.text) as T;
}

const filesPath = (client: Client, name: string) =>
  `/api/documents/spaces/workspace/${client.workspaceId}/files?name=${encodeURIComponent(name)}`;

/** One request with the whole file as its body, streamed from the disk; `name` for another name than the file's. */
export async function uploadDirect(client: Client, file: SourceFile, name = file.name): Promise<DocumentItem> {
  const answer = await send(client, 'POST', filesPath(client, name), {
    stream: createReadStream(file.path),
    length: file.size,
    type: 'application/octet-stream',
  });
  return expectStatus<DocumentItem>(answer, `POST files (${name})`, 201);
}

/** A resumable upload: started, sent in chunks read from the file one after the other, then made a file. */
export async function uploadResumable(
  client: Client,
  file: SourceFile,
): Promise<{ item: DocumentItem; chunks: number; finishMs: number }> {
  const input = JSON.stringify({
    spaceKind: 'workspace',
    spaceId: client.workspaceId,
    name: file.name,
    size: file.size,
  });
  let state = expectStatus<UploadState>(
    await send(client, 'POST', '/api/documents/uploads', {
      bytes: Buffer.from(input),
      length: Buffer.byteLength(input),
      type: 'application/json',
    }),
    'POST /api/documents/uploads',
    201,
  );
  const handle = await open(file.path, 'r');
  let chunks = 0;
  try {
    while (state.received < state.size) {
      // As the browser sends a slice of the file: the chunk's bytes read, then sent with their length.
      const chunk = Buffer.alloc(Math.min(state.chunkBytes, state.size - state.received));
      await handle.read(chunk, 0, chunk.length, state.received);
      const answer = await send(client, 'PATCH', `/api/documents/uploads/${state.id}?offset=${state.received}`, {
        bytes: chunk,
        length: chunk.length,
        type: 'application/octet-stream',
      });
      state = expectStatus<UploadState>(answer, `PATCH chunk ${chunks + 1}`, 200);
      chunks += 1;
    }
  } finally {
    await handle.close();
  }
  const finishing = performance.now();
  const made = await send(client, 'POST', `${filesPath(client, file.name)}&upload=${state.id}`, {
    bytes: Buffer.alloc(0),
    length: 0,
    type: 'application/octet-stream',
  });
  const item = expectStatus<DocumentItem>(made, 'POST files?upload=', 201);
  return { item, chunks, finishMs: Math.round(performance.now() - finishing) };
}

/** Downloads a file's content as one stream into `dir`, checks its sha256 on the way, and removes it. */
export async function download(client: Client, id: string, expected: SourceFile, dir: string): Promise<void> {
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
  const response = await new Promise<http.IncomingMessage>((resolve, reject) =>
    http
      .get(
        `${client.baseUrl}/api/documents/nodes/${id}/content`,
        { agent: client.agent, headers: { cookie: client.cookie } },
        resolve,
      )
      .on('error', reject),
  );
  if (response.statusCode !== 200) {
    response.resume();
    throw new Error(`GET content of ${expected.name} answered ${response.statusCode}`);
  }
  await pipeline(response, hashing, createWriteStream(target));
  await rm(target);
  const sha256 = hash.digest('hex');
  if (size !== expected.size || sha256 !== expected.sha256) {
    throw new Error(`${expected.name} came back as ${size} bytes with sha256 ${sha256}, not as sent`);
  }
}
