import { LEGAL_FORMS } from '../../../../shared/atlas/legal-forms.ts';
import { TASK_FIELDS } from '../../../../shared/atlas/task-fields.ts';
import type { Cooperation } from '../../../../shared/contracts/atlas.ts';
import { LAENDER } from '../../../../shared/laender.ts';
import { html, type SafeHtml, scriptSafeJson, trustedHtml } from '../../../platform/web-pages/html.ts';
import { htmlToText } from '../sanitize-html.ts';

// The head of a published record's page, for link previews and search engines: description, canonical
// URL, Open Graph and schema.org JSON-LD. The record's content is German whatever the interface
// language, so the preview speaks German too (og:locale de_DE).

const DESCRIPTION_MAX = 300;

function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The summary, else the start of the description as plain text, else who the partners are. */
export function describeRecord(record: Cooperation): string {
  const text = record.summary.trim() || htmlToText(record.description).replace(/\s+/g, ' ');
  if (text) return shorten(text, DESCRIPTION_MAX);
  const partners = record.partners.map((p) => p.name).join(', ');
  return partners ? `Kooperationsprojekt von ${partners}` : 'Kooperationsprojekt im Kooperationsatlas';
}

/** schema.org: a Project (an Organization kind) with its members, the areas it serves and its dates. */
export function jsonLd(record: Cooperation, url: string, publicUrl: string) {
  const legalForm = LEGAL_FORMS.find((f) => f.code === record.legalForm)?.de;
  const fields = record.fields.flatMap((code) => TASK_FIELDS.find((f) => f.code === code)?.de ?? []);
  const areas = [
    ...record.landCodes.flatMap((code) => {
      const name = LAENDER[code as keyof typeof LAENDER];
      return name ? [{ '@type': 'State', name }] : [];
    }),
    ...record.kreise.map((k) => ({ '@type': 'AdministrativeArea', name: k.name })),
  ];
  return {
    '@context': 'https://schema.org',
    '@type': 'Project',
    '@id': url,
    name: record.title,
    description: describeRecord(record),
    url,
    mainEntityOfPage: url,
    ...(record.website ? { sameAs: record.website } : {}),
    ...(record.startYear ? { foundingDate: String(record.startYear) } : {}),
    ...(record.endYear ? { dissolutionDate: String(record.endYear) } : {}),
    ...(legalForm ? { additionalType: legalForm } : {}),
    ...(fields.length ? { keywords: fields.join(', ') } : {}),
    ...(record.awards.length ? { award: record.awards.map((a) => (a.year ? `${a.name} (${a.year})` : a.name)) } : {}),
    member: record.partners.map((p) => ({
      '@type': 'GovernmentOrganization',
      name: p.name,
      url: `${publicUrl}/organisations/${p.id}`,
    })),
    ...(areas.length ? { areaServed: areas } : {}),
    ...(record.publishedAt ? { datePublished: record.publishedAt } : {}),
    dateModified: record.updatedAt,
    isPartOf: { '@type': 'WebSite', name: 'Allmende – Kooperationsatlas', url: `${publicUrl}/atlas` },
  };
}

export function recordUrl(publicUrl: string, slug: string): string {
  return `${publicUrl}/atlas/${encodeURIComponent(slug)}`;
}

/** Canonical link, Open Graph and Twitter tags and the JSON-LD block of a published record. */
export function recordHead(record: Cooperation, publicUrl: string): SafeHtml {
  const url = recordUrl(publicUrl, record.slug);
  const property = (key: string, content: string) => html`<meta property="${key}" content="${content}" />`;
  return html`<link rel="canonical" href="${url}" />
    ${property('og:type', 'article')}
    ${property('og:title', record.title)}
    ${property('og:description', describeRecord(record))}
    ${property('og:url', url)}
    ${property('og:locale', 'de_DE')}
    ${property('og:site_name', 'Allmende')}
    ${record.publishedAt ? property('article:published_time', record.publishedAt) : ''}
    ${property('article:modified_time', record.updatedAt)}
    <meta name="twitter:card" content="summary" />
    <script type="application/ld+json">${trustedHtml(scriptSafeJson(JSON.stringify(jsonLd(record, url, publicUrl))))}</script>`;
}
