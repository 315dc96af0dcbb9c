import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import {
  TASK_ATTACHMENT_MAX_BYTES,
  TaskAttachment,
  TaskAttachments,
  TaskParams,
} from '../../../../../shared/contracts/projects.ts';
import type { Deps } from '../../../../deps.ts';
import { notFound } from '../../../../platform/errors/problem.ts';
import {
  FileNameQuery,
  fileUploadScope,
  sendStoredBlob,
  uploadedFileOf,
} from '../../../../platform/http/file-transfer.ts';
import { IdParams } from '../../../../platform/http/id-schemas.ts';
import { problems } from '../../../../platform/http/problem-schema.ts';
import { blobStorageFor } from '../../../../platform/storage/blob-storage.ts';
import { listAttachments, readAttachmentFile, removeAttachment } from './task-attachments.ts';
import { uploadAttachment } from './upload-task-attachment.ts';

const tags = ['projects'];
const LIMIT_MIB = TASK_ATTACHMENT_MAX_BYTES / (1024 * 1024);

/** Files attached to tasks: upload, list, download, remove. */
export async function taskAttachmentRoutes(fastify: FastifyInstance, deps: Deps) {
  const storage = blobStorageFor(deps.config);
  await fileUploadScope(fastify, { what: 'A file', maxBytes: TASK_ATTACHMENT_MAX_BYTES }, (scope) => {
    scope.withTypeProvider<TypeBoxTypeProvider>().post(
      '/tasks/:id/attachments',
      {
        bodyLimit: TASK_ATTACHMENT_MAX_BYTES,
        schema: {
          tags,
          summary: `Attach a file (up to ${LIMIT_MIB} MiB) to a task (whoever works on the project): the raw body with its Content-Type, its name in X-File-Name (URL-encoded) or ?name=`,
          params: TaskParams,
          querystring: FileNameQuery,
          // Documents the body only: it arrives as bytes, which no JSON schema describes.
          body: Type.Unsafe<Buffer>({ description: 'The file’s bytes' }),
          response: { 201: TaskAttachment, ...problems(400, 401, 403, 404, 413) },
        },
      },
      async (request, reply) => {
        const upload = uploadedFileOf(request, request.query.name);
        const attachment = await uploadAttachment(deps.db, storage, request.principal, request.params.id, upload);
        return reply.status(201).send(attachment);
      },
    );
  });

  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/tasks/:id/attachments',
    {
      schema: {
        tags,
        summary: 'A task’s files, oldest first',
        params: TaskParams,
        response: { 200: TaskAttachments, ...problems(400, 401, 404) },
      },
    },
    async (request) => listAttachments(deps.db, request.principal, request.params.id),
  );

  app.get(
    '/task-attachments/:id',
    {
      schema: {
        tags,
        summary: 'A task’s file (whoever sees the project): images inline, anything else as a download',
        params: IdParams,
        response: { 200: Type.Unsafe({ type: 'string', format: 'binary' }), ...problems(400, 401, 404) },
      },
    },
    async (request, reply) => {
      const file = await readAttachmentFile(deps.db, request.principal, request.params.id);
      const sent = await sendStoredBlob(reply, storage, file);
      if (!sent) throw notFound('Attachment');
      return reply;
    },
  );

  app.delete(
    '/task-attachments/:id',
    {
      schema: {
        tags,
        summary: 'Remove a task’s file (whoever attached it, the project’s lead, the workspace’s owners)',
        params: IdParams,
        response: { 204: Type.Null(), ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await removeAttachment(deps.db, request.principal, request.params.id);
      return reply.code(204).send(null);
    },
  );
}
