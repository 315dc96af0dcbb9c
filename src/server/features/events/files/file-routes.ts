import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { SessionFile } from '../../../../shared/contracts/events.ts';
import type { Deps } from '../../../deps.ts';
import { notFound } from '../../../platform/errors/problem.ts';
import { sendStoredBlob } from '../../../platform/http/file-transfer.ts';
import { Uuid } from '../../../platform/http/id-schemas.ts';
import { problems } from '../../../platform/http/problem-schema.ts';
import { blobStorageFor } from '../../../platform/storage/blob-storage.ts';
import { bodyOf, streamingScope } from '../../documents/uploads/stream-scope.ts';
import { loadViewer, visibleEvent } from '../access.ts';
import { actorOf } from '../commands/actor.ts';
import { fileOfEvent } from './session-files.ts';
import { removeSessionFile, uploadSessionFile } from './upload-session-file.ts';

const tags = ['events'];
const SessionParams = Type.Object({ id: Uuid, sessionId: Uuid });
const SessionFileParams = Type.Object({ id: Uuid, sessionId: Uuid, fileId: Uuid });
const EventFileParams = Type.Object({ id: Uuid, fileId: Uuid });
const UploadQuery = Type.Object(
  { name: Type.String({ minLength: 1, maxLength: 255, description: 'The file’s name; its extension says its type' }) },
  { additionalProperties: false },
);

/**
 * A session's files (slides): organisers upload (the raw body, streamed) and remove them; whoever may
 * see the event downloads them, signed out too when the event is public.
 */
export async function sessionFileRoutes(fastify: FastifyInstance, deps: Deps) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const blobs = blobStorageFor(deps.config);

  app.get(
    '/events/:id/files/:fileId',
    {
      schema: {
        tags,
        summary: 'Download a session’s file (whoever may see the event; 404 otherwise)',
        params: EventFileParams,
        response: { 200: Type.Unsafe({ type: 'string', format: 'binary' }), ...problems(400, 404) },
      },
    },
    async (request, reply) => {
      const file = await deps.db.transaction(async (tx) => {
        const viewer = await loadViewer(tx, request.principal?.personId ?? null);
        await visibleEvent(tx, request.params.id, viewer);
        return fileOfEvent(tx, request.params.id, request.params.fileId);
      });
      if (!file) throw notFound('File');
      const sent = await sendStoredBlob(reply, blobs, {
        blobKey: file.blobKey,
        fileName: file.name,
        mediaType: file.mediaType,
      });
      if (!sent) throw notFound('File');
      return reply;
    },
  );

  app.delete(
    '/events/:id/sessions/:sessionId/files/:fileId',
    {
      schema: {
        tags,
        summary: 'Remove a file from a session (organisers)',
        params: SessionFileParams,
        response: { 204: Type.Null(), ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { id, sessionId, fileId } = request.params;
      await removeSessionFile(deps, actorOf(request.principal, request.ip), id, sessionId, fileId);
      return reply.code(204).send(null);
    },
  );

  await streamingScope(fastify, (scope) => {
    scope.withTypeProvider<TypeBoxTypeProvider>().post(
      '/events/:id/sessions/:sessionId/files',
      {
        schema: {
          tags,
          summary:
            'Attach a file (slides: PDF, ODP, PPTX, at most 50 MiB) to a session: the raw body, its name in ?name= (organisers)',
          params: SessionParams,
          querystring: UploadQuery,
          body: Type.Unsafe<Buffer>({ description: 'The file’s bytes' }),
          response: { 201: SessionFile, ...problems(400, 401, 403, 404, 409, 413, 415) },
        },
      },
      async (request, reply) => {
        const { id, sessionId } = request.params;
        const file = await uploadSessionFile(
          deps,
          blobs,
          actorOf(request.principal, request.ip),
          id,
          sessionId,
          request.query.name,
          bodyOf(request),
        );
        return reply.code(201).send(file);
      },
    );
  });
}
