import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import {
  ContentPage,
  OrganisationParams,
  PageLanguageParams,
  PageParams,
} from '../../../../shared/contracts/content.ts';
import {
  DiffQuery,
  PageTree,
  RestoreVersionInput,
  StatusFilterQuery,
  UpdatePageInput,
  VersionDiff,
} from '../../../../shared/contracts/content-pages.ts';
import type { Deps } from '../../../deps.ts';
import { contentDisposition } from '../../../platform/http/content-disposition.ts';
import { problems } from '../../../platform/http/problem-schema.ts';
import { organisationSummary } from '../../organisations/summary.ts';
import { statusMatrix } from '../status-matrix.ts';
import { deletePage } from './delete-page.ts';
import { listPages } from './list-pages.ts';
import { requireContentReader } from './organisation-reader.ts';
import { pageDiff } from './page-diff.ts';
import { restoreVersion } from './restore-version.ts';
import { statusCsv, statusCsvFileName } from './status-csv.ts';
import { updatePage } from './update-page.ts';

const tags = ['content'];

/** Managing an organisation's pages: the tree, a page's facts, deleting, comparing and restoring versions. */
export async function contentPageRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.get(
    '/content/organisations/:id/pages',
    {
      schema: {
        tags,
        summary:
          'The organisation’s pages as a tree (parents before their children, by position and address), for its members',
        params: OrganisationParams,
        response: { 200: PageTree, ...problems(400, 401, 404) },
      },
    },
    async (request) => listPages(deps.db, request.principal, request.params.id),
  );

  r.patch(
    '/content/pages/:id',
    {
      schema: {
        tags,
        summary:
          'Change a page’s place in the tree, address, LeiKa key, tags, valid-until date or contact (admins and editors)',
        params: PageParams,
        body: UpdatePageInput,
        response: { 200: ContentPage, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => updatePage(deps.db, request.principal, request.params.id, request.body),
  );

  r.delete(
    '/content/pages/:id',
    {
      schema: {
        tags,
        summary:
          'Delete a page with its versions in every language (admins and editors); not while pages sit below it or other organisations link it',
        params: PageParams,
        response: { 204: Type.Null(), ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await deletePage(deps.db, request.principal, request.params.id, request.ip);
      return reply.code(204).send(null);
    },
  );

  r.get(
    '/content/pages/:id/diff',
    {
      schema: {
        tags,
        summary: 'What changed between two versions of one language, word by word in title and text',
        params: PageParams,
        querystring: DiffQuery,
        response: { 200: VersionDiff, ...problems(400, 401, 404) },
      },
    },
    async (request) => pageDiff(deps.db, request.principal, request.params.id, request.query),
  );

  r.post(
    '/content/pages/:id/languages/:language/restore',
    {
      schema: {
        tags,
        summary:
          'Publish an earlier version’s text again as a new version (admins and editors); minor keeps translations up to date',
        params: PageLanguageParams,
        body: RestoreVersionInput,
        response: { 200: ContentPage, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      restoreVersion(deps.db, request.principal, request.params.id, request.params.language, request.body),
  );

  r.get(
    '/content/organisations/:id/translation-status.csv',
    {
      schema: {
        tags,
        summary:
          'The translation status with the same filters as a CSV file for Excel: UTF-8 with BOM, ";" separated, German status words',
        params: OrganisationParams,
        querystring: StatusFilterQuery,
        response: {
          200: Type.Unsafe({ type: 'string', description: 'CSV file: Seite;Adresse;<language>…, one row per page' }),
          ...problems(400, 401, 404),
        },
      },
    },
    async (request, reply) => {
      const organisationId = request.params.id;
      await requireContentReader(deps.db, request.principal, organisationId);
      const [matrix, organisation] = await Promise.all([
        statusMatrix(deps.db, organisationId, request.query),
        organisationSummary(deps.db, organisationId),
      ]);
      return reply
        .type('text/csv; charset=utf-8')
        .header(
          'content-disposition',
          contentDisposition('attachment', statusCsvFileName(organisation?.name ?? '', new Date())),
        )
        .header('cache-control', 'no-store')
        .send(statusCsv(matrix));
    },
  );
}
