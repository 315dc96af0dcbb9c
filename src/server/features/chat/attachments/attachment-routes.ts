import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { Attachment, MAX_ATTACHMENT_BYTES } from '../../../../shared/contracts/chat.ts';
import type { Deps } from '../../../deps.ts';
import { notFound } from '../../../platform/errors/problem.ts';
import {
  FileNameQuery,
  fileUploadScope,
  sendStoredBlob,
  uploadedFileOf,
} from '../../../platform/http/file-transfer.ts';
import { IdParams } from '../../../platform/http/id-schemas.ts';
import { problems } from '../../../platform/http/problem-schema.ts';
import { blobStorageFor } from '../../../platform/storage/blob-storage.ts';
import { chatActorOf } from '../actor.ts';
import { TAGS } from '../schema.ts';
import { readAttachment, uploadAttachmentCommand } from './upload-attachment.ts';

const LIMIT_MIB = MAX_ATTACHMENT_BYTES / (1024 * 1024);

export async function attachmentRoutes(fastify: FastifyInstance, deps: Deps) {
  const storage = blobStorageFor(deps.config);
  await fileUploadScope(fastify, { what: 'A file', maxBytes: MAX_ATTACHMENT_BYTES }, (scope) => {
    const app = scope.withTypeProvider<TypeBoxTypeProvider>();
    app.post(
      '/channels/:id/attachments',
      {
        bodyLimit: MAX_ATTACHMENT_BYTES,
        schema: {
          tags: TAGS,
          summary: `Upload a file (up to ${LIMIT_MIB} MiB) as the raw body with its Content-Type and its name in X-File-Name (URL-encoded) or ?name=; post it with attachmentIds`,
          params: IdParams,
          querystring: FileNameQuery,
          // Documents the body only: it arrives as bytes, which no JSON schema describes.
          body: Type.Unsafe<Buffer>({ description: 'The file’s bytes' }),
          response: { 201: Attachment, ...problems(400, 401, 404, 409, 413) },
        },
      },
      async (request, reply) => {
        const actor = chatActorOf(request);
        const upload = uploadedFileOf(request, request.query.name);
        const attachment = await uploadAttachmentCommand(deps, storage, actor, request.params.id, upload);
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
      const row = await readAttachment(deps, actor.personId, request.params.id);
      const sent = await sendStoredBlob(reply, storage, row);
      if (!sent) throw notFound('Attachment');
      return reply;
    },
  );
}
