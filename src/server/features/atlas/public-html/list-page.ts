import type { FastifyInstance } from 'fastify';
import type { SearchResult } from '../../../../shared/contracts/atlas.ts';
import type { Deps } from '../../../deps.ts';
import { pageFrame, pageTitle } from '../../../platform/web-pages/frame.ts';
import { html, type SafeHtml } from '../../../platform/web-pages/html.ts';
import { openGraph } from '../../../platform/web-pages/meta.ts';
import type { WebShell } from '../../../platform/web-pages/shell.ts';
import { type PageTexts, pageLanguage, pageTexts } from '../../../platform/web-pages/texts.ts';
import { searchAtlasJson } from '../search/search.ts';
import { SearchQuery, type SearchQueryInput, searchOf } from '../search/search-params.ts';
import { createPageCache, sendPage } from './page-cache.ts';
import { contentLang } from './record-facts-html.ts';

// `GET /atlas` outside /api: the atlas's own title and description, and for readers without scripts
// a plain search (one field, the filters of the address kept) with a paged list of the published
// records it finds, newest first without a query. The app's search page is a different, richer page,
// so this list sits in <noscript>: with scripts on, nothing of it shows before the app replaces it.

const SEARCH_PAGE_MODULE = 'src/web/features/atlas/search/search-page.tsx';
const PAGE_SIZE = 20;

function query(input: SearchQueryInput, page: number): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(input)) {
    if (key === 'page' || key === 'pageSize' || value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) params.append(key, String(item));
  }
  if (page > 1) params.set('page', String(page));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The search as the address states it, without the defaults the validation filled in. */
function addressed({ pageSize: _pageSize, ...input }: SearchQueryInput): SearchQueryInput {
  if (input.sort === 'relevance') input.sort = undefined;
  if (input.page === 1) input.page = undefined;
  return input;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

/**
 * A highlighted title or snippet of the search (escaped text in which only <mark> is markup), as
 * the app's search-highlight.tsx shows it: decoded into text runs and escaped again here, so nothing
 * of a record reaches the page as markup.
 */
function highlighted(text: string): SafeHtml {
  const runs = text
    .split(/<mark>(.*?)<\/mark>/gs)
    .map((part) => part.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ENTITIES[e] ?? ''));
  return html`${runs.map((run, i) => (i % 2 === 1 ? html`<mark>${run}</mark>` : run))}`;
}

function hitList(texts: PageTexts, result: SearchResult): SafeHtml {
  const { t } = texts;
  const lang = contentLang(texts);
  if (result.hits.length === 0) {
    return html`<p class="kern-body">${t('atlas.search.empty')}</p><p class="kern-body">${t('atlas.search.emptyHint')}</p>`;
  }
  return html`<ol class="atlas-hits">${result.hits.map((hit) => {
    const snippet = hit.snippet.includes('<mark>') || !hit.summary ? hit.snippet : hit.summary;
    const facts = [
      hit.landCodes.map((code) => t(`laender.${code}`, { defaultValue: code })).join(', '),
      t(`atlas.codes.legalForm.${hit.legalForm}`, { defaultValue: hit.legalForm }),
      hit.startYear ? t('atlas.search.since', { year: hit.startYear }) : '',
      t(`atlas.codes.status.${hit.status}`, { defaultValue: hit.status }),
    ].filter(Boolean);
    return html`<li class="atlas-hit"><p class="kern-preline atlas-hit__sector">${t(`atlas.codes.sector.${hit.sector}`, { defaultValue: hit.sector })}</p><h3 class="kern-heading-small atlas-hit__title"${lang}><a class="kern-link" href="/atlas/${encodeURIComponent(hit.slug)}">${highlighted(hit.titleHighlighted || hit.title)}</a></h3>${
      snippet ? html`<p class="kern-body atlas-hit__snippet"${lang}>${highlighted(snippet)}</p>` : ''
    }<p class="kern-body kern-body--small atlas-hit__facts">${facts.map((fact) => html`<span>${fact}</span>`)}</p>${
      hit.partnerNames.length
        ? html`<p class="kern-body kern-body--small atlas-hit__partners"><span class="atlas-hit__partners-label">${t('atlas.search.partners')}:</span> ${hit.partnerNames.slice(0, 5).join(', ')}${
            hit.partnerNames.length > 5
              ? ` ${t('atlas.search.morePartners', { count: hit.partnerNames.length - 5 })}`
              : ''
          }</p>`
        : ''
    }${hit.transferable ? html`<p class="atlas-hit__badges"><span class="kern-badge kern-badge--small kern-badge--success"><span class="kern-label">${t('atlas.search.transferableBadge')}</span></span></p>` : ''}</li>`;
  })}</ol>`;
}

function pager(texts: PageTexts, input: SearchQueryInput, result: SearchResult): SafeHtml | '' {
  const { t } = texts;
  const pages = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
  if (pages <= 1) return '';
  const page = Math.min(result.page, pages);
  const link = (to: number, label: string) =>
    html`<a class="kern-btn kern-btn--secondary" href="/atlas${query(input, to)}"><span class="kern-label">${label}</span></a>`;
  return html`<nav class="pagination" aria-label="${t('atlas.search.pagination')}">${page > 1 ? link(page - 1, t('pagination.previous')) : ''}<p class="kern-body pagination__status">${t('pagination.status', { page, pages })}</p>${page < pages ? link(page + 1, t('pagination.next')) : ''}</nav>`;
}

function listMain(texts: PageTexts, input: SearchQueryInput, result: SearchResult): SafeHtml {
  const { t } = texts;
  // The filters of the address stay as they are; the field changes the words only.
  const kept = query({ ...input, q: undefined }, 1).slice(1);
  const hidden = [...new URLSearchParams(kept)].map(
    ([name, value]) => html`<input type="hidden" name="${name}" value="${value}" />`,
  );
  return html`${pageTitle({ title: t('atlas.search.title'), lead: t('atlas.search.lead') })}
<form class="filter-form" action="/atlas" method="get" role="search" aria-label="${t('atlas.search.formLabel')}"><div class="kern-form-input"><label class="kern-label" for="atlas-q-static">${t('atlas.search.q')}</label><div class="kern-hint" id="atlas-q-static-hint">${t('atlas.search.qHint')}</div><input class="kern-form-input__input" id="atlas-q-static" name="q" type="search" maxlength="200" value="${input.q ?? ''}" aria-describedby="atlas-q-static-hint" /></div>${hidden}<div class="filter-form__submit"><button class="kern-btn kern-btn--primary" type="submit"><span class="kern-icon kern-icon--search" aria-hidden="true"></span><span class="kern-label">${t('atlas.search.submit')}</span></button></div></form>
<h2 class="kern-heading-medium spaced">${t('atlas.search.count', { count: result.total })}</h2>
${hitList(texts, result)}
${pager(texts, input, result)}`;
}

export async function atlasListPageRoutes(app: FastifyInstance, deps: Deps, shell: WebShell) {
  // Keyed by language and address; emptied by every save like the record answers.
  const pages = createPageCache(deps.config.atlasSearchCacheMs);
  app.get<{ Querystring: SearchQueryInput }>(
    '/atlas',
    // A query the search refuses (an unknown filter code) shows the list without it, not an error page.
    { schema: { hide: true, querystring: SearchQuery }, attachValidation: true },
    async (request, reply) => {
      const language = pageLanguage(request);
      reply
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-cache')
        .header('vary', 'cookie, accept-encoding');
      const input = request.validationError ? {} : addressed(request.query);
      const key = `${language}:${query(input, input.page ?? 1)}`;
      const cached = pages.get(key);
      if (cached) return sendPage(request, reply, cached);
      const generation = pages.generation();
      const texts = pageTexts(language);
      const { t } = texts;
      const search = searchOf({ ...input, pageSize: PAGE_SIZE });
      const result = JSON.parse(await searchAtlasJson(deps.db, search)) as SearchResult;
      const title = input.q ? t('atlas.search.documentTitle', { q: input.q }) : t('atlas.search.title');
      const page = shell.page({
        language,
        title: `${title} – ${t('app.name')}`,
        description: t('atlas.search.lead'),
        head: openGraph({
          url: `${deps.config.publicUrl}/atlas`,
          title: `${t('atlas.search.title')} – ${t('app.name')}`,
          description: t('atlas.search.lead'),
          type: 'website',
        }),
        modules: [SEARCH_PAGE_MODULE],
        body: html`<noscript>${pageFrame(texts, { current: 'atlas', signInNext: '/atlas', main: listMain(texts, input, result) })}</noscript>`,
      });
      return sendPage(request, reply, pages.set(key, page, generation));
    },
  );
}
