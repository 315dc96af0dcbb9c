import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { Type } from 'typebox';
import { OrganisationParams, PageParams } from '../../../../shared/contracts/content.ts';
import {
  OrganisationXliffInput,
  PageXliffQuery,
  XLIFF_LIMITS,
  XliffCheck,
  XliffCheckParams,
  XliffCheckQuery,
  XliffConfirmation,
} from '../../../../shared/contracts/content-xliff.ts';
import type { Deps } from '../../../deps.ts';
import { Problem } from '../../../platform/errors/problem.ts';
import { contentDisposition } from '../../../platform/http/content-disposition.ts';
import { problems } from '../../../platform/http/problem-schema.ts';
import { checkImport } from './check-import.ts';
import { confirmImport } from './confirm-import.ts';
import { exportPage } from './export-page.ts';
import { exportSelection } from './export-selection.ts';
import { uploadedFileName, uploadedText, XLIFF_UPLOAD_TYPES } from './upload.ts';
import type { XliffDownload } from './xliff-file.ts';

const tags = ['content'];
const IMPORT_MIB = XLIFF_LIMITS.importBytes / (1024 * 1024);
const XliffFile = Type.Unsafe<Buffer>({ type: 'string', format: 'binary', description: 'The XLIFF file' });

function sendFile(reply: FastifyReply, file: XliffDownload) {
  return reply
    .header('content-disposition', contentDisposition('attachment', file.fileName))
    .header('cache-control', 'no-store')
    .type(file.contentType)
    .send(file.body);
}

/**
 * The XLIFF round trip of content pages: export a page or a selection for a translation agency,
 * check the returned file against the pages as they are now, confirm to write the translations.
 */
export async function contentTranslationRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.get(
    '/content/pages/:id/xliff',
    {
      schema: {
        tags,
        summary:
          'The page’s last published text as an XLIFF file (2.0, or 1.2) to translate into the target; recorded as sent out for translation (admins and editors)',
        params: PageParams,
        querystring: PageXliffQuery,
        response: { 200: XliffFile, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      sendFile(reply, await exportPage(deps.db, request.principal, request.params.id, request.query)),
  );

  r.post(
    '/content/organisations/:id/xliff',
    {
      schema: {
        tags,
        summary: `One XLIFF file with a <file> per page for one target language: the pages named, or all (with outdated: those missing or outdated in it); at most ${XLIFF_LIMITS.pages} pages; recorded as sent out (admins and editors)`,
        params: OrganisationParams,
        body: OrganisationXliffInput,
        response: { 200: XliffFile, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      sendFile(reply, await exportSelection(deps.db, request.principal, request.params.id, request.body)),
  );

  // The returned file arrives as the raw body, in this scope only; a JSON body is refused here (415).
  await app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser(
      XLIFF_UPLOAD_TYPES,
      { parseAs: 'buffer', bodyLimit: XLIFF_LIMITS.importBytes },
      (_request, body, done) => done(null, body),
    );
    scope.setErrorHandler((error: { code?: string }) => {
      if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
        throw new Problem(
          413,
          'xliff-file-too-large',
          'The file is too large',
          `An XLIFF file may have at most ${IMPORT_MIB} MiB (${XLIFF_LIMITS.importBytes.toLocaleString('en')} bytes). Export fewer pages at a time.`,
        );
      }
      throw error;
    });
    scope.withTypeProvider<TypeBoxTypeProvider>().post(
      '/content/xliff',
      {
        bodyLimit: XLIFF_LIMITS.importBytes,
        schema: {
          tags,
          summary: `Check a returned XLIFF file (UTF-8, up to ${IMPORT_MIB} MiB, as the raw body with Content-Type application/xliff+xml, application/x-xliff+xml, application/xml or text/xml; its name in X-File-Name, URL-encoded, or ?name=) against the organisation’s pages as they are now; nothing is written until confirmed`,
          consumes: XLIFF_UPLOAD_TYPES,
          querystring: XliffCheckQuery,
          // Documents the body only: it arrives as bytes, which no JSON schema describes; the reader checks them.
          body: Type.Unsafe<Buffer>({ description: 'The XLIFF file (UTF-8)' }),
          response: { 201: XliffCheck, ...problems(400, 401, 403, 413, 415) },
        },
      },
      async (request, reply) => {
        const check = await checkImport(deps.db, request.principal, {
          read: () => ({
            text: uploadedText(request.body, request.headers['content-type']),
            fileName: uploadedFileName(request.headers['x-file-name'], request.query.name),
          }),
          target: request.query.target,
        });
        return reply.code(201).send(check);
      },
    );
  });

  r.post(
    '/content/xliff/:checkId/confirm',
    {
      schema: {
        tags,
        summary: `Write the translations a check found (once, by the person who checked, within ${XLIFF_LIMITS.checkHours} hours); pages changed since the check are refused`,
        params: XliffCheckParams,
        response: { 200: XliffConfirmation, ...problems(400, 401, 403, 404, 409, 410) },
      },
    },
    async (request) => confirmImport(deps.db, request.principal, request.params.checkId),
  );
}
