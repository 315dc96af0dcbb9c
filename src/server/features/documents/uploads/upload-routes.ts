import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { NodeParams, StartUploadInput, UploadChunkQuery, UploadState } from '../../../../shared/contracts/documents.ts';
import type { Deps } from '../../../deps.ts';
import { problems } from '../../../platform/http/problem-schema.ts';
import { appendChunk, cancelUpload, startUpload, uploadState } from './resumable.ts';
import { bodyOf, streamingScope } from './stream-scope.ts';

const tags = ['documents'];

/** Resumable uploads: start, send chunks at the offset the server names, ask where it stands, cancel. */
export async function uploadRoutes(fastify: FastifyInstance, deps: Deps) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const dataDir = deps.config.dataDir;

  app.post(
    '/documents/uploads',
    {
      schema: {
        tags,
        summary:
          'Start a resumable upload of a large file into a space (then PATCH its chunks, then create the file with ?upload=)',
        body: StartUploadInput,
        response: { 201: UploadState, ...problems(400, 401, 403, 404, 413) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await startUpload(deps.db, dataDir, request.principal?.personId, request.body)),
  );

  app.get(
    '/documents/uploads/:id',
    {
      schema: {
        tags,
        summary: 'Where an upload stands: the offset the next chunk starts at',
        params: NodeParams,
        response: { 200: UploadState, ...problems(400, 401, 404) },
      },
    },
    async (request) => uploadState(deps.db, request.principal?.personId, request.params.id),
  );

  app.delete(
    '/documents/uploads/:id',
    {
      schema: {
        tags,
        summary: 'Cancel an upload; its bytes are deleted',
        params: NodeParams,
        response: { 204: Type.Null(), ...problems(400, 401, 404) },
      },
    },
    async (request, reply) => {
      await cancelUpload(deps.db, dataDir, request.principal?.personId, request.params.id);
      return reply.status(204).send(null);
    },
  );

  await streamingScope(fastify, (scope) => {
    scope.withTypeProvider<TypeBoxTypeProvider>().patch(
      '/documents/uploads/:id',
      {
        schema: {
          tags,
          summary: 'Send the next chunk (raw body) at ?offset=, which must be where the upload stands',
          params: NodeParams,
          querystring: UploadChunkQuery,
          body: Type.Unsafe<Buffer>({ description: 'The chunk’s bytes' }),
          response: { 200: UploadState, ...problems(400, 401, 404, 409, 413) },
        },
      },
      async (request) =>
        appendChunk(
          deps.db,
          dataDir,
          request.principal?.personId,
          request.params.id,
          request.query.offset,
          bodyOf(request),
        ),
    );
  });
}
