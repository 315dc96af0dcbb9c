import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../../../deps.ts';
import { notFoundContent, pageFrame } from '../../../platform/web-pages/frame.ts';
import { html, type SafeHtml } from '../../../platform/web-pages/html.ts';
import { openGraph } from '../../../platform/web-pages/meta.ts';
import type { WebShell } from '../../../platform/web-pages/shell.ts';
import { type PageLanguage, pageLanguage, pageTexts } from '../../../platform/web-pages/texts.ts';
import { sendPage } from '../../atlas/public-html/page-cache.ts';
import { htmlToText } from '../../atlas/sanitize-html.ts';
import { CONTENT_BASE, contentIndexHref, contentPageHref } from './addresses.ts';
import { type ContentAnswer, createContentAnswerCache } from './answer-cache.ts';
import { notModified } from './etag.ts';
import { frameLanguageOf } from './language-info.ts';
import { organisationBySlug, type SluggedOrganisation } from './organisation-slug.ts';
import { contentIndexMain, contentPageMain, titleIn } from './page-html.ts';
import { contentPageStyle } from './page-styles.ts';
import { languageOf, publishedPage, publishedTopPages } from './published-pages.ts';

// GET /inhalte/:organisation/:language/:path… — an organisation's published citizen information as
// HTML for everyone (citizens, search engines, screen readers; no scripts needed, and none sent: the
// web app has no route here). The frame speaks German or English: the page's language when it is one
// of them, else the reader's (the app's cookie). Anything unknown, unpublished or not in the language
// is a 404 page. Answers are revalidated each time (no-cache) against a tag of the page's bytes, and
// kept ready to send in this process until content changes anywhere (answer-cache.ts).

const LANGUAGE = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DEPTH_MAX = 20;
const DESCRIPTION_MAX = 300;

type Params = { organisation: string; language?: string; '*'?: string };

function frameLanguage(request: FastifyRequest, language: string | undefined): PageLanguage {
  return (language && frameLanguageOf(language)) || pageLanguage(request);
}

/** A page to send (status and HTML), or where the address has moved to. */
type Outcome = { status: number; html: string } | { redirect: string; code: 301 | 302 };

async function send(request: FastifyRequest, reply: FastifyReply, answer: ContentAnswer) {
  reply
    .code(answer.status)
    .type('text/html; charset=utf-8')
    .header('cache-control', 'no-cache')
    .header('vary', 'cookie, accept-encoding')
    .header('etag', answer.etag);
  if (answer.status === 200 && notModified(request.headers['if-none-match'], answer.etag)) {
    return reply.code(304).send();
  }
  return sendPage(request, reply, answer.body);
}

const describe = (text: string) => {
  const plain = htmlToText(text).replace(/\s+/g, ' ').trim();
  return plain.length <= DESCRIPTION_MAX ? plain : `${plain.slice(0, DESCRIPTION_MAX - 1).trimEnd()}…`;
};

export async function contentPageRoutes(app: FastifyInstance, deps: Deps, shell: WebShell) {
  const publicUrl = deps.config.publicUrl;
  const answers = createContentAnswerCache(deps.config.contentCacheMs);

  /**
   * The answer for the address as the reader's language (the frame's, when the page's is neither
   * German nor English) shows it: from the cache, or made by `build` and kept while nothing changed.
   */
  const cached =
    (build: (request: FastifyRequest<{ Params: Params }>) => Promise<Outcome>) =>
    async (request: FastifyRequest<{ Params: Params }>, reply: FastifyReply) => {
      const key = `${pageLanguage(request)}|${request.url.split('?')[0]}`;
      const hit = answers.get(key);
      if (hit) return send(request, reply, hit);
      const answer = await answers.shared(key, async () => {
        const generation = answers.generation();
        const outcome = await build(request);
        if ('redirect' in outcome) return outcome;
        return answers.set(key, { status: outcome.status, body: outcome.html, weak: true }, generation);
      });
      if ('redirect' in answer) return reply.redirect(answer.redirect, answer.code);
      return send(request, reply, answer);
    };

  const notFound = (request: FastifyRequest, language: string | undefined): Outcome => {
    const frame = frameLanguage(request, language);
    const texts = pageTexts(frame);
    const title = texts.t('contentPublic.notFound');
    const help = html`<p class="kern-body spaced">${texts.t('contentPublic.notFoundHelp')}</p>`;
    const page = shell.page({
      language: frame,
      title: `${title} – ${texts.t('app.name')}`,
      description: title,
      head: html`<meta name="robots" content="noindex" />`,
      body: pageFrame(texts, { current: null, main: notFoundContent(texts, title, help) }),
      app: false,
    });
    return { status: 404, html: page };
  };

  const render = (
    request: FastifyRequest,
    input: { language: string; title: string; description: string; url: string; head: SafeHtml; main: SafeHtml },
  ) => {
    const frame = frameLanguage(request, input.language);
    const texts = pageTexts(frame);
    const page = shell.page({
      language: frame,
      title: `${input.title} – ${texts.t('app.name')}`,
      description: input.description,
      head: html`${openGraph({ url: input.url, title: input.title, description: input.description, type: 'article' })}
    ${input.head}
    ${contentPageStyle()}`,
      body: pageFrame(texts, { current: null, signInNext: new URL(input.url).pathname, main: input.main }),
      app: false,
    });
    return { status: 200, html: page };
  };

  const alternates = (hrefOf: (language: string) => string, languages: readonly string[]) =>
    html`${languages.map((l) => html`<link rel="alternate" hreflang="${l}" href="${publicUrl}${hrefOf(l)}" />`)}`;

  async function index(request: FastifyRequest, organisation: SluggedOrganisation, asked: string): Promise<Outcome> {
    const tops = await publishedTopPages(deps.db, organisation.id);
    const shown = tops.filter((page) => languageOf(page, asked) !== null);
    const language = shown[0] ? languageOf(shown[0], asked) : null;
    if (!language) return notFound(request, asked);
    const languages = [...new Set(tops.flatMap((page) => page.languages))];
    const texts = pageTexts(frameLanguage(request, language));
    const hrefOf = (l: string) => contentIndexHref(organisation.slug, l);
    return render(request, {
      language,
      title: `${texts.t('contentPublic.indexTitle')} – ${organisation.name}`,
      description: texts.t('contentPublic.indexLead', { name: organisation.name }),
      url: `${publicUrl}${hrefOf(language)}`,
      head: alternates(hrefOf, languages),
      main: contentIndexMain(texts, organisation, language, shown, languages),
    });
  }

  async function handle(request: FastifyRequest<{ Params: Params }>): Promise<Outcome> {
    const { organisation: slug, language: asked } = request.params;
    const path = (request.params['*'] ?? '').split('/').filter((part) => part !== '');
    if (!asked || !LANGUAGE.test(asked) || path.length > DEPTH_MAX || !path.every((s) => SLUG.test(s))) {
      return notFound(request, undefined);
    }
    const organisation = await organisationBySlug(deps.db, slug);
    if (!organisation) return notFound(request, asked);
    // The organisation's ID or another spelling: the page has one address.
    if (slug !== organisation.slug) {
      const href = path.length
        ? contentPageHref(organisation.slug, asked, path)
        : contentIndexHref(organisation.slug, asked);
      return { redirect: href, code: 301 };
    }
    if (path.length === 0) return index(request, organisation, asked);

    const view = await publishedPage(deps.db, organisation.id, path, asked);
    if (!view) return notFound(request, asked);
    const texts = pageTexts(frameLanguage(request, view.language));
    const hrefOf = (l: string) => contentPageHref(organisation.slug, l, view.page.path);
    return render(request, {
      language: view.language,
      title: `${titleIn(view.page, view.language).title} – ${organisation.name}`,
      description: describe(view.text.bodyHtml) || view.text.title,
      url: `${publicUrl}${hrefOf(view.language)}`,
      head: alternates(hrefOf, view.page.languages),
      main: contentPageMain(texts, organisation, view),
    });
  }

  /** The organisation's pages in the language of its first top page. */
  async function start(request: FastifyRequest<{ Params: Params }>): Promise<Outcome> {
    const organisation = await organisationBySlug(deps.db, request.params.organisation);
    const first = organisation ? (await publishedTopPages(deps.db, organisation.id))[0] : undefined;
    if (!organisation || !first) return notFound(request, undefined);
    return { redirect: contentIndexHref(organisation.slug, first.sourceLanguage), code: 302 };
  }

  const options = { schema: { hide: true } };
  app.get<{ Params: Params }>(`${CONTENT_BASE}/:organisation`, options, cached(start));
  app.get<{ Params: Params }>(`${CONTENT_BASE}/:organisation/:language`, options, cached(handle));
  app.get<{ Params: Params }>(`${CONTENT_BASE}/:organisation/:language/*`, options, cached(handle));
}
