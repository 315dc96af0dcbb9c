import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import {
  PublicOrganisationParams,
  PublicPageParams,
  PublicPages,
  PublicPagesQuery,
} from '../../../../shared/contracts/content-public.ts';
import type { Deps } from '../../../deps.ts';
import { notFound } from '../../../platform/errors/problem.ts';
import { problems } from '../../../platform/http/problem-schema.ts';
import { etagOf, notModified } from './etag.ts';
import { publicPageEntries } from './json-view.ts';
import { organisationById } from './organisation-slug.ts';
import { publishedPageById, publishedPages } from './published-pages.ts';

const tags = ['content'];
const NotModified = Type.Null({ description: 'Not modified (If-None-Match)' });

/**
 * An organisation's published citizen information as JSON, for apps and other sites: public (no
 * sign-in; everyone sees the same), never drafts. Cached for a minute by anyone, then revalidated
 * against a strong tag of the answer's content.
 */
export async function contentPublicRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const publicUrl = deps.config.publicUrl;

  const answer = (request: FastifyRequest, reply: FastifyReply, body: PublicPages) => {
    const etag = etagOf(JSON.stringify(body));
    reply.header('cache-control', 'public, max-age=60').header('etag', etag);
    if (notModified(request.headers['if-none-match'], etag)) return reply.code(304).send(null);
    return body;
  };

  r.get(
    '/public/organisations/:id/pages',
    {
      schema: {
        tags,
        summary:
          'The organisation’s published pages (public): one entry per page and language, or only the language asked for',
        params: PublicOrganisationParams,
        querystring: PublicPagesQuery,
        response: { 200: PublicPages, 304: NotModified, ...problems(400, 404) },
      },
    },
    async (request, reply) => {
      const organisation = await organisationById(deps.db, request.params.id);
      if (!organisation) throw notFound('Organisation');
      const { language } = request.query;
      const pages = await publishedPages(deps.db, organisation.id, language);
      return answer(request, reply, {
        organisation,
        pages: pages.flatMap((page) => publicPageEntries(publicUrl, organisation, page, language)),
      });
    },
  );

  r.get(
    '/public/organisations/:id/pages/:pageId',
    {
      schema: {
        tags,
        summary: 'One published page of the organisation (public), in the language asked for or in every language',
        params: PublicPageParams,
        querystring: PublicPagesQuery,
        response: { 200: PublicPages, 304: NotModified, ...problems(400, 404) },
      },
    },
    async (request, reply) => {
      const organisation = await organisationById(deps.db, request.params.id);
      if (!organisation) throw notFound('Organisation');
      const page = await publishedPageById(deps.db, organisation.id, request.params.pageId);
      const entries = page ? publicPageEntries(publicUrl, organisation, page, request.query.language) : [];
      if (entries.length === 0) throw notFound('Page');
      return answer(request, reply, { organisation, pages: entries });
    },
  );
}
