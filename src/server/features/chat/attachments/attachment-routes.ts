import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { Attachment, MAX_ATTACHMENT_BYTES } from '../../../../shared/contracts/chat.ts';
import type { Deps } from '../../../deps.ts';
import { Problem } from '../../../platform/errors/problem.ts';
import { contentDisposition } from '../../../platform/http/content-disposition.ts';
import { IdParams } from '../../../platform/http/id-schemas.ts';
import { checkText } from '../../../platform/http/input-rule.ts';
import { problems } from '../../../platform/http/problem-schema.ts';
import { blobStorageFor } from '../../../platform/storage/blob-storage.ts';
import { chatActorOf } from '../actor.ts';
import { TAGS, UploadQuery } from '../schema.ts';
import { readAttachment, uploadAttachmentCommand } from './upload-attachment.ts';

const LIMIT_MIB = MAX_ATTACHMENT_BYTES / (1024 * 1024);

/** 413 naming the limit in MiB, as the docs and the web app say it. */
const tooLarge = () =>
  new Problem(
    413,
    'too-large',
    'File too large',
    `A file may have at most ${LIMIT_MIB} MiB (${MAX_ATTACHMENT_BYTES.toLocaleString('en')} bytes).`,
  );

/** The file name from X-File-Name (which the platform's input rule does not see, being a header) or ?name=. */
function fileNameFrom(header: unknown, query: string | undefined): string {
  if (typeof header !== 'string' || header === '') return query ?? '';
  let name: string;
  try {
    name = decodeURIComponent(header);
  } catch {
    throw new Problem(400, 'validation', 'X-File-Name must be URL-encoded UTF-8');
  }
  return checkText('headers', 'x-file-name', name);
}

export async function attachmentRoutes(fastify: FastifyInstance, deps: Deps) {
  const storage = blobStorageFor(deps.config);
  // Uploads take any type as raw bytes, in this scope only; a JSON file is a file here, not a body to parse.
  await fastify.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: MAX_ATTACHMENT_BYTES }, (_request, body, done) =>
      done(null, body),
    );
    // The platform's 413 knows no limit; here the person learns which one (thrown on to the platform's handler).
    scope.setErrorHandler((error: { code?: string }) => {
      if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') throw tooLarge();
      throw error;
    });
    const app = scope.withTypeProvider<TypeBoxTypeProvider>();
    app.post(
      '/channels/:id/attachments',
      {
        bodyLimit: MAX_ATTACHMENT_BYTES,
        schema: {
          tags: TAGS,
          summary: `Upload a file (up to ${LIMIT_MIB} MiB) as the raw body with its Content-Type and its name in X-File-Name (URL-encoded) or ?name=; post it with attachmentIds`,
          params: IdParams,
          querystring: UploadQuery,
          // Documents the body only: it arrives as bytes, which no JSON schema describes.
          body: Type.Unsafe<Buffer>({ description: 'The file’s bytes' }),
          response: { 201: Attachment, ...problems(400, 401, 404, 409, 413) },
        },
      },
      async (request, reply) => {
        const actor = chatActorOf(request);
        const bytes = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
        const declaredType =
          String(request.headers['content-type'] ?? '')
            .split(';')[0]
            ?.trim() ?? '';
        const attachment = await uploadAttachmentCommand(deps, storage, actor, request.params.id, {
          bytes,
          fileName: fileNameFrom(request.headers['x-file-name'], request.query.name),
          declaredType,
        });
        return reply.status(201).send(attachment);
      },
    );
  });

  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.get(
    '/attachments/:id',
    {
      schema: {
        tags: TAGS,
        summary:
          'An attachment’s file (for those who may read its channel): images inline, anything else as a download',
        params: IdParams,
        response: { 200: Type.Unsafe({ type: 'string', format: 'binary' }), ...problems(400, 401, 404) },
      },
    },
    async (request, reply) => {
      const actor = chatActorOf(request);
      const { row, bytes, isImage } = await readAttachment(deps, storage, actor.personId, request.params.id);
      reply
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, max-age=300')
        // Whatever the file holds, it runs nothing when opened directly.
        .header('content-security-policy', "default-src 'none'; img-src 'self'; sandbox")
        .header('content-disposition', contentDisposition(isImage ? 'inline' : 'attachment', row.fileName));
      return reply.type(isImage ? row.mediaType : row.mediaType || 'application/octet-stream').send(bytes);
    },
  );
}
