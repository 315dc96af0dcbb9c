import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { LegalPage, LegalPageInput, LegalPageParams, LegalStatus } from '../../../shared/contracts/legal.ts';
import type { Deps } from '../../deps.ts';
import type { Principal } from '../../platform/auth/session-store.ts';
import { forbidden, unauthenticated } from '../../platform/errors/problem.ts';
import { problems } from '../../platform/http/problem-schema.ts';
import { contextOf } from '../accounts/request-context.ts';
import { saveLegalPage } from './commands/save-legal-page.ts';
import { legalPageView } from './legal-view.ts';
import { legalEditRefusal } from './policy.ts';
import { readLegalPages } from './queries.ts';
import { legalStatus } from './status.ts';

const tags = ['legal'];

// Two languages of up to 100,000 characters each, as JSON: umlauts and escaped quotes make the body
// larger than its text, so the limit sits above Fastify's default of 1 MiB.
const BODY_LIMIT = 2 * 1024 * 1024;

function requireEditor(request: FastifyRequest): Principal {
  const refusal = legalEditRefusal(request.principal);
  if (refusal === 'unauthenticated') throw unauthenticated();
  if (refusal === 'forbidden') throw forbidden('Only platform administrators edit the legal pages.');
  return request.principal as Principal;
}

/** The operator's legal pages: Impressum, privacy statement, accessibility statement. Public to read. */
export async function legalRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.get(
    '/legal',
    {
      schema: {
        tags,
        summary: 'Which legal pages the operator has filled in (public)',
        response: { 200: LegalStatus },
      },
    },
    async () => legalStatus(deps.db),
  );

  r.get(
    '/legal/:page',
    {
      schema: {
        tags,
        summary: 'One legal page in German and English, as the operator wrote it (public)',
        params: LegalPageParams,
        response: { 200: LegalPage, ...problems(400) },
      },
    },
    async (request) => {
      const { page } = request.params;
      const rows = await readLegalPages(deps.db, [page]);
      return legalPageView(page, rows.get(page));
    },
  );

  r.put(
    '/legal/:page',
    {
      bodyLimit: BODY_LIMIT,
      // Who may write is settled before the body is validated, so outsiders learn nothing from validation errors.
      preValidation: async (request) => void requireEditor(request),
      schema: {
        tags,
        summary:
          'Replace a legal page (platform admins): HTML per language, sanitised on save; barrierefreiheit also takes its contacts',
        params: LegalPageParams,
        body: LegalPageInput,
        response: { 200: LegalPage, ...problems(400, 401, 403, 413) },
      },
    },
    async (request) => {
      const admin = requireEditor(request);
      return saveLegalPage(deps, admin, request.params.page, request.body, contextOf(request));
    },
  );
}
