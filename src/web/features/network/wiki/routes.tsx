// The web app's wiki pages of the network: /network/wiki?community= (a wiki's pages), /network/wiki/new,
// /network/wiki/$id, /network/wiki/$id/edit and /network/wiki/$id/history. Each route is created with
// createRoute on rootRoute and listed here as a const tuple, so links stay typed.
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../../../root-route.tsx';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const communityOf = (value: unknown) => (typeof value === 'string' && UUID.test(value) ? value : undefined);
const number = (value: unknown) => {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN;
  return Number.isInteger(n) && n > 0 ? n : undefined;
};

export interface WikiSearch {
  community?: string | undefined;
}

export interface WikiHistorySearch {
  from?: number | undefined;
  to?: number | undefined;
}

const wikiListRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/network/wiki',
  component: lazyRouteComponent(() => import('./wiki-list-page.tsx'), 'WikiListPage'),
  validateSearch: (search: Record<string, unknown>): WikiSearch => ({ community: communityOf(search.community) }),
});
const newWikiPageRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/network/wiki/new',
  component: lazyRouteComponent(() => import('./wiki-edit-page.tsx'), 'NewWikiPage'),
  validateSearch: (search: Record<string, unknown>): WikiSearch => ({ community: communityOf(search.community) }),
});
const wikiPageRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/network/wiki/$id',
  component: lazyRouteComponent(() => import('./wiki-page.tsx'), 'WikiPage'),
});
const editWikiPageRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/network/wiki/$id/edit',
  component: lazyRouteComponent(() => import('./wiki-edit-page.tsx'), 'EditWikiPage'),
});
const wikiHistoryRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/network/wiki/$id/history',
  component: lazyRouteComponent(() => import('./wiki-history-page.tsx'), 'WikiHistoryPage'),
  validateSearch: (search: Record<string, unknown>): WikiHistorySearch => ({
    from: number(search.from),
    to: number(search.to),
  }),
});

export const wikiRoutes = [
  wikiListRoute,
  newWikiPageRoute,
  wikiPageRoute,
  editWikiPageRoute,
  wikiHistoryRoute,
] as const;
