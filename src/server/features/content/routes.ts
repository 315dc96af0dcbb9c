import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import {
  ContentPage,
  ContentVersions,
  CreatePageInput,
  OrganisationParams,
  PageLanguageParams,
  PageParams,
  SaveVersionInput,
  StatusMatrix,
  VersionsQuery,
} from '../../../shared/contracts/content.ts';
import { StatusFilterQuery } from '../../../shared/contracts/content-pages.ts';
import type { Deps } from '../../deps.ts';
import { notFound, unauthenticated } from '../../platform/errors/problem.ts';
import { problems } from '../../platform/http/problem-schema.ts';
import { pageFor } from './access.ts';
import { createPage } from './commands/create-page.ts';
import { saveVersion } from './commands/save-version.ts';
import { pageView } from './page-view.ts';
import { contentAccess } from './policy.ts';
import { versionsWithAuthors } from './queries.ts';
import { statusMatrix } from './status-matrix.ts';

const tags = ['content'];
// One language's HTML of up to 200,000 characters as JSON (escapes make it larger than its text).
const BODY_LIMIT = 2 * 1024 * 1024;

/** Citizen information pages of an organisation, in every language, with their translation status. */
export async function contentRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.post(
    '/content/pages',
    {
      bodyLimit: BODY_LIMIT,
      schema: {
        tags,
        summary: 'Create a page of the organisation with its text in the source language (admins and editors)',
        body: CreatePageInput,
        response: { 201: ContentPage, ...problems(400, 401, 403, 409, 413) },
      },
    },
    async (request, reply) => {
      const page = await createPage(deps.db, request.principal, request.body);
      return reply.code(201).send(page);
    },
  );

  r.get(
    '/content/pages/:id',
    {
      schema: {
        tags,
        summary: 'A page with its published text and newer draft per language, and each translation’s status',
        params: PageParams,
        response: { 200: ContentPage, ...problems(400, 401, 404) },
      },
    },
    async (request) => {
      const { page, access } = await pageFor(deps.db, request.principal, request.params.id, 'read');
      return pageView(deps.db, page, access);
    },
  );

  r.put(
    '/content/pages/:id/languages/:language',
    {
      bodyLimit: BODY_LIMIT,
      schema: {
        tags,
        summary:
          'Save a new version in one language: the source text, or a translation made from the last published version of its basis',
        params: PageLanguageParams,
        body: SaveVersionInput,
        response: { 200: ContentPage, ...problems(400, 401, 403, 404, 409, 413) },
      },
    },
    async (request) =>
      saveVersion(deps.db, request.principal, request.params.id, request.params.language, request.body),
  );

  r.get(
    '/content/pages/:id/versions',
    {
      schema: {
        tags,
        summary: 'Every version of the page (or of one language), newest first per language',
        params: PageParams,
        querystring: VersionsQuery,
        response: { 200: ContentVersions, ...problems(400, 401, 404) },
      },
    },
    async (request) => {
      const { page } = await pageFor(deps.db, request.principal, request.params.id, 'read');
      const rows = await versionsWithAuthors(deps.db, page.id, request.query.language);
      return rows.map(({ version: v, authorName }) => ({
        number: v.number,
        language: v.language,
        title: v.title,
        minor: v.minor,
        draft: v.draft,
        origin: v.origin,
        reviewed: v.reviewed,
        basis: v.basisLanguage && v.basisNumber ? { language: v.basisLanguage, number: v.basisNumber } : null,
        authorName,
        createdAt: v.createdAt.toISOString(),
      }));
    },
  );

  r.get(
    '/content/organisations/:id/translation-status',
    {
      schema: {
        tags,
        summary:
          'The organisation’s pages × languages: what is missing, outdated, machine-translated or sent out; filtered by status and language',
        params: OrganisationParams,
        querystring: StatusFilterQuery,
        response: { 200: StatusMatrix, ...problems(400, 401, 404) },
      },
    },
    async (request) => {
      if (!request.principal) throw unauthenticated();
      if (!(await contentAccess(deps.db, request.principal, request.params.id))) throw notFound('Organisation');
      return statusMatrix(deps.db, request.params.id, request.query);
    },
  );
}
