import {
  SEARCH_GROUPS,
  SEARCH_LIMIT_DEFAULT,
  type SearchGroup,
  type SearchGroupKind,
  type UnifiedSearchResult,
} from '../../../shared/contracts/search.ts';
import type { Principal } from '../../platform/auth/session-store.ts';
import type { Tx } from '../../platform/db/client.ts';
import { invalid } from '../../platform/errors/problem.ts';
import { maySearchPeople } from '../accounts/policy.ts';
import { searchAlliances } from './alliances-group.ts';
import { searchAtlas } from './atlas-group.ts';
import { searchContentGroup } from './content-group.ts';
import { searchDocumentsGroup } from './documents-group.ts';
import { germanQueryOf } from './german-query.ts';
import type { GroupResult } from './group.ts';
import { searchMessagesGroup } from './messages-group.ts';
import { searchOffersGroup } from './offers-group.ts';
import { searchOrganisations } from './organisations-group.ts';
import { searchPeopleGroup } from './people-group.ts';
import { searchQuestionsGroup } from './questions-group.ts';
import type { UnifiedSearchInput } from './schema.ts';
import { atlasViewer, type Searcher, searcherOf } from './searcher.ts';
import { searchWikiGroup } from './wiki-group.ts';
import { searchWorkspaces } from './workspaces-group.ts';

/**
 * Groups that only signed-in people may search: names of staff, what lies inside workspaces, and the
 * competence centre offers (for signed-in people only, as the offers themselves).
 */
const SIGNED_IN_ONLY: ReadonlySet<SearchGroupKind> = new Set([
  'people',
  'workspaces',
  'messages',
  'documents',
  'questions',
  'wiki',
  'offers',
]);

/** Where a group's "show all" leads: the atlas search, the directory, or this search for one group. */
export function showAllHref(kind: SearchGroupKind, q: string): string {
  const query = encodeURIComponent(q);
  if (kind === 'atlas') return `/atlas?q=${query}`;
  if (kind === 'organisations') return `/organisations?q=${query}`;
  return `/search?q=${query}&group=${kind}`;
}

/**
 * The search over everything: the query is analysed once (german-query.ts), then every group the
 * person may search runs at once, each with its own rule of who sees what. Signed out: atlas records
 * (published), organisations, alliances and published content pages; the others are named in `signInFor`.
 */
export async function searchEverything(
  tx: Tx,
  principal: Principal | null,
  input: UnifiedSearchInput,
): Promise<UnifiedSearchResult> {
  const text = input.q.trim();
  if (text === '') throw invalid([{ field: 'querystring:/q', message: 'must contain a word' }]);
  const limit = input.limit ?? SEARCH_LIMIT_DEFAULT;
  const [searcher, query] = await Promise.all([searcherOf(tx, principal), germanQueryOf(tx, text)]);

  const run = (kind: SearchGroupKind, who: Searcher | null): Promise<GroupResult> => {
    switch (kind) {
      case 'atlas':
        return searchAtlas(tx, query, atlasViewer(who), limit);
      case 'organisations':
        return searchOrganisations(tx, query, limit);
      case 'alliances':
        return searchAlliances(tx, query, limit);
      case 'content':
        return searchContentGroup(tx, query, limit);
      case 'workspaces':
        return searchWorkspaces(tx, query, who as Searcher, limit);
      case 'messages':
        return searchMessagesGroup(tx, query, (who as Searcher).personId, limit);
      case 'people':
        return searchPeopleGroup(tx, query, limit);
      case 'documents':
        return searchDocumentsGroup(tx, query, (who as Searcher).personId, limit);
      case 'questions':
        return searchQuestionsGroup(tx, query, (who as Searcher).personId, limit);
      case 'wiki':
        return searchWikiGroup(tx, query, (who as Searcher).personId, limit);
      case 'offers':
        return searchOffersGroup(tx, query, who as Searcher, limit);
    }
  };
  const signedIn = searcher !== null && maySearchPeople(principal);
  const wanted = input.group ? [input.group] : [...SEARCH_GROUPS];
  const allowed = wanted.filter((kind) => signedIn || !SIGNED_IN_ONLY.has(kind));
  const results = await Promise.all(allowed.map((kind) => run(kind, searcher)));
  const groups = allowed.map(
    (kind, index): SearchGroup => ({
      kind,
      ...(results[index] as GroupResult),
      showAllHref: showAllHref(kind, text),
    }),
  );
  return {
    q: text,
    suggestion: query.atlas.suggestion,
    groups,
    signInFor: wanted.filter((kind) => !allowed.includes(kind)),
  };
}
