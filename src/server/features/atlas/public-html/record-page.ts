import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Deps } from '../../../deps.ts';
import { notFoundContent, pageFrame } from '../../../platform/web-pages/frame.ts';
import { html } from '../../../platform/web-pages/html.ts';
import type { WebShell } from '../../../platform/web-pages/shell.ts';
import { type PageLanguage, pageLanguage, pageTexts } from '../../../platform/web-pages/texts.ts';
import { canSee } from '../policy.ts';
import { findBySlug } from '../queries.ts';
import { cooperationView } from '../records/record-view.ts';
import { atlasViewerOf } from '../viewer.ts';
import { createPageCache, sendPage } from './page-cache.ts';
import { describeRecord, recordHead } from './record-head.ts';
import { recordArticle } from './record-html.ts';

// `GET /atlas/:slug` outside /api. A signed-out reader of a published record gets its page as HTML
// (search engines, link previews, screen readers with scripts off), with the record's answer for the
// app's cache, so the app shows the same page at once when its scripts run. Everyone else gets the
// app's shell: a signed-in person sees the record as they may (edit buttons, drafts) once the app
// has asked. Drafts, records in review and archived ones are "not found" to those who may not see
// them, like an unknown slug (status 404), so a slug does not tell that a draft exists.

/** Paths of the web app that look like a record's slug but are pages of their own. */
const APP_PAGES = new Set(['new', 'mine']);
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const RECORD_PAGE_MODULE = 'src/web/features/atlas/record/record-page.tsx';

/** Whether a slug may name a record at all (anything else is a mistyped address). */
export function recordSlugLike(slug: string): boolean {
  return slug.length >= 3 && slug.length <= 120 && SLUG.test(slug) && !APP_PAGES.has(slug);
}

/** The query key under which the web app keeps a record (record-queries.ts `recordKey`). */
const recordKey = (slug: string) => ['atlas', 'record', slug] as const;

export async function recordPageRoutes(app: FastifyInstance, deps: Deps, shell: WebShell) {
  const publicUrl = deps.config.publicUrl;
  // Pages for signed-out readers, per slug and language; emptied by every save like the record answers.
  const pages = createPageCache(deps.config.atlasSearchCacheMs);

  const notFound = (reply: FastifyReply, language: PageLanguage, signedOut: boolean, slug: string) => {
    const texts = pageTexts(language);
    const signIn = `/sign-in?next=${encodeURIComponent(`/atlas/${slug}`)}`;
    const hint = signedOut
      ? html`<p class="kern-body spaced">${texts.t('atlas.record.notFoundSignedOut')} <a class="kern-link" href="${signIn}">${texts.t('nav.signIn')}</a></p>`
      : '';
    const title = texts.t('atlas.record.notFound');
    const page = shell.page({
      language,
      title: `${title} – ${texts.t('app.name')}`,
      description: title,
      head: html`<meta name="robots" content="noindex" />`,
      body: pageFrame(texts, { current: 'atlas', main: notFoundContent(texts, title, hint) }),
    });
    return reply.status(404).send(page);
  };

  app.get<{ Params: { slug: string } }>('/atlas/:slug', { schema: { hide: true } }, async (request, reply) => {
    const { slug } = request.params;
    const language = pageLanguage(request);
    const texts = pageTexts(language);
    // The page depends on the language cookie and the session: no shared cache may keep one for all.
    reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-cache')
      .header('vary', 'cookie, accept-encoding');
    // The app's own pages and drafts the person may see: the app shows them, with their titles.
    const appPage = () =>
      shell.page({
        language,
        title: `${texts.t('nav.atlas')} – ${texts.t('app.name')}`,
        description: texts.t('atlas.search.lead'),
      });
    if (APP_PAGES.has(slug)) return reply.send(appPage());
    const signedOut = !request.principal;
    if (!recordSlugLike(slug)) return notFound(reply, language, signedOut, slug);

    const key = `${language}:${slug}`;
    const cached = signedOut ? pages.get(key) : undefined;
    if (cached) return sendPage(request, reply, cached);
    const generation = pages.generation();
    const viewer = await atlasViewerOf(deps.db, request.principal);
    const row = await findBySlug(deps.db, slug);
    if (!row || !canSee(viewer, row)) return notFound(reply, language, signedOut, slug);

    if (row.state !== 'published') return reply.send(appPage());
    const record = await cooperationView(deps.db, row, null);
    const input = {
      language,
      title: `${record.title} – ${texts.t('nav.atlas')} – ${texts.t('app.name')}`,
      description: describeRecord(record),
      head: recordHead(record, publicUrl),
      modules: [RECORD_PAGE_MODULE],
    };
    if (!signedOut) return reply.send(shell.page(input));
    const page = shell.page({
      ...input,
      body: pageFrame(texts, {
        current: 'atlas',
        signInNext: `/atlas/${record.slug}`,
        main: recordArticle(texts, record),
      }),
      preload: [{ key: recordKey(slug), json: JSON.stringify(record) }],
    });
    return sendPage(request, reply, pages.set(key, page, generation));
  });
}
