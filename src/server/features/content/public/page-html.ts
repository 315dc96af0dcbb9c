import { pageSection } from '../../../platform/web-pages/frame.ts';
import { html, type SafeHtml, trustedHtml } from '../../../platform/web-pages/html.ts';
import type { PageTexts } from '../../../platform/web-pages/texts.ts';
import { sanitizeContentHtml } from '../media/sanitize-content-html.ts';
import { contentIndexHref, contentPageHref } from './addresses.ts';
import { ownName, textDirection } from './language-info.ts';
import type { SluggedOrganisation } from './organisation-slug.ts';
import type { PageInLanguage, PublishedPage } from './published-pages.ts';

// The main part of a published page (inside the app's frame, frame.ts): breadcrumb, the languages it
// exists in, the text in its language and direction, then contact, validity, source and the pages
// below it, labelled in the interface language. Every title is text, escaped by `html`; the body is
// HTML sanitised on save and once more here (the content sanitiser: images of the media library stay).

/** `lang` and `dir` of text in a content language. */
export const languageAttributes = (language: string): SafeHtml =>
  html` lang="${language}" dir="${textDirection(language)}"`;

/** A page's title in the language, else in its source language (marked as such by the caller's `lang`). */
export function titleIn(page: PublishedPage, language: string): { language: string; title: string } {
  const own = page.texts.get(language);
  if (own) return { language, title: own.title };
  return { language: page.sourceLanguage, title: page.texts.get(page.sourceLanguage)?.title ?? page.slug };
}

/** Links to the languages the page (or list) exists in, each named in itself; none when there is only one. */
export function languageSwitcher(
  texts: PageTexts,
  current: string,
  languages: readonly string[],
  hrefOf: (language: string) => string,
): SafeHtml | '' {
  if (languages.length < 2) return '';
  return html`<nav class="content-languages" aria-label="${texts.t('contentPublic.languages')}"><ul>${languages.map(
    (language) =>
      html`<li><a class="kern-link" href="${hrefOf(language)}" hreflang="${language}"${languageAttributes(language)}${
        language === current ? html` aria-current="page"` : ''
      }>${ownName(language)}</a></li>`,
  )}</ul></nav>`;
}

/** A date of the content (valid until, published) in the interface language; dates are calendar days in UTC. */
export function contentDate(texts: PageTexts, value: string | Date): string {
  const locale = texts.language === 'en' ? 'en-GB' : 'de-DE';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    typeof value === 'string' ? new Date(`${value.slice(0, 10)}T00:00:00Z`) : value,
  );
}

function pageLink(organisation: SluggedOrganisation, page: PublishedPage, language: string): SafeHtml {
  const { language: shown, title } = titleIn(page, language);
  return html`<a class="kern-link" href="${contentPageHref(organisation.slug, shown, page.path)}"${
    shown === language ? '' : html` hreflang="${shown}"`
  }${languageAttributes(shown)}>${title}</a>`;
}

function breadcrumb(texts: PageTexts, organisation: SluggedOrganisation, view: PageInLanguage): SafeHtml {
  return html`<nav class="content-breadcrumb" aria-label="${texts.t('contentPublic.breadcrumb')}"><ol>
<li><a class="kern-link" href="${contentIndexHref(organisation.slug, view.language)}">${organisation.name}</a></li>
${view.ancestors.map((page) => html`<li>${pageLink(organisation, page, view.language)}</li>`)}
<li><span aria-current="page"${languageAttributes(view.language)}>${view.text.title}</span></li>
</ol></nav>`;
}

function facts(texts: PageTexts, page: PublishedPage, view: PageInLanguage): SafeHtml {
  const { t } = texts;
  const today = new Date().toISOString().slice(0, 10);
  const validity = page.validUntil
    ? html`<p class="kern-body content-valid-until">${t(page.validUntil < today ? 'contentPublic.expired' : 'contentPublic.validUntil', { date: contentDate(texts, page.validUntil) })}</p>`
    : '';
  const source = page.attribution
    ? html`<p class="kern-body kern-body--small content-attribution">${t('contentPublic.adoptedFrom')} ${
        page.attribution.organisationId
          ? html`<a class="kern-link" href="/organisations/${encodeURIComponent(page.attribution.organisationId)}">${page.attribution.organisationName}</a>`
          : page.attribution.organisationName
      }${
        page.attribution.licenceName
          ? html`, ${t('contentPublic.licence')} ${
              page.attribution.licenceUrl
                ? html`<a class="kern-link" href="${page.attribution.licenceUrl}" rel="license noopener noreferrer">${page.attribution.licenceName}</a>`
                : page.attribution.licenceName
            }`
          : ''
      }</p>`
    : '';
  return html`${validity}${source}<p class="kern-body kern-body--small fact-note">${t('contentPublic.updated', { date: contentDate(texts, view.text.createdAt) })}</p>`;
}

/** The whole main part of a published page in one language. */
export function contentPageMain(texts: PageTexts, organisation: SluggedOrganisation, view: PageInLanguage): SafeHtml {
  const { page, language, text } = view;
  const hrefOf = (l: string) => contentPageHref(organisation.slug, l, page.path);
  const body = [text.beforeHtml, text.bodyHtml, text.afterHtml]
    .filter((part) => part.trim() !== '')
    .map((part) => trustedHtml(sanitizeContentHtml(part)));
  return html`${breadcrumb(texts, organisation, view)}
${languageSwitcher(texts, language, page.languages, hrefOf)}
<article class="content-page"${languageAttributes(language)}>
<div class="page-title"><div class="kern-hgroup"><h1 class="kern-heading-large" tabindex="-1" data-page-title="">${text.title}</h1></div></div>
<div class="content-text">${body}</div>
</article>
<div class="stack-xl spaced">
${page.contact ? pageSection(texts.t('contentPublic.contact'), html`<p class="kern-body content-contact"${languageAttributes(page.sourceLanguage)}>${page.contact}</p>`) : ''}
${
  view.children.length > 0
    ? pageSection(
        texts.t('contentPublic.children'),
        html`<div class="content-children"><ul>${view.children.map((child) => html`<li>${pageLink(organisation, child, language)}</li>`)}</ul></div>`,
      )
    : ''
}
${facts(texts, page, view)}
</div>`;
}

/** The organisation's top pages in one language. */
export function contentIndexMain(
  texts: PageTexts,
  organisation: SluggedOrganisation,
  language: string,
  pages: readonly PublishedPage[],
  languages: readonly string[],
): SafeHtml {
  const { t } = texts;
  return html`<div class="page-title"><div class="kern-hgroup"><p class="kern-preline">${organisation.name}</p><h1 class="kern-heading-large" tabindex="-1" data-page-title="">${t('contentPublic.indexTitle')}</h1></div><p class="kern-body kern-body--large page-title__lead">${t('contentPublic.indexLead', { name: organisation.name })}</p></div>
${languageSwitcher(texts, language, languages, (l) => contentIndexHref(organisation.slug, l))}
<div class="content-children"><ul>${pages.map((page) => html`<li class="kern-body">${pageLink(organisation, page, language)}</li>`)}</ul></div>`;
}
