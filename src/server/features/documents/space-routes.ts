import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import {
  CreateFolderInput,
  DOCUMENT_LIMITS,
  DocumentItem,
  DocumentSpaceList,
  FolderListing,
  FolderQuery,
  SpaceParams,
  TrashListing,
  UploadFileQuery,
} from '../../../shared/contracts/documents.ts';
import type { Deps } from '../../deps.ts';
import { unauthenticated } from '../../platform/errors/problem.ts';
import { problems } from '../../platform/http/problem-schema.ts';
import { blobStorageFor } from '../../platform/storage/blob-storage.ts';
import { createFolder } from './nodes/create-folder.ts';
import { listFolder, listTrash } from './nodes/list-folder.ts';
import { uploadFile } from './nodes/upload-file.ts';
import { readableSpaces } from './space-access.ts';
import { bodyOf, streamingScope } from './uploads/stream-scope.ts';
import { spaceViews } from './views.ts';

const tags = ['documents'];

/** The spaces, their folders and trash, new folders and new files. */
export async function spaceRoutes(fastify: FastifyInstance, deps: Deps) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const blobs = blobStorageFor(deps.config);

  app.get(
    '/documents/spaces',
    {
      schema: {
        tags,
        summary: 'The document spaces the caller may read: their workspaces, organisation and alliances, with usage',
        response: { 200: DocumentSpaceList, ...problems(401) },
      },
    },
    async (request) => {
      const personId = request.principal?.personId;
      if (!personId) throw unauthenticated();
      return deps.db.transaction(async (tx) => ({ spaces: await spaceViews(tx, await readableSpaces(tx, personId)) }));
    },
  );

  app.get(
    '/documents/spaces/:kind/:id/items',
    {
      schema: {
        tags,
        summary: 'The folders and files of a space’s top level or of one folder (?folder=)',
        params: SpaceParams,
        querystring: FolderQuery,
        response: { 200: FolderListing, ...problems(400, 401, 404) },
      },
    },
    async (request) => listFolder(deps.db, request.principal?.personId, request.params, request.query.folder ?? null),
  );

  app.get(
    '/documents/spaces/:kind/:id/trash',
    {
      schema: {
        tags,
        summary: `What is in the space’s trash, restorable for ${DOCUMENT_LIMITS.trashDays} days`,
        params: SpaceParams,
        response: { 200: TrashListing, ...problems(400, 401, 404) },
      },
    },
    async (request) => listTrash(deps.db, request.principal?.personId, request.params),
  );

  app.post(
    '/documents/spaces/:kind/:id/folders',
    {
      schema: {
        tags,
        summary: 'Create a folder (at the top level or in `parentId`)',
        params: SpaceParams,
        body: CreateFolderInput,
        response: { 201: DocumentItem, ...problems(400, 401, 403, 404, 409, 423) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createFolder(deps.db, request.principal?.personId, request.params, request.body)),
  );

  await streamingScope(fastify, (scope) => {
    scope.withTypeProvider<TypeBoxTypeProvider>().post(
      '/documents/spaces/:kind/:id/files',
      {
        schema: {
          tags,
          summary: `Upload a new file: the raw body (up to ${DOCUMENT_LIMITS.directUploadBytes / 1024 / 1024} MiB; larger through /documents/uploads and ?upload=), its name in ?name=`,
          description:
            'A live file of that name answers 409 `document-exists` with `existingId`: upload to /documents/nodes/{existingId}/versions to make a new version. The media type is taken from the name, never from Content-Type.',
          params: SpaceParams,
          querystring: UploadFileQuery,
          body: Type.Unsafe<Buffer>({ description: 'The file’s bytes' }),
          response: { 201: DocumentItem, ...problems(400, 401, 403, 404, 409, 413, 423) },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await uploadFile(deps, blobs, request.principal?.personId, request.params, request.query, bodyOf(request)),
          ),
    );
  });
}
