import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../../deps.ts';
import { Problem } from '../../../platform/errors/problem.ts';
import { notFoundContent, pageFrame, pageSection } from '../../../platform/web-pages/frame.ts';
import { html, type SafeHtml } from '../../../platform/web-pages/html.ts';
import { openGraph } from '../../../platform/web-pages/meta.ts';
import type { WebShell } from '../../../platform/web-pages/shell.ts';
import { type PageTexts, pageLanguage, pageTexts } from '../../../platform/web-pages/texts.ts';
import { organisationProfile } from '../profile/profile.ts';
import { type OrganisationDetailView, type SearchInput, SearchQuery } from '../schema.ts';
import { type SearchAnswer, searchDirectory } from '../search/search.ts';
import { createSearchCache } from '../search/search-cache.ts';
import { DIRECTORY_PAGE_SIZE, directoryMain } from './public-directory-html.ts';

// `GET /organisations` and `GET /organisations/:id` outside /api: the directory's and a profile's own
// title and description in the page head. For a signed-out reader the profile as HTML (name, kind,
// Kreis, Land, website, description, alliances) with its answer for the app's cache, so the app shows
// the same page at once; signed in, the app renders the profile with what the person may see. The
// directory's search, for readers without scripts, is in public-directory-html.ts.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PROFILE_MODULE = 'src/web/features/organisations/organisation-page.tsx';
const DIRECTORY_MODULE = 'src/web/features/organisations/directory-page.tsx';
const DESCRIPTION_MAX = 300;
/** Kinds whose names the directory keeps without the kind ("Meschede", a Stadt), so a title adds it. */
const NAMED_WITH_KIND = new Set(['gemeinde', 'stadt', 'markt', 'landkreis']);

const typeLabel = ({ t }: PageTexts, type: string) => t(`organisationTypes.${type}`, { defaultValue: type });
const landLabel = ({ t }: PageTexts, code: string | null, name: string | null) =>
  code ? t(`laender.${code}`, { defaultValue: name ?? code }) : (name ?? '');

/** "Stadt Meschede", "Landkreis Harburg"; names that carry their kind already stay as they are. */
export function titleName(texts: PageTexts, organisation: { name: string; type: string }): string {
  const kind = typeLabel(texts, organisation.type);
  const name = organisation.name;
  if (!NAMED_WITH_KIND.has(organisation.type) || name.toLowerCase().includes(kind.toLowerCase())) return name;
  if (organisation.type === 'landkreis' && /kreis/i.test(name)) return name;
  return `${kind} ${name}`;
}

function describe(texts: PageTexts, organisation: OrganisationDetailView): string {
  const text = (organisation.description ?? '').replace(/\s+/g, ' ').trim();
  if (text) return text.length <= DESCRIPTION_MAX ? text : `${text.slice(0, DESCRIPTION_MAX - 1).trimEnd()}…`;
  const where = [organisation.kreisName, landLabel(texts, organisation.landCode, organisation.landName)].filter(
    Boolean,
  );
  return [`${organisation.name}: ${typeLabel(texts, organisation.type)}`, ...where].join(' · ');
}

function profileMain(texts: PageTexts, organisation: OrganisationDetailView): SafeHtml {
  const { t } = texts;
  const link = (ref: { id: string }, text: string) =>
    html`<a class="kern-link" href="/organisations/${encodeURIComponent(ref.id)}">${text}</a>`;
  const land = landLabel(texts, organisation.landCode, organisation.landName);
  const facts: Array<[string, SafeHtml | string]> = [[t('organisation.type'), typeLabel(texts, organisation.type)]];
  if (organisation.ags) facts.push([t('organisation.ags'), organisation.ags]);
  if (organisation.ars) facts.push([t('organisation.ars'), organisation.ars]);
  if (organisation.kreis) facts.push([t('organisation.kreis'), link(organisation.kreis, organisation.kreis.name)]);
  else if (organisation.kreisName) facts.push([t('organisation.kreis'), organisation.kreisName]);
  if (organisation.land) facts.push([t('organisation.land'), link(organisation.land, land || organisation.land.name)]);
  else if (land) facts.push([t('organisation.land'), land]);
  if (organisation.website) {
    facts.push([
      t('organisation.website'),
      html`<a class="kern-link break-all" href="${organisation.website}" rel="noopener noreferrer">${organisation.website.replace(/^https?:\/\//, '')}</a>`,
    ]);
  }
  const lang = texts.language === 'de' ? '' : html` lang="de"`;
  const description = organisation.description
    ? html`<div class="prose"${lang}>${organisation.description.split(/\n{2,}/).map((p) => html`<p class="kern-body">${p}</p>`)}</div>`
    : '';
  const signIn = `/sign-in?next=${encodeURIComponent(`/organisations/${organisation.id}`)}`;
  return html`<div class="profile-head"><div class="page-title"><div class="kern-hgroup"><p class="kern-preline">${typeLabel(texts, organisation.type)}</p><h1 class="kern-heading-large" tabindex="-1" data-page-title="">${organisation.name}</h1></div></div>${
    organisation.logoUrl
      ? html`<img class="profile-head__logo" src="${organisation.logoUrl}" alt="${t('organisation.logoAlt', { name: organisation.name })}" />`
      : ''
  }</div>
<div class="stack-xl">
${pageSection(
  t('organisation.factsTitle'),
  html`<dl class="kern-description-list">${facts.map(
    ([key, value]) =>
      html`<div class="kern-description-list-item"><dt class="kern-description-list-item__key">${key}</dt><dd class="kern-description-list-item__value">${value}</dd></div>`,
  )}</dl>${description}`,
)}
${pageSection(t('organisation.peopleTitle'), html`<p class="kern-body">${t('organisation.peopleSignedOut')} <a class="kern-link" href="${signIn}">${t('nav.signIn')}</a></p>`)}
${pageSection(
  t('organisation.alliancesTitle'),
  organisation.alliances.length === 0
    ? html`<p class="kern-body">${t('organisation.noAlliances')}</p>`
    : html`<ul class="kern-list kern-list--bullet">${organisation.alliances.map((a) => html`<li><a class="kern-link" href="/alliances/${encodeURIComponent(a.id)}">${a.name}</a></li>`)}</ul>`,
)}
</div>`;
}

export async function organisationPageRoutes(app: FastifyInstance, deps: Deps, shell: WebShell) {
  // Answers for the page of readers without scripts; a rename shows after at most 30 s, as in other processes.
  const answers = createSearchCache<SearchAnswer>({ maxEntries: 500, ttlMs: 30_000 });
  app.get<{ Querystring: SearchInput }>(
    '/organisations',
    // A query the search refuses (an unknown Land) shows the directory without it, not an error page.
    {
      schema: { hide: true, querystring: SearchQuery },
      attachValidation: true,
      // The form sends its unchosen selects as empty values: "all Länder", not an unknown one.
      preValidation: async (request) => {
        const query = request.query as Record<string, unknown>;
        for (const key of Object.keys(query)) if (query[key] === '') delete query[key];
      },
    },
    async (request, reply) => {
      const language = pageLanguage(request);
      const texts = pageTexts(language);
      reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').header('vary', 'cookie');
      const { q, land, type, offset } = request.validationError ? ({} as SearchInput) : request.query;
      const input: SearchInput = { q: q?.trim() || undefined, land, type, offset: offset || undefined };
      const answer = await searchDirectory(deps.db, { ...input, limit: DIRECTORY_PAGE_SIZE }, answers);
      const title = texts.t('directory.documentTitle');
      return reply.send(
        shell.page({
          language,
          title: `${title} – ${texts.t('app.name')}`,
          description: texts.t('directory.lead'),
          head: openGraph({
            url: `${deps.config.publicUrl}/organisations`,
            title: `${title} – ${texts.t('app.name')}`,
            description: texts.t('directory.lead'),
            type: 'website',
          }),
          modules: [DIRECTORY_MODULE],
          // The app's directory is a page of its own: this one shows only where scripts do not run.
          body: html`<noscript>${pageFrame(texts, {
            current: 'organisations',
            signInNext: '/organisations',
            main: directoryMain(texts, input, answer),
          })}</noscript>`,
        }),
      );
    },
  );

  app.get<{ Params: { id: string } }>('/organisations/:id', { schema: { hide: true } }, async (request, reply) => {
    const language = pageLanguage(request);
    const texts = pageTexts(language);
    const signedOut = !request.principal;
    reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').header('vary', 'cookie');
    const organisation = UUID.test(request.params.id)
      ? await organisationProfile(deps.db, request.params.id.toLowerCase(), null).catch((error: unknown) => {
          if (error instanceof Problem && error.status === 404) return null;
          throw error;
        })
      : null;
    if (!organisation) {
      const title = texts.t('organisation.notFound');
      return reply.status(404).send(
        shell.page({
          language,
          title: `${title} – ${texts.t('app.name')}`,
          description: title,
          head: html`<meta name="robots" content="noindex" />`,
          body: pageFrame(texts, { current: 'organisations', main: notFoundContent(texts, title) }),
        }),
      );
    }
    const input = {
      language,
      title: `${titleName(texts, organisation)} – ${texts.t('directory.documentTitle')} – ${texts.t('app.name')}`,
      description: describe(texts, organisation),
      head: openGraph({
        url: `${deps.config.publicUrl}/organisations/${organisation.id}`,
        title: titleName(texts, organisation),
        description: describe(texts, organisation),
        type: 'profile',
      }),
      modules: [PROFILE_MODULE],
    };
    if (!signedOut) return reply.send(shell.page(input));
    return reply.send(
      shell.page({
        ...input,
        body: pageFrame(texts, {
          current: 'organisations',
          signInNext: `/organisations/${organisation.id}`,
          main: profileMain(texts, organisation),
        }),
        preload: [{ key: ['organisation', request.params.id], json: JSON.stringify(organisation) }],
      }),
    );
  });
}
