import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { Deps } from '../../../deps.ts';
import { notFound, Problem } from '../../../platform/errors/problem.ts';
import { IdParams } from '../../../platform/http/id-schemas.ts';
import { problems } from '../../../platform/http/problem-schema.ts';
import { blobStorageFor } from '../../../platform/storage/blob-storage.ts';
import { IMAGE_TYPES, imageTypeOf } from '../../../platform/storage/image-type.ts';
import { TAGS } from '../schema.ts';
import { actorOf } from '../viewer.ts';
import { requireOrganisation } from './profile.ts';
import { MAX_LOGO_BYTES, removeLogo, setLogo } from './set-logo.ts';

const LogoQuery = Type.Object({ v: Type.Optional(Type.String({ maxLength: 64 })) });

export async function logoRoutes(fastify: FastifyInstance, deps: Deps) {
  const storage = blobStorageFor(deps.config);

  // Image bodies are accepted by these routes only; everywhere else they stay unsupported media types.
  await fastify.register(async (scope) => {
    scope.addContentTypeParser(
      [...IMAGE_TYPES],
      { parseAs: 'buffer', bodyLimit: MAX_LOGO_BYTES },
      (_request, body, done) => done(null, body),
    );
    const app = scope.withTypeProvider<TypeBoxTypeProvider>();

    app.put(
      '/organisations/:id/logo',
      {
        bodyLimit: MAX_LOGO_BYTES,
        schema: {
          tags: TAGS,
          summary: 'Upload the logo: a PNG, JPEG or WebP image of at most 512 KiB as the raw request body',
          consumes: [...IMAGE_TYPES],
          params: IdParams,
          // Documents the body only: it arrives as bytes, which no JSON schema describes; setLogo checks them.
          body: Type.Unsafe<Buffer>({ description: 'The image bytes (PNG, JPEG or WebP, at most 512 KiB)' }),
          response: { 204: Type.Null(), ...problems(400, 401, 403, 404, 413, 415) },
        },
      },
      async (request, reply) => {
        const declaredType = String(request.headers['content-type'] ?? '')
          .split(';')[0]
          ?.trim()
          .toLowerCase();
        if (!Buffer.isBuffer(request.body) || !(IMAGE_TYPES as readonly string[]).includes(declaredType ?? '')) {
          throw new Problem(415, 'unsupported-media-type', 'Send the image as image/png, image/jpeg or image/webp');
        }
        const actor = await actorOf(deps.db, request);
        await setLogo(deps.db, storage, actor, request.params.id, {
          bytes: request.body,
          declaredType: declaredType ?? '',
        });
        return reply.status(204).send(null);
      },
    );

    app.delete(
      '/organisations/:id/logo',
      {
        schema: {
          tags: TAGS,
          summary: 'Remove the logo',
          params: IdParams,
          response: { 204: Type.Null(), ...problems(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        const actor = await actorOf(deps.db, request);
        await removeLogo(deps.db, actor, request.params.id);
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/organisations/:id/logo',
      {
        schema: {
          tags: TAGS,
          summary: 'The logo image (public)',
          params: IdParams,
          querystring: LogoQuery,
          produces: [...IMAGE_TYPES],
          response: { 200: Type.Unsafe({ type: 'string', format: 'binary' }), 304: Type.Null(), ...problems(400, 404) },
        },
      },
      async (request, reply) => {
        const organisation = await requireOrganisation(deps.db, request.params.id);
        const key = organisation.logoKey;
        const bytes = key ? await storage.get(key) : null;
        const type = bytes ? imageTypeOf(bytes) : null;
        if (!key || !bytes || !type) throw notFound('Logo');
        const etag = `"${key}"`;
        // The address from logoUrl carries the key, so that address never changes its content.
        const cache =
          request.query.v && key.startsWith(request.query.v) && request.query.v.length >= 8
            ? 'public, max-age=31536000, immutable'
            : 'public, max-age=300';
        reply.header('cache-control', cache).header('etag', etag).header('x-content-type-options', 'nosniff');
        if (request.headers['if-none-match'] === etag) return reply.status(304).send(null);
        return reply.type(type).send(bytes);
      },
    );
  });
}
