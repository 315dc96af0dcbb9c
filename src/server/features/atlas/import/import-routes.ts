import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  IMPORT_CONTENT_MAX,
  ImportReport,
  ImportResult,
  ImportUpload,
} from '../../../../shared/contracts/atlas-import.ts';
import type { Deps } from '../../../deps.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import { forbidden, notFound, unauthenticated } from '../../../platform/errors/problem.ts';
import { IdParams } from '../../../platform/http/id-schemas.ts';
import { InputRefusal } from '../../../platform/http/input-rule.ts';
import { problems } from '../../../platform/http/problem-schema.ts';
import { checkImport, unreadableFile } from './import-check.ts';
import { confirmImport } from './import-confirm.ts';
import { ImportFileError } from './import-csv.ts';
import { parseImportFile } from './import-parse.ts';
import { importRefusal } from './import-policy.ts';
import { findImport } from './import-queries.ts';
import { importReport, isExpired } from './import-report.ts';

const tags = ['atlas'];

// Who may import is settled before the body is validated, so outsiders learn nothing from validation errors.
// The file travels as a JSON string: escaping (quotes, line breaks, umlauts in \u form) can make it
// larger than the text itself, so the body may exceed the content limit.
const BODY_LIMIT = Math.ceil(IMPORT_CONTENT_MAX * 1.5);

function requireImporter(request: FastifyRequest): Principal {
  const refusal = importRefusal(request.principal);
  if (refusal === 'unauthenticated') throw unauthenticated();
  if (refusal === 'forbidden') throw forbidden('Only platform administrators import into the atlas.');
  return request.principal as Principal;
}

/**
 * Answers the platform's refusal of NUL in the file as the import's own `import-binary` with the line
 * (a spreadsheet's .xlsx read as text is full of them), to importers only; anything else goes on to
 * the platform's handler.
 */
function fileErrorHandler(error: Error, request: FastifyRequest) {
  if (!(error instanceof InputRefusal) || error.kind !== 'nul' || error.field !== 'body:/content') throw error;
  requireImporter(request);
  const upload = request.body as { format?: unknown; content: string };
  try {
    parseImportFile(upload.format === 'json' ? 'json' : 'csv', upload.content);
  } catch (parseError) {
    if (parseError instanceof ImportFileError) throw unreadableFile(parseError);
  }
  throw error;
}

/** Importing cooperations from CSV or JSON: check first, write on confirmation (platform admins). */
export async function importRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.post(
    '/atlas/imports',
    {
      bodyLimit: BODY_LIMIT,
      preValidation: async (request) => void requireImporter(request),
      errorHandler: fileErrorHandler,
      schema: {
        tags,
        summary: 'Check a CSV or JSON file of cooperations; reports every row, writes nothing to the atlas',
        body: ImportUpload,
        response: { 201: ImportReport, ...problems(400, 401, 403, 413) },
      },
    },
    async (request, reply) => {
      const admin = requireImporter(request);
      return reply.status(201).send(await checkImport(deps, admin.personId, request.body));
    },
  );

  r.get(
    '/atlas/imports/:id',
    {
      preValidation: async (request) => void requireImporter(request),
      schema: {
        tags,
        summary: 'The report of a checked import (kept for a day)',
        params: IdParams,
        response: { 200: ImportReport, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => {
      requireImporter(request);
      const stored = await findImport(deps.db, request.params.id);
      if (!stored || isExpired(stored)) throw notFound('Import');
      return importReport(stored);
    },
  );

  r.post(
    '/atlas/imports/:id/confirm',
    {
      preValidation: async (request) => void requireImporter(request),
      schema: {
        tags,
        summary: 'Write a checked import without problems to the atlas, in one transaction',
        params: IdParams,
        response: { 200: ImportResult, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const admin = requireImporter(request);
      return confirmImport(deps, { personId: admin.personId, ip: request.ip }, request.params.id);
    },
  );
}
