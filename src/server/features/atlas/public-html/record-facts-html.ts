import type { Cooperation } from '../../../../shared/contracts/atlas.ts';
import { html, type SafeHtml } from '../../../platform/web-pages/html.ts';
import type { PageTexts } from '../../../platform/web-pages/texts.ts';

// The record's fact sheet ("Steckbrief") as the record page's RecordFacts draws it
// (src/web/features/atlas/record/record-facts.tsx): row headings and values, rows without a value left out.

/** ` lang="de"` on German content inside a page in another language (WCAG 3.1.2). */
export function contentLang(texts: PageTexts): SafeHtml | '' {
  return texts.language === 'de' ? '' : html` lang="de"`;
}

const code = (texts: PageTexts, key: string, value: string) =>
  texts.t(`atlas.codes.${key}.${value}`, { defaultValue: value });

function inlineList(items: SafeHtml[] | string[]): SafeHtml {
  if (items.length === 1) return html`${items[0]}`;
  return html`<ul class="fact-list">${items.map((item) => html`<li>${item}</li>`)}</ul>`;
}

function period(texts: PageTexts, record: Cooperation): string | null {
  const { t } = texts;
  if (record.startYear && record.endYear)
    return t('atlas.record.periodFromTo', { from: record.startYear, to: record.endYear });
  if (record.startYear) return t('atlas.record.periodFrom', { from: record.startYear });
  if (record.endYear) return t('atlas.record.periodTo', { to: record.endYear });
  return null;
}

function organisationLink(organisation: { id: string; name: string }): SafeHtml {
  return html`<a class="kern-link" href="/organisations/${encodeURIComponent(organisation.id)}">${organisation.name}</a>`;
}

export function recordFacts(texts: PageTexts, record: Cooperation): SafeHtml {
  const { t } = texts;
  const lang = contentLang(texts);
  const euros = (n: number) => `${texts.number(n)} €`;
  const figures = [
    record.investment !== null ? t('atlas.record.investment', { amount: euros(record.investment) }) : null,
    record.yearlySavings !== null ? t('atlas.record.yearlySavings', { amount: euros(record.yearlySavings) }) : null,
    record.populationServed !== null
      ? t('atlas.record.populationServed', {
          count: record.populationServed,
          formatted: texts.number(record.populationServed),
        })
      : null,
  ].filter((x): x is string => x !== null);
  const span = (text: string) => html`<span${lang}>${text}</span>`;
  const time = period(texts, record);

  const rows: Array<[string, SafeHtml] | null> = [
    [
      'sector',
      html`${code(texts, 'sector', record.sector)}${record.sectorGroup ? html` – ${code(texts, 'group', record.sectorGroup.replace('.', '_'))}` : ''}`,
    ],
    record.fields.length || record.keywords.length
      ? [
          'fields',
          html`${record.fields.length ? inlineList(record.fields.map((f) => code(texts, 'field', f))) : ''}${
            record.keywords.length
              ? html`<p class="kern-body kern-body--small fact-note">${t('atlas.record.keywords')}: <span${lang}>${record.keywords.join(', ')}</span></p>`
              : ''
          }`,
        ]
      : null,
    ['legalForm', html`${code(texts, 'legalForm', record.legalForm)}`],
    ['status', html`${code(texts, 'status', record.status)}`],
    time ? ['period', html`${time}`] : null,
    record.partners.length || record.externalPartners.length
      ? [
          'partners',
          html`<ul class="fact-list">${record.partners.map((p) => html`<li>${organisationLink(p)}</li>`)}${record.externalPartners.map(
            (name) => html`<li>${name} <span class="fact-note">(${t('atlas.record.externalPartner')})</span></li>`,
          )}</ul>`,
        ]
      : null,
    record.landCodes.length || record.kreise.length
      ? [
          'regions',
          html`${record.landCodes.length ? inlineList(record.landCodes.map((c) => t(`laender.${c}`, { defaultValue: c }))) : ''}${
            record.kreise.length
              ? html`<p class="kern-body fact-line">${record.kreise.map((k, index) => html`${index > 0 ? ', ' : ''}${organisationLink(k)}`)}</p>`
              : ''
          }`,
        ]
      : null,
    record.website
      ? [
          'website',
          html`<a class="kern-link break-all" href="${record.website}" rel="noopener noreferrer">${record.website.replace(/^https?:\/\//, '').replace(/\/$/, '')}</a>`,
        ]
      : null,
    record.awards.length
      ? ['awards', inlineList(record.awards.map((a) => span(a.year ? `${a.name} (${a.year})` : a.name)))]
      : null,
    record.funding.length
      ? [
          'funding',
          inlineList(
            record.funding.map((f) =>
              span(typeof f.amount === 'number' ? `${f.programme} (${euros(f.amount)})` : f.programme),
            ),
          ),
        ]
      : null,
    figures.length ? ['figures', inlineList(figures)] : null,
    [
      'transfer',
      html`${t(`atlas.codes.transferable.${record.transferable ? 'true' : 'false'}`)}${
        record.transferable && record.transferRequirements
          ? html`<p class="kern-body fact-line prose"${lang}>${record.transferRequirements}</p>`
          : ''
      }`,
    ],
  ];

  return html`<div class="fact-sheet"><table class="kern-table fact-sheet__table"><caption class="visually-hidden">${t('atlas.record.factsCaption', { title: record.title })}</caption><colgroup><col class="fact-sheet__key-column" /><col /></colgroup><tbody class="kern-table__body">${rows.map(
    (row) =>
      row
        ? html`<tr class="kern-table__row"><th scope="row" class="kern-table__header fact-sheet__key">${t(`atlas.record.facts.${row[0]}`)}</th><td class="kern-table__cell fact-sheet__value">${row[1]}</td></tr>`
        : '',
  )}</tbody></table></div>`;
}
