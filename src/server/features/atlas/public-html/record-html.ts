import type { Cooperation } from '../../../../shared/contracts/atlas.ts';
import type { OrganisationSummary } from '../../../../shared/contracts/organisations.ts';
import { pageSection, pageTitle } from '../../../platform/web-pages/frame.ts';
import { html, type SafeHtml, trustedHtml } from '../../../platform/web-pages/html.ts';
import type { PageTexts } from '../../../platform/web-pages/texts.ts';
import { htmlToText, sanitizeSection } from '../sanitize-html.ts';
import { contentLang, recordFacts } from './record-facts-html.ts';

// A published record's page as the web app's RecordView draws it for a signed-out reader
// (src/web/features/atlas/record/record-page.tsx and its parts), without what needs scripts: the partners'
// map, the contact form (a signed-out reader gets the sign-in link, as in the app) and related records.

const SECTION_FIELDS = ['description', 'currentStatus', 'lessonsLearned', 'furtherInformation'] as const;

/** "Gemeinde · Landkreis Harburg · Niedersachsen" (describe-organisation.ts of the web app). */
function describeOrganisation({ t }: PageTexts, organisation: OrganisationSummary): string {
  return [
    t(`organisationTypes.${organisation.type}`, { defaultValue: organisation.type }),
    organisation.kreisName,
    organisation.landCode
      ? t(`laender.${organisation.landCode}`, { defaultValue: organisation.landName ?? organisation.landCode })
      : organisation.landName,
  ]
    .filter(Boolean)
    .join(' · ');
}

function sections(texts: PageTexts, record: Cooperation): SafeHtml[] {
  return SECTION_FIELDS.filter((field) => htmlToText(record[field]) !== '').map((field) =>
    pageSection(
      texts.t(`atlas.record.sections.${field}`),
      // Sanitised on every save; once more here, since this page is built from the stored HTML.
      html`<div class="rich-text"${contentLang(texts)}>${trustedHtml(sanitizeSection(record[field]))}</div>`,
    ),
  );
}

function partners(texts: PageTexts, record: Cooperation): SafeHtml | '' {
  const count = record.partners.length + record.externalPartners.length;
  if (count === 0) return '';
  const { t } = texts;
  return pageSection(
    t('atlas.record.partnersTitle', { count }),
    html`<div class="map-layout record-partners"><ul class="plain-list record-partners__list">${record.partners.map(
      (p) =>
        html`<li><a class="kern-link" href="/organisations/${encodeURIComponent(p.id)}">${p.name}</a><span class="kern-body kern-body--small fact-note"> – ${describeOrganisation(texts, p)}</span></li>`,
    )}${record.externalPartners.map(
      (name) =>
        html`<li>${name}<span class="kern-body kern-body--small fact-note"> – ${t('atlas.record.externalPartner')}</span></li>`,
    )}</ul></div>`,
  );
}

function contacts(texts: PageTexts, record: Cooperation, signIn: string): SafeHtml | '' {
  if (record.contacts.length === 0) return '';
  const { t } = texts;
  const lang = contentLang(texts);
  return pageSection(
    t('atlas.record.contactsTitle'),
    html`<ul class="contact-list">${record.contacts.map(
      (c) =>
        html`<li class="contact-list__item"><p class="kern-body kern-body--bold contact-list__name">${c.name}</p>${
          c.role || c.organisationName
            ? html`<p class="kern-body kern-body--small fact-note">${c.role ? html`<span${lang}>${c.role}</span>` : ''}${c.role && c.organisationName ? ', ' : ''}${c.organisationName ?? ''}</p>`
            : ''
        }${c.personId ? html`<p class="kern-body kern-body--small fact-note">${t('atlas.record.contactOnPlatform')}</p>` : ''}</li>`,
    )}</ul><p class="kern-body"><a class="kern-link" href="${signIn}">${t('atlas.record.signInForContacts')}</a></p>`,
  );
}

/** The `<article>` of a published record, for a reader who is not signed in. */
export function recordArticle(texts: PageTexts, record: Cooperation): SafeHtml {
  const { t } = texts;
  const path = `/atlas/${encodeURIComponent(record.slug)}`;
  const signIn = `/sign-in?next=${encodeURIComponent(path)}`;
  return html`<article class="record">
${pageTitle({ title: record.title, preline: t('atlas.record.preline'), lead: record.summary || undefined, lang: texts.language === 'de' ? undefined : 'de' })}
${record.synthetic ? html`<p class="record__badges"><span class="record-badges"><span class="kern-badge kern-badge--small kern-badge--warning"><span class="kern-label">${t('atlas.record.synthetic')}</span></span></span></p><p class="kern-body fact-note">${t('atlas.record.syntheticNote')}</p>` : html`<p class="record__badges"></p>`}
<div class="record-actions"><div class="kern-btn-wrapper"><a class="kern-btn kern-btn--tertiary" href="${path}/history"><span class="kern-label">${t('atlas.record.actions.history')}</span></a></div></div>
<div class="stack-xl record__body">
${pageSection(t('atlas.record.factsTitle'), recordFacts(texts, record))}
${sections(texts, record)}
${partners(texts, record)}
${contacts(texts, record, signIn)}
${pageSection(
  t('atlas.record.contact.sectionTitle'),
  html`<p class="kern-body"><a class="kern-link" href="${signIn}">${t('atlas.record.contact.signIn')}</a></p>${
    record.interestCount > 0
      ? html`<p class="kern-body kern-body--small fact-note">${t('atlas.record.interestCount', { count: record.interestCount })}</p>`
      : ''
  }`,
)}
<p class="kern-body kern-body--small fact-note record__meta">${t('atlas.record.updated', { date: texts.date(record.updatedAt), revision: record.revision })}</p>
</div>
</article>`;
}
