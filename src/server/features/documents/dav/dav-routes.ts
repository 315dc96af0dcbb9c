import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../../../deps.ts';
import { Problem } from '../../../platform/errors/problem.ts';
import { blobStorageFor } from '../../../platform/storage/blob-storage.ts';
import type { DavContext } from './dav-context.ts';
import { DavError } from './dav-error.ts';
import { DAV_PREFIX, davSegments } from './dav-path.ts';
import { davSignIn } from './dav-sign-in.ts';
import { parseIfHeader, submittedTokens } from './headers/if-header.ts';
import { answerMacMetadata, isMacMetadata } from './mac-metadata.ts';
import { copyOrMove } from './methods/copy-move.ts';
import { deleteResource } from './methods/delete.ts';
import { get } from './methods/get.ts';
import { lock } from './methods/lock.ts';
import { mkcol } from './methods/mkcol.ts';
import { DAV_METHODS, options } from './methods/options.ts';
import { propfind } from './methods/propfind.ts';
import { proppatch } from './methods/proppatch.ts';
import { put } from './methods/put.ts';
import { unlock } from './methods/unlock.ts';
import { resolveDav } from './resolve.ts';
import { errorXml, XML_TYPE } from './xml/multistatus.ts';

const WRITES = new Set(['PUT', 'DELETE', 'MKCOL', 'COPY', 'MOVE', 'PROPPATCH', 'LOCK', 'UNLOCK']);
const EXTENSION_METHODS = ['PROPFIND', 'PROPPATCH', 'MKCOL', 'COPY', 'MOVE', 'LOCK', 'UNLOCK'];

/** How a refusal reads to a WebDAV client: the DAV:error of a failed condition, else the platform's problem+json. */
function davErrorHandler(error: Error, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof DavError && error.condition) {
    return reply.status(error.status).type(XML_TYPE).send(errorXml(error.condition, error.conditionHrefs));
  }
  if (error instanceof Problem && error.status === 423) {
    // Another's lock: RFC 4918 names the locked resource in DAV:lock-token-submitted.
    const path = request.url.split('?')[0] ?? DAV_PREFIX;
    return reply
      .status(423)
      .type(XML_TYPE)
      .send(errorXml('lock-token-submitted', [path]));
  }
  throw error;
}

/**
 * WebDAV at /dav/ (outside /api, as its own plugin): the spaces the person may read as folders, their
 * folders and files below. Its own body parser hands every body on as a stream, so a PUT goes into the
 * blob store as it arrives; its own sign-in (app passwords over Basic) ignores the session cookie.
 */
export async function davRoutes(app: FastifyInstance, deps: Deps): Promise<void> {
  for (const method of EXTENSION_METHODS) {
    if (!app.supportedMethods.includes(method)) app.addHttpMethod(method, { hasBody: true });
  }
  await app.register(async (scope) => {
    const blobs = blobStorageFor(deps.config);
    const principalOf = davSignIn(scope, deps);
    scope.removeAllContentTypeParsers();
    // The body is left unread (request.raw): a handler streams it or reads it as XML. It is not put into
    // request.body, which the platform's input rule walks as JSON.
    scope.addContentTypeParser('*', (_request, _payload, done) => done(null));
    scope.setErrorHandler(davErrorHandler);
    // Writes publish their events before the answer leaves, as /api's do.
    scope.addHook('onSend', async (request, reply, payload) => {
      if (WRITES.has(request.method) && reply.statusCode < 400) await deps.publisher.flush();
      return payload;
    });
    // A saved, copied or moved file's text is extracted at once, not at the job runner's next look.
    scope.addHook('onResponse', async (request, reply) => {
      if (WRITES.has(request.method) && reply.statusCode < 300) app.jobs.wake();
    });

    // The reply is returned, so that Fastify waits for a streamed answer instead of sending another.
    async function handle(request: FastifyRequest, reply: FastifyReply) {
      await answer(request, reply);
      return reply;
    }

    async function answer(request: FastifyRequest, reply: FastifyReply) {
      if (request.method === 'OPTIONS') return options(reply);
      const principal = await principalOf(request, reply);
      const segments = davSegments(request.url);
      if (segments === null) throw new DavError(404, 'not-found', 'Not found');
      if (segments.length > 1 && isMacMetadata(segments.at(-1))) return answerMacMetadata(request, reply);
      const ifGroups = parseIfHeader(request.headers.if as string | undefined);
      const ctx: DavContext = {
        request,
        reply,
        deps,
        blobs,
        personId: principal.personId,
        actor: { personId: principal.personId, lockTokens: submittedTokens(ifGroups) },
        ifGroups,
        resource: await resolveDav(deps.db, principal.personId, segments),
      };
      switch (request.method) {
        case 'GET':
          return get(ctx, false);
        case 'HEAD':
          return get(ctx, true);
        case 'PROPFIND':
          return propfind(ctx);
        case 'PROPPATCH':
          return proppatch(ctx);
        case 'PUT':
          return put(ctx);
        case 'MKCOL':
          return mkcol(ctx);
        case 'DELETE':
          return deleteResource(ctx);
        case 'COPY':
        case 'MOVE':
          return copyOrMove(ctx, request.method);
        case 'LOCK':
          return lock(ctx);
        case 'UNLOCK':
          return unlock(ctx);
        default:
          throw new DavError(405, 'method-not-allowed', 'Method not allowed');
      }
    }
    // Office asks OPTIONS of the server's root, whatever folder was opened, and wants MS-Author-Via there
    // before it saves through WebDAV.
    scope.route({
      method: 'OPTIONS',
      url: '/',
      schema: { hide: true },
      handler: async (_request, reply) => options(reply),
    });
    for (const url of [DAV_PREFIX, `${DAV_PREFIX}/*`]) {
      scope.route({ method: [...DAV_METHODS], url, exposeHeadRoute: false, schema: { hide: true }, handler: handle });
    }
  });
}
