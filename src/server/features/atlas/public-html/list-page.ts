import type { FastifyInstance } from 'fastify';
import type { SearchResult } from '../../../../shared/contracts/atlas.ts';
import type { Deps } from '../../../deps.ts';
import { pageFrame, pageTitle } from '../../../platform/web-pages/frame.ts';
import { html, type SafeHtml, trustedHtml } from '../../../platform/web-pages/html.ts';
import { openGraph } from '../../../platform/web-pages/meta.ts';
import type { WebShell } from '../../../platform/web-pages/shell.ts';
import { type PageTexts, pageLanguage, pageTexts } from '../../../platform/web-pages/texts.ts';
import { createRecordAnswerCache } from '../record-cache.ts';
import { searchAtlasJson } from '../search.ts';
import { SearchQuery, type SearchQueryInput, searchOf } from '../search-params.ts';
import { contentLang } from './record-facts-html.ts';

// `GET /atlas` outside /api: the atlas's own title and description, and for readers without scripts
// a plain search (one field, the filters of the address kept) with a paged list of the published
// records it finds, newest first without a query. The app's search page is a different, richer page,
// so this list sits in <noscript>: with scripts on, nothing of it shows before the app replaces it.

const SEARCH_PAGE_MODULE = 'src/web/features/atlas/search-page.tsx';
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

function hitList(texts: PageTexts, result: SearchResult): SafeHtml {
  const { t } = texts;
  const lang = contentLang(texts);
  if (result.hits.length === 0) {
    return html`<p class="kern-body">${t('atlas.search.empty')}</p><p class="kern-body">${t('atlas.search.emptyHint')}</p>`;
  }
  return html`<ul class="card-list cooperation-list">${result.hits.map(
    (hit) =>
      html`<li class="kern-card kern-card--small kern-card--hug cooperation-card"><div class="kern-card__container"><div class="kern-card__header"><p class="kern-preline">${t(`atlas.codes.sector.${hit.sector}`, { defaultValue: hit.sector })}</p><h2 class="kern-title"><a class="kern-link" href="/atlas/${encodeURIComponent(hit.slug)}"${lang}>${
        // Escaped by the search, with its matches in <mark> (contracts/atlas.ts SearchHit).
        trustedHtml(hit.titleHighlighted)
      }</a></h2></div><div class="kern-card__body cooperation-card__body">${hit.snippet ? html`<p class="kern-body"${lang}>${trustedHtml(hit.snippet)}</p>` : ''}<p class="kern-body kern-body--small card-meta"><span>${t(`atlas.codes.legalForm.${hit.legalForm}`, { defaultValue: hit.legalForm })}</span>${
        hit.startYear ? html` <span>${t('atlas.record.since', { year: hit.startYear })}</span>` : ''
      }</p>${
        hit.partnerNames.length
          ? html`<p class="kern-body kern-body--small card-meta"><span class="visually-hidden">${t('atlas.record.partnersLabel')}: </span>${hit.partnerNames.slice(0, 4).join(', ')}${
              hit.partnerNames.length > 4
                ? ` ${t('atlas.record.morePartners', { count: hit.partnerNames.length - 4 })}`
                : ''
            }</p>`
          : ''
      }</div></div></li>`,
  )}</ul>`;
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
<p class="kern-body spaced" role="status">${t('atlas.search.count', { count: result.total })}</p>
${hitList(texts, result)}
${pager(texts, input, result)}`;
}

export async function atlasListPageRoutes(app: FastifyInstance, deps: Deps, shell: WebShell) {
  // Keyed by language and address; emptied by every save like the record answers.
  const pages = createRecordAnswerCache(deps.config.atlasSearchCacheMs);
  app.get<{ Querystring: SearchQueryInput }>(
    '/atlas',
    // A query the search refuses (an unknown filter code) shows the list without it, not an error page.
    { schema: { hide: true, querystring: SearchQuery }, attachValidation: true },
    async (request, reply) => {
      const language = pageLanguage(request);
      reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').header('vary', 'cookie');
      const input = request.validationError ? {} : addressed(request.query);
      const key = `${language}:${query(input, input.page ?? 1)}`;
      const cached = pages?.get(key);
      if (cached) return reply.send(cached);
      const generation = pages?.generation();
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
      if (pages && generation !== undefined) pages.set(key, page, generation);
      return reply.send(page);
    },
  );
}
