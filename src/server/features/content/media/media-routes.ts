import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import {
  ContentMediaItem,
  ContentMediaList,
  MEDIA_LIMITS,
  MEDIA_TYPES,
  MediaFileQuery,
  MediaListQuery,
  MediaParams,
  OrganisationMediaParams,
  UpdateMediaInput,
  UploadMediaQuery,
} from '../../../../shared/contracts/content-media.ts';
import type { Deps } from '../../../deps.ts';
import { contentDisposition } from '../../../platform/http/content-disposition.ts';
import { fileUploadScope, uploadedFileOf } from '../../../platform/http/file-transfer.ts';
import { problems } from '../../../platform/http/problem-schema.ts';
import { blobStorageFor } from '../../../platform/storage/blob-storage.ts';
import { deleteMediaItem } from './delete-media.ts';
import { listMedia } from './list-media.ts';
import { readMediaFile } from './read-media-file.ts';
import { updateMediaDetails } from './update-media.ts';
import { uploadMedia } from './upload-media.ts';

const tags = ['content'];
const LIMIT_MIB = MEDIA_LIMITS.bytes / (1024 * 1024);

/** The image library of an organisation's content pages: upload, list, change, delete, and the files. */
export async function contentMediaRoutes(fastify: FastifyInstance, deps: Deps) {
  const storage = blobStorageFor(deps.config);

  // The upload takes the file as raw bytes of any declared type, in this scope only: what it is, is read
  // from the bytes. Its details travel in the query string, beside it.
  await fileUploadScope(fastify, { what: 'An image', maxBytes: MEDIA_LIMITS.bytes }, (scope) => {
    const app = scope.withTypeProvider<TypeBoxTypeProvider>();
    app.post(
      '/content/organisations/:id/media',
      {
        bodyLimit: MEDIA_LIMITS.bytes,
        schema: {
          tags,
          summary: `Add an image to the organisation's library (admins and editors): a PNG, JPEG, WebP or GIF of up to ${LIMIT_MIB} MiB as the raw body, its name in X-File-Name (URL-encoded) or ?name=, its author and licence in the query string`,
          consumes: [...MEDIA_TYPES],
          params: OrganisationMediaParams,
          querystring: UploadMediaQuery,
          // Documents the body only: it arrives as bytes, which no JSON schema describes.
          body: Type.Unsafe<Buffer>({ description: 'The image’s bytes' }),
          response: { 201: ContentMediaItem, ...problems(400, 401, 403, 404, 413, 415) },
        },
      },
      async (request, reply) => {
        const { name, ...details } = request.query;
        const item = await uploadMedia(deps.db, storage, request.principal, request.params.id, {
          ...uploadedFileOf(request, name),
          details,
        });
        return reply.status(201).send(item);
      },
    );
  });

  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/content/organisations/:id/media',
    {
      schema: {
        tags,
        summary:
          'The organisation’s image library (its members), newest first; with shared=true the images every organisation shares',
        params: OrganisationMediaParams,
        querystring: MediaListQuery,
        response: { 200: ContentMediaList, ...problems(400, 401, 404) },
      },
    },
    async (request) => listMedia(deps.db, request.principal, request.params.id, request.query),
  );

  app.patch(
    '/content/media/:id',
    {
      schema: {
        tags,
        summary: 'Change an image’s alt text, author, licence, source or sharing (admins and editors)',
        params: MediaParams,
        body: UpdateMediaInput,
        response: { 200: ContentMediaItem, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => updateMediaDetails(deps.db, request.principal, request.params.id, request.body),
  );

  app.delete(
    '/content/media/:id',
    {
      schema: {
        tags,
        summary: 'Remove an image from the library (admins and editors)',
        params: MediaParams,
        response: { 204: Type.Null(), ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await deleteMediaItem(deps.db, request.principal, request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/content/media/:id/file',
    {
      schema: {
        tags,
        summary:
          'An image’s file: the web version (public once shared, else for the organisation’s members) or the original (its members only)',
        params: MediaParams,
        querystring: MediaFileQuery,
        produces: [...MEDIA_TYPES],
        response: {
          200: Type.Unsafe({ type: 'string', format: 'binary' }),
          304: Type.Null(),
          ...problems(400, 401, 403, 404),
        },
      },
    },
    async (request, reply) => {
      const file = await readMediaFile(
        deps.db,
        storage,
        request.principal,
        request.params.id,
        request.query.size ?? 'web',
      );
      const etag = `"${file.key}"`;
      // The bytes behind an image's address never change (a new file is a new image), so they are kept for a year.
      reply
        .header('cache-control', `${file.isPublic ? 'public' : 'private'}, max-age=31536000, immutable`)
        .header('etag', etag)
        .header('x-content-type-options', 'nosniff')
        // Whatever the file holds, it runs nothing when opened directly.
        .header('content-security-policy', "default-src 'none'; img-src 'self'; sandbox")
        .header('content-disposition', contentDisposition('inline', file.fileName));
      if (request.headers['if-none-match'] === etag) return reply.status(304).send(null);
      return reply.type(file.type).send(file.bytes);
    },
  );
}
