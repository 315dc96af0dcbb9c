import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ATLAS_LIMITS } from '../../../../shared/atlas/states.ts';
import {
  IMPORT_CONTENT_MAX,
  ImportJob,
  ImportReport,
  ImportUpload,
} from '../../../../shared/contracts/atlas-import.ts';
import type { Deps } from '../../../deps.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import { forbidden, notFound, Problem, unauthenticated } from '../../../platform/errors/problem.ts';
import { IdParams } from '../../../platform/http/id-schemas.ts';
import { InputRefusal } from '../../../platform/http/input-rule.ts';
import { problems } from '../../../platform/http/problem-schema.ts';
import { findJob } from '../../../platform/jobs/job-queries.ts';
import { checkImport, unreadableFile } from './import-check.ts';
import { confirmImport, IMPORT_JOB } from './import-confirm.ts';
import { ImportFileError } from './import-csv.ts';
import { importJob } from './import-job.ts';
import { parseImportFile } from './import-parse.ts';
import { canReadImport, importRefusal } from './import-policy.ts';
import { findImport, findImportHead } from './import-queries.ts';
import { importJobView, importReport, isExpired } from './import-report.ts';

const tags = ['atlas'];

// Who may import is settled before the body is validated, so outsiders learn nothing from validation errors.
// The file travels as a JSON string: escaping (quotes, line breaks, umlauts in \u form) and UTF-8 can
// make it larger than the text itself, so the body may exceed the content limit.
const BODY_LIMIT = Math.ceil(IMPORT_CONTENT_MAX * 1.5);

/** A file past the limits: 413, saying how much fits, so the admin knows to split it. */
const tooLarge = () =>
  new Problem(
    413,
    'import-too-large',
    'The file is too large',
    `An import file may have at most ${IMPORT_CONTENT_MAX.toLocaleString('en')} characters ` +
      `(${ATLAS_LIMITS.importRowsMax.toLocaleString('en')} records of about 8,000 characters); split it into several files.`,
  );

function requireSignedIn(request: FastifyRequest): Principal {
  if (!request.principal) throw unauthenticated();
  return request.principal;
}

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
  const { code, validation } = error as Error & {
    code?: string;
    validation?: { instancePath: string; keyword: string }[];
  };
  const contentTooLong = validation?.some((v) => v.instancePath === '/content' && v.keyword === 'maxLength');
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE' || contentTooLong) {
    requireImporter(request);
    throw tooLarge();
  }
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
  app.jobs.handle(IMPORT_JOB, importJob(deps));

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
        description: `The file's text may have up to ${IMPORT_CONTENT_MAX.toLocaleString('en')} characters; larger files are 413 \`import-too-large\`.`,
        response: { 201: ImportReport, ...problems(400, 401, 403, 413) },
      },
    },
    async (request, reply) => {
      const admin = requireImporter(request);
      return reply.status(201).send(await checkImport(deps, admin.personId, request.body));
    },
  );

  /** The import (without its rows) and its job, when the caller may read them; 404 otherwise. */
  async function readable(principal: Principal, id: string) {
    const head = await findImportHead(deps.db, id);
    const job = head?.confirmedAt ? await findJob(deps.db, id) : undefined;
    if (!head || isExpired(head) || !canReadImport(principal, [head.createdBy, job?.createdBy])) {
      throw notFound('Import');
    }
    return { head, job };
  }

  r.get(
    '/atlas/imports/:id',
    {
      preValidation: async (request) => void requireSignedIn(request),
      schema: {
        tags,
        summary:
          'The report of a checked import (kept for a day) and, once confirmed, its job: state, progress, result or failure',
        description: 'For the people who checked and confirmed it and platform admins; 404 for everyone else.',
        params: IdParams,
        response: { 200: ImportReport, ...problems(400, 401, 404) },
      },
    },
    async (request) => {
      const { job } = await readable(requireSignedIn(request), request.params.id);
      const stored = await findImport(deps.db, request.params.id);
      if (!stored) throw notFound('Import');
      return importReport(stored, job);
    },
  );

  r.get(
    '/atlas/imports/:id/job',
    {
      preValidation: async (request) => void requireSignedIn(request),
      schema: {
        tags,
        summary: "A confirmed import's job alone: state, progress, result or failure (what a progress bar asks for)",
        description:
          'Reads neither the rows nor the report, so it can be asked every second. 404 before confirmation ' +
          'and for everyone but the people who checked and confirmed the import and platform admins.',
        params: IdParams,
        response: { 200: ImportJob, ...problems(400, 401, 404) },
      },
    },
    async (request) => {
      const { job } = await readable(requireSignedIn(request), request.params.id);
      if (!job) throw notFound('Import job');
      return importJobView(job);
    },
  );

  r.post(
    '/atlas/imports/:id/confirm',
    {
      preValidation: async (request) => void requireImporter(request),
      schema: {
        tags,
        summary: 'Start writing a checked import without problems to the atlas, as a background job',
        description:
          'Answers 202 at once with the job; GET /api/atlas/imports/:id shows its progress and, at the end, ' +
          'its result, or its failure (after which nothing of the file is left in the atlas).',
        params: IdParams,
        response: { 202: ImportJob, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const admin = requireImporter(request);
      const job = await confirmImport(deps, { personId: admin.personId, ip: request.ip }, request.params.id);
      app.jobs.wake();
      return reply.status(202).header('location', `/api/atlas/imports/${job.id}`).send(job);
    },
  );
}
