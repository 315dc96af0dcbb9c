import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import {
  ContentQuery,
  CopyNodeInput,
  DOCUMENT_LIMITS,
  DocumentDetail,
  DocumentItem,
  DocumentPreview,
  LockInput,
  NodeParams,
  UpdateNodeInput,
  UploadVersionQuery,
  VersionParams,
} from '../../../shared/contracts/documents.ts';
import type { Deps } from '../../deps.ts';
import { notFound } from '../../platform/errors/problem.ts';
import { problems } from '../../platform/http/problem-schema.ts';
import { blobStorageFor } from '../../platform/storage/blob-storage.ts';
import { previewVersion } from './content/preview.ts';
import { versionToSend } from './content/read-content.ts';
import { sendVersion } from './content/send-version.ts';
import { checkOut, release } from './locks/check-out.ts';
import { copyInSpace, purgeById, restoreById, trashById } from './nodes/node-actions.ts';
import { nodeDetail } from './nodes/node-detail.ts';
import { updateNode } from './nodes/update-node.ts';
import { bodyOf, streamingScope } from './uploads/stream-scope.ts';
import { restoreVersion, uploadVersion } from './versions/upload-version.ts';

const tags = ['documents'];
const NO_CONTENT = Type.Null({ description: 'No content' });

/** One folder or file: its page, changes, trash, content, versions and lock. */
export async function nodeRoutes(fastify: FastifyInstance, deps: Deps) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const blobs = blobStorageFor(deps.config);
  const me = (request: { principal: { personId: string } | null }) => request.principal?.personId;

  app.get(
    '/documents/nodes/:id',
    {
      schema: {
        tags,
        summary: 'A folder or file with where it is, its versions, approvals and links (also while in the trash)',
        params: NodeParams,
        response: { 200: DocumentDetail, ...problems(400, 401, 404) },
      },
    },
    async (request) => nodeDetail(deps.db, request.principal, request.params.id),
  );

  app.patch(
    '/documents/nodes/:id',
    {
      schema: {
        tags,
        summary: 'Rename, move (parentId), describe or tag a folder or file',
        params: NodeParams,
        body: UpdateNodeInput,
        response: { 200: DocumentItem, ...problems(400, 401, 403, 404, 409, 423) },
      },
    },
    async (request) => updateNode(deps.db, me(request), request.params.id, request.body),
  );

  app.post(
    '/documents/nodes/:id/copy',
    {
      schema: {
        tags,
        summary: 'Copy a folder (with what is in it) or a file into a folder of its space',
        params: NodeParams,
        body: CopyNodeInput,
        response: { 201: DocumentItem, ...problems(400, 401, 403, 404, 409, 413, 423) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await copyInSpace(deps.db, me(request), request.params.id, request.body)),
  );

  app.delete(
    '/documents/nodes/:id',
    {
      schema: {
        tags,
        summary: `Move a folder or file into the trash (restorable for ${DOCUMENT_LIMITS.trashDays} days)`,
        params: NodeParams,
        response: { 204: NO_CONTENT, ...problems(400, 401, 403, 404, 423) },
      },
    },
    async (request, reply) => {
      await trashById(deps.db, me(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/documents/nodes/:id/restore',
    {
      schema: {
        tags,
        summary: 'Take a folder or file out of the trash (to the top level when its folder is gone)',
        params: NodeParams,
        response: { 200: DocumentItem, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => restoreById(deps.db, me(request), request.params.id),
  );

  app.delete(
    '/documents/nodes/:id/purge',
    {
      schema: {
        tags,
        summary: 'Delete a trashed folder or file for good (who manages the space)',
        params: NodeParams,
        response: { 204: NO_CONTENT, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await purgeById(deps.db, me(request), request.params.id, request.ip);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/documents/nodes/:id/content',
    {
      schema: {
        tags,
        summary: 'A file’s bytes: the current version or ?version=; ?inline=true shows PDFs and images in the browser',
        params: NodeParams,
        querystring: ContentQuery,
        response: { 200: Type.Unsafe({ description: 'The file' }), 304: NO_CONTENT, ...problems(400, 401, 404) },
      },
    },
    async (request, reply) => {
      const { node, version } = await versionToSend(deps.db, me(request), request.params.id, request.query.version);
      const sent = await sendVersion(request, reply, blobs, {
        name: node.name,
        version,
        inline: request.query.inline === true,
      });
      if (!sent) throw notFound('Version');
      return reply;
    },
  );

  app.get(
    '/documents/nodes/:id/preview',
    {
      schema: {
        tags,
        summary: 'A text file’s text or a Markdown file as sanitised HTML (the beginning of large ones)',
        params: NodeParams,
        querystring: Type.Object({ version: Type.Optional(ContentQuery.properties.version) }),
        response: { 200: DocumentPreview, ...problems(400, 401, 404) },
      },
    },
    async (request) => {
      const { version } = await versionToSend(deps.db, me(request), request.params.id, request.query.version);
      return previewVersion(blobs, version);
    },
  );

  app.post(
    '/documents/nodes/:id/versions/:versionId/restore',
    {
      schema: {
        tags,
        summary: 'Make an earlier version current again (as a new version)',
        params: VersionParams,
        response: { 200: DocumentItem, ...problems(400, 401, 403, 404, 413, 423) },
      },
    },
    async (request) => restoreVersion(deps, me(request), request.params.id, request.params.versionId),
  );

  app.post(
    '/documents/nodes/:id/lock',
    {
      schema: {
        tags,
        summary: 'Check a file out: others may read it but not change it until it is released or the lock runs out',
        params: NodeParams,
        body: Type.Optional(LockInput),
        response: { 200: DocumentItem, ...problems(400, 401, 403, 404, 423) },
      },
    },
    async (request) => checkOut(deps.db, me(request), request.params.id, request.body?.minutes),
  );

  app.delete(
    '/documents/nodes/:id/lock',
    {
      schema: {
        tags,
        summary: 'Release the lock: its owner, or who manages the space',
        params: NodeParams,
        response: { 200: DocumentItem, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => release(deps.db, me(request), request.params.id, request.ip),
  );

  await streamingScope(fastify, (scope) => {
    scope.withTypeProvider<TypeBoxTypeProvider>().post(
      '/documents/nodes/:id/versions',
      {
        schema: {
          tags,
          summary:
            'Upload a new version of a file: the raw body (or ?upload= of a finished resumable upload), a ?comment=',
          params: NodeParams,
          querystring: UploadVersionQuery,
          body: Type.Unsafe<Buffer>({ description: 'The file’s bytes' }),
          response: { 201: DocumentItem, ...problems(400, 401, 403, 404, 409, 413, 423) },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await uploadVersion(deps, blobs, me(request), request.params.id, request.query, bodyOf(request))),
    );
  });
}
