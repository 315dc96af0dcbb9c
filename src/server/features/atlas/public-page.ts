import { readFileSync } from 'node:fs';
import { and, asc, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { LEGAL_FORMS } from '../../../shared/atlas/legal-forms.ts';
import { TASK_FIELDS } from '../../../shared/atlas/task-fields.ts';
import { LAENDER } from '../../../shared/laender.ts';
import type { Deps } from '../../deps.ts';
import type { Tx } from '../../platform/db/client.ts';
import { organisationSummaries } from '../organisations/summary.ts';
import { cooperationPartners, cooperations } from './tables.ts';

// `GET /atlas/:slug` answered for link previews and search engines, which do not run JavaScript: the web
// app's own index.html, with the head describing a published record. Drafts, reviews and archived records
// get the plain shell (status 200), so the app can show them to those allowed after sign-in; an unknown
// slug gets the shell with status 404. The app renders the page either way.

/** Paths of the web app that look like a record's slug but are pages of their own. */
const APP_PAGES = new Set(['new', 'mine']);
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DESCRIPTION_MAX = 300;

export interface PublicRecord {
  slug: string;
  title: string;
  summary: string;
  description: string;
  website: string | null;
  startYear: number | null;
  endYear: number | null;
  legalForm: string;
  fields: string[];
  landCodes: string[];
  awards: Array<{ name: string; year?: number | null }>;
  publishedAt: Date | null;
  updatedAt: Date;
  partners: Array<{ name: string; id: string }>;
  kreise: string[];
}

/** The published record with this slug, with what its page head shows; null for any other. */
export async function publicRecord(tx: Tx, slug: string): Promise<PublicRecord | null> {
  const [row] = await tx
    .select({
      id: cooperations.id,
      slug: cooperations.slug,
      title: cooperations.title,
      summary: cooperations.summary,
      description: cooperations.description,
      website: cooperations.website,
      startYear: cooperations.startYear,
      endYear: cooperations.endYear,
      legalForm: cooperations.legalForm,
      fields: cooperations.fields,
      landCodes: cooperations.landCodes,
      kreisIds: cooperations.kreisIds,
      awards: cooperations.awards,
      publishedAt: cooperations.publishedAt,
      updatedAt: cooperations.updatedAt,
    })
    .from(cooperations)
    .where(and(eq(cooperations.slug, slug), eq(cooperations.state, 'published')))
    .limit(1);
  if (!row) return null;
  const partnerRows = await tx
    .select({ id: cooperationPartners.organisationId })
    .from(cooperationPartners)
    .where(eq(cooperationPartners.cooperationId, row.id))
    .orderBy(asc(cooperationPartners.position));
  const partners = await organisationSummaries(
    tx,
    partnerRows.map((p) => p.id),
  );
  const kreise = await organisationSummaries(tx, row.kreisIds);
  return { ...row, partners, kreise: kreise.map((k) => k.name) };
}

/** Whether a slug may name a record at all (anything else is a page of the app or a mistyped address). */
export function recordSlugLike(slug: string): boolean {
  return slug.length >= 3 && slug.length <= 120 && SLUG.test(slug) && !APP_PAGES.has(slug);
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] as string);
}

/** JSON that is safe inside a <script> element: no `</script>`, no `<!--`, no line separators. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Plain text of sanitised section HTML, for the description when a record has no summary. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export function describeRecord(record: PublicRecord): string {
  const text = record.summary.trim() || textOf(record.description);
  if (text) return shorten(text, DESCRIPTION_MAX);
  const partners = record.partners.map((p) => p.name).join(', ');
  return partners ? `Kooperationsprojekt von ${partners}` : 'Kooperationsprojekt im Kooperationsatlas';
}

/** schema.org: a Project (an Organization kind) with its members, the areas it serves and its dates. */
export function jsonLd(record: PublicRecord, url: string, publicUrl: string) {
  const legalForm = LEGAL_FORMS.find((f) => f.code === record.legalForm)?.de;
  const fields = record.fields.flatMap((code) => TASK_FIELDS.find((f) => f.code === code)?.de ?? []);
  const areas = [
    ...record.landCodes.flatMap((code) => {
      const name = LAENDER[code as keyof typeof LAENDER];
      return name ? [{ '@type': 'State', name }] : [];
    }),
    ...record.kreise.map((name) => ({ '@type': 'AdministrativeArea', name })),
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
    ...(record.publishedAt ? { datePublished: record.publishedAt.toISOString() } : {}),
    dateModified: record.updatedAt.toISOString(),
    isPartOf: { '@type': 'WebSite', name: 'Allmende – Kooperationsatlas', url: `${publicUrl}/atlas` },
  };
}

/** The head of a published record's page: title, description, canonical URL, Open Graph and JSON-LD. */
export function recordHead(record: PublicRecord, publicUrl: string): { title: string; tags: string } {
  const url = `${publicUrl}/atlas/${encodeURIComponent(record.slug)}`;
  const description = describeRecord(record);
  const meta = (attribute: 'name' | 'property', key: string, content: string) =>
    `<meta ${attribute}="${key}" content="${escapeHtml(content)}" />`;
  const tags = [
    `<link rel="canonical" href="${escapeHtml(url)}" />`,
    meta('property', 'og:type', 'article'),
    meta('property', 'og:title', record.title),
    meta('property', 'og:description', description),
    meta('property', 'og:url', url),
    meta('property', 'og:locale', 'de_DE'),
    meta('property', 'og:site_name', 'Allmende'),
    ...(record.publishedAt ? [meta('property', 'article:published_time', record.publishedAt.toISOString())] : []),
    meta('property', 'article:modified_time', record.updatedAt.toISOString()),
    meta('name', 'twitter:card', 'summary'),
    `<script type="application/ld+json">${scriptSafeJson(jsonLd(record, url, publicUrl))}</script>`,
  ].join('\n    ');
  return { title: `${record.title} – Kooperationsatlas – Allmende`, tags };
}

/** index.html with the record's title and description in place of the app's own, and its tags added. */
export function withRecordHead(index: string, record: PublicRecord, publicUrl: string): string {
  const head = recordHead(record, publicUrl);
  const description = escapeHtml(describeRecord(record));
  let html = index.replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(head.title)}</title>`);
  html = html.replace(
    /<meta name="description" content="[^"]*"\s*\/?>/,
    () => `<meta name="description" content="${description}" />`,
  );
  if (!html.includes(`content="${description}"`)) {
    html = html.replace('</head>', () => `  <meta name="description" content="${description}" />\n  </head>`);
  }
  return html.replace('</head>', () => `  ${head.tags}\n  </head>`);
}

/** Registers `GET /atlas/:slug` (outside /api); only when the web build's index.html exists. */
export async function publicPageRoutes(app: FastifyInstance, deps: Deps, indexFile: string) {
  // Read once: the build does not change under a running server (its assets are registered at start too).
  const index = readFileSync(indexFile, 'utf8');
  const publicUrl = deps.config.publicUrl;
  app.get<{ Params: { slug: string } }>('/atlas/:slug', { schema: { hide: true } }, async (request, reply) => {
    const { slug } = request.params;
    reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache');
    if (!recordSlugLike(slug)) return reply.status(APP_PAGES.has(slug) ? 200 : 404).send(index);
    const record = await publicRecord(deps.db, slug);
    if (record) return reply.send(withRecordHead(index, record, publicUrl));
    const exists = await deps.db
      .select({ id: cooperations.id })
      .from(cooperations)
      .where(eq(cooperations.slug, slug))
      .limit(1);
    return reply.status(exists.length ? 200 : 404).send(index);
  });
}
