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
import { type ContentAnswer, createContentAnswerCache } from './answer-cache.ts';
import { followContentChanges } from './content-generation.ts';
import { notModified } from './etag.ts';
import { publicPageEntries } from './json-view.ts';
import { organisationById } from './organisation-slug.ts';
import { publishedPageById, publishedPages } from './published-pages.ts';

const tags = ['content'];
const NotModified = Type.Null({ description: 'Not modified (If-None-Match)' });

/**
 * An organisation's published citizen information as JSON, for apps and other sites: public (no
 * sign-in; everyone sees the same), never drafts. Cached for a minute by anyone, then revalidated
 * against a strong tag of the answer's bytes. Answers are kept ready to send in this process until
 * content changes anywhere (answer-cache.ts).
 */
export async function contentPublicRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const publicUrl = deps.config.publicUrl;
  const answers = createContentAnswerCache(deps.config.contentCacheMs);

  // Caches of public content in every process drop their answers once a content write has committed;
  // the write's event is published before its answer leaves (publish-after-write.ts), so the writer
  // reads its change at once in any process.
  const unfollow = followContentChanges(deps.bus);
  app.addHook('onClose', async () => unfollow());

  const send = async (request: FastifyRequest, reply: FastifyReply, answer: ContentAnswer) => {
    reply.header('cache-control', 'public, max-age=60').header('vary', 'accept-encoding').header('etag', answer.etag);
    if (notModified(request.headers['if-none-match'], answer.etag)) return reply.code(304).send(null);
    const { body, encoding } = await answer.body.encodedFor(request.headers['accept-encoding']);
    if (encoding) reply.header('content-encoding', encoding);
    // Bytes pass through Fastify unserialised: they are the JSON the route's schema produced before.
    return reply.type('application/json; charset=utf-8').send(body);
  };

  /** The cached answer under `key`, or the one `build` makes (null: 404), kept for the next reader. */
  const answer = async (
    request: FastifyRequest,
    reply: FastifyReply,
    key: string,
    build: () => Promise<PublicPages | null>,
  ) => {
    const cached = answers.get(key);
    if (cached) return send(request, reply, cached);
    const answer = await answers.shared(key, async () => {
      const generation = answers.generation();
      const body = await build();
      if (!body) throw notFound('Page');
      return answers.set(key, { status: 200, body: reply.serialize(body) as string }, generation);
    });
    return send(request, reply, answer);
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
      const { language } = request.query;
      return answer(request, reply, `pages|${request.params.id}|${language ?? ''}`, async () => {
        const organisation = await organisationById(deps.db, request.params.id);
        if (!organisation) throw notFound('Organisation');
        const pages = await publishedPages(deps.db, organisation.id, language);
        return {
          organisation,
          pages: pages.flatMap((page) => publicPageEntries(publicUrl, organisation, page, language)),
        };
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
      const { id, pageId } = request.params;
      const { language } = request.query;
      return answer(request, reply, `page|${id}|${pageId}|${language ?? ''}`, async () => {
        const organisation = await organisationById(deps.db, id);
        if (!organisation) throw notFound('Organisation');
        const page = await publishedPageById(deps.db, organisation.id, pageId);
        const entries = page ? publicPageEntries(publicUrl, organisation, page, language) : [];
        return entries.length === 0 ? null : { organisation, pages: entries };
      });
    },
  );
}
