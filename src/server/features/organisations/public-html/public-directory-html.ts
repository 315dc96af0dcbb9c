import { LAND_CODES } from '../../../../shared/laender.ts';
import { ORGANISATION_TYPES } from '../../../../shared/organisation-types.ts';
import { pageTitle } from '../../../platform/web-pages/frame.ts';
import { html, type SafeHtml } from '../../../platform/web-pages/html.ts';
import type { PageTexts } from '../../../platform/web-pages/texts.ts';
import type { SearchInput } from '../schema.ts';
import type { SearchAnswer } from '../search/search.ts';

// The directory for readers without scripts (the app's directory-page.tsx, plainly): the same search
// fields as a form that sends its words in the address, the table of what it finds, previous/next.

export const DIRECTORY_PAGE_SIZE = 20;

/** The directory search as the address states it: the app's own parameters (q, land, type, offset). */
export function directoryAddress(input: SearchInput): string {
  const params = new URLSearchParams();
  if (input.q) params.set('q', input.q);
  for (const land of input.land ?? []) params.append('land', land);
  for (const type of input.type ?? []) params.append('type', type);
  if (input.offset) params.set('offset', String(input.offset));
  const text = params.toString();
  return text ? `?${text}` : '';
}

function select(
  id: string,
  label: string,
  all: string,
  selected: string | undefined,
  options: Array<[string, string]>,
) {
  return html`<div class="kern-form-input"><label class="kern-label" for="${id}">${label}</label><div class="kern-form-input__select-wrapper"><select class="kern-form-input__select" id="${id}" name="${id.replace('directory-static-', '')}"><option value="">${all}</option>${options.map(
    ([value, text]) => html`<option value="${value}"${value === selected ? html` selected` : ''}>${text}</option>`,
  )}</select></div></div>`;
}

function table(texts: PageTexts, answer: SearchAnswer): SafeHtml {
  const { t } = texts;
  if (answer.items.length === 0) return html`<p class="kern-body table-empty">${t('directory.none')}</p>`;
  const headers = [
    'organisation.name',
    'organisation.type',
    'organisation.kreis',
    'organisation.land',
    'organisation.ags',
  ].map((key) => t(key));
  return html`<div class="data-table"><table class="kern-table kern-table--striped"><caption class="kern-sr-only">${t('directory.caption')}</caption><thead class="kern-table__head"><tr class="kern-table__row">${headers.map(
    (header) => html`<th scope="col" class="kern-table__header">${header}</th>`,
  )}</tr></thead><tbody class="kern-table__body">${answer.items.map((o) => {
    const cells = [
      html`<a class="kern-link" href="/organisations/${encodeURIComponent(o.id)}">${o.name}</a>`,
      t(`organisationTypes.${o.type}`, { defaultValue: o.type }),
      o.kreisName ?? '–',
      (o.landCode ? t(`laender.${o.landCode}`, { defaultValue: o.landName ?? o.landCode }) : o.landName) || '–',
      o.ags ?? '–',
    ];
    return html`<tr class="kern-table__row">${cells.map((cell, i) => html`<td data-label="${headers[i] ?? ''}" class="kern-table__cell">${cell}</td>`)}</tr>`;
  })}</tbody></table></div>`;
}

function pager(texts: PageTexts, input: SearchInput, total: number): SafeHtml | '' {
  const { t } = texts;
  const pages = Math.max(1, Math.ceil(total / DIRECTORY_PAGE_SIZE));
  if (pages <= 1) return '';
  const offset = input.offset ?? 0;
  const page = Math.min(pages, Math.floor(offset / DIRECTORY_PAGE_SIZE) + 1);
  const link = (to: number, label: string) =>
    html`<a class="kern-btn kern-btn--secondary" href="/organisations${directoryAddress({ ...input, offset: to || undefined })}"><span class="kern-label">${label}</span></a>`;
  return html`<nav class="pagination" aria-label="${t('pagination.label')}">${page > 1 ? link((page - 2) * DIRECTORY_PAGE_SIZE, t('pagination.previous')) : ''}<p class="kern-body pagination__status">${t('pagination.status', { page, pages })}</p>${page < pages ? link(page * DIRECTORY_PAGE_SIZE, t('pagination.next')) : ''}</nav>`;
}

/** The directory page's content: title, search form, count, table, previous/next. */
export function directoryMain(texts: PageTexts, input: SearchInput, answer: SearchAnswer): SafeHtml {
  const { t } = texts;
  const laender = LAND_CODES.map((code): [string, string] => [code, t(`laender.${code}`)]).sort((a, b) =>
    a[1].localeCompare(b[1], texts.language),
  );
  const types = ORGANISATION_TYPES.map((type): [string, string] => [type, t(`organisationTypes.${type}`)]);
  return html`${pageTitle({ title: t('directory.title'), lead: t('directory.lead') })}
<search class="filter-panel" aria-label="${t('directory.filterLabel')}"><form class="filter-form" action="/organisations" method="get"><div class="kern-form-input"><label class="kern-label" for="directory-static-q">${t('directory.q')}</label><div class="kern-hint" id="directory-static-q-hint">${t('directory.qHint')}</div><input class="kern-form-input__input" id="directory-static-q" name="q" type="search" maxlength="100" value="${input.q ?? ''}" aria-describedby="directory-static-q-hint" /></div>${select(
    'directory-static-land',
    t('directory.land'),
    t('directory.allLaender'),
    input.land?.[0],
    laender,
  )}${select('directory-static-type', t('directory.type'), t('directory.allTypes'), input.type?.[0], types)}<div class="filter-form__submit"><button class="kern-btn kern-btn--primary" type="submit"><span class="kern-icon kern-icon--search" aria-hidden="true"></span><span class="kern-label">${t('directory.submit')}</span></button></div></form></search>
<div class="results"><p class="kern-body results__count" role="status">${t('directory.count', { count: answer.total })}</p>${table(texts, answer)}${pager(texts, input, answer.total)}</div>`;
}
