import type { Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../../../deps.ts';
import type { BlobStore } from '../../../platform/storage/blob-storage.ts';
import type { DocActor } from '../actor.ts';
import { DavError } from './dav-error.ts';
import type { IfGroup } from './headers/if-header.ts';
import type { DavResource } from './resolve.ts';

/** A WebDAV request once signed in and resolved: what every method's handler receives. */
export interface DavContext {
  request: FastifyRequest;
  reply: FastifyReply;
  deps: Deps;
  blobs: BlobStore;
  personId: string;
  /** The person, with the lock tokens the If header submitted (none: an empty list, never undefined). */
  actor: DocActor;
  ifGroups: IfGroup[] | null;
  resource: DavResource;
}

/** The request's body as a stream, unread until now (the scope's parser leaves it so). */
export function bodyStream(request: FastifyRequest): Readable {
  return request.raw;
}

// No PROPFIND, PROPPATCH or LOCK body of a real client comes near this.
const MAX_XML_BODY = 1024 * 1024;

/** An XML body as text, at most 1 MiB (413 beyond). */
export async function xmlBody(request: FastifyRequest): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of bodyStream(request)) {
    size += chunk.length;
    if (size > MAX_XML_BODY) throw new DavError(413, 'too-large', 'The XML body is too large', 'At most 1 MiB.');
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Whether the request carries a body (MKCOL with one is 415). */
export function hasBody(request: FastifyRequest): boolean {
  const length = request.headers['content-length'];
  return (length !== undefined && length !== '0') || request.headers['transfer-encoding'] !== undefined;
}
