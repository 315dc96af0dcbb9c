import { and, eq } from 'drizzle-orm';
import type { ExchangePage } from '../../../../shared/contracts/content-sharing.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { inTurn } from '../../../platform/db/in-turn.ts';
import { forbidden, notFound, unauthenticated } from '../../../platform/errors/problem.ts';
import { membershipOf } from '../../organisations/membership.ts';
import { organisations } from '../../organisations/tables.ts';
import { pageView } from '../page-view.ts';
import { pageRow } from '../queries.ts';
import { contentPages } from '../tables.ts';
import { sharedPageVisibleTo } from './audience.ts';
import { adoptionCounts, publishedTitles } from './exchange.ts';

/** The organisation the person looks at the exchange for: their confirmed home organisation. */
export async function viewerOrganisation(tx: Tx, principal: Principal | null): Promise<string> {
  if (!principal) throw unauthenticated();
  const membership = await membershipOf(tx, principal.personId);
  if (membership?.status !== 'confirmed') {
    throw forbidden('Shared pages are for confirmed members of an organisation.');
  }
  return membership.organisationId;
}

/** A shared page as those it is shared with see it before adopting: the published text in every language. */
export async function exchangePage(tx: Tx, principal: Principal | null, pageId: string): Promise<ExchangePage> {
  const organisationId = await viewerOrganisation(tx, principal);
  const page = await pageRow(tx, pageId);
  if (!page || !(await sharedPageVisibleTo(tx, page, organisationId))) throw notFound('Page');
  const view = await pageView(tx, page, 'read');
  const source = view.languages.find((l) => l.language === page.sourceLanguage)?.published;
  if (!source) throw notFound('Page');
  const [owner] = await tx
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, page.organisationId));
  const [titles, adoptions] = await inTurn([() => publishedTitles(tx, [page.id]), () => adoptionCounts(tx, [page.id])]);
  const [adopted] = await tx
    .select({ pageId: contentPages.id, mode: contentPages.adoptionMode })
    .from(contentPages)
    .where(and(eq(contentPages.organisationId, organisationId), eq(contentPages.adoptedFromPageId, page.id)));
  return {
    id: page.id,
    organisationId: page.organisationId,
    organisationName: owner?.name ?? '',
    slug: page.slug,
    title: source.title,
    sourceLanguage: page.sourceLanguage,
    languages: view.languages.filter((l) => l.published).map((l) => l.language),
    tags: page.tags,
    leikaKey: page.leikaKey,
    licence: view.sharing.licence,
    sharedWith: view.sharing.sharedWith ?? 'platform',
    sharedAt: view.sharing.sharedAt,
    words: titles.get(page.id)?.find((t) => t.language === page.sourceLanguage)?.words ?? 0,
    adoptions: adoptions.get(page.id) ?? 0,
    adoptedByViewer: adopted ? { pageId: adopted.pageId, mode: adopted.mode as 'copy' | 'link' } : null,
    contact: page.contact,
    texts: view.languages.flatMap((l) =>
      l.published
        ? [
            {
              language: l.language,
              number: l.published.number,
              title: l.published.title,
              bodyHtml: l.published.bodyHtml,
              status: l.status,
            },
          ]
        : [],
    ),
  };
}
