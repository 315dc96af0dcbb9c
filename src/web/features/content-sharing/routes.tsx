// Sharing and adopting content pages: /content/exchange (the exchange of pages other organisations
// share), /content/exchange/$id (one of them, before adopting it), /content/pages/$id/sharing (with
// whom a page is shared), /content/pages/$id/changes (a linked page: source changes, own text) and
// /content/savings (what adopting translations saved).
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../../root-route.tsx';
import { parseExchangeSearch } from './exchange-search.ts';

const exchangeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/content/exchange',
  component: lazyRouteComponent(() => import('./exchange-page.tsx'), 'ExchangePage'),
  validateSearch: parseExchangeSearch,
});
const exchangePreviewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/content/exchange/$id',
  component: lazyRouteComponent(() => import('./exchange-preview-page.tsx'), 'ExchangePreviewPage'),
});
const sharingRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/content/pages/$id/sharing',
  component: lazyRouteComponent(() => import('./sharing-page.tsx'), 'SharingPage'),
});
const linkChangesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/content/pages/$id/changes',
  component: lazyRouteComponent(() => import('./changes-page.tsx'), 'LinkChangesPage'),
});
const savingsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/content/savings',
  component: lazyRouteComponent(() => import('./savings-page.tsx'), 'SavingsPage'),
});

export const contentSharingRoutes = [
  exchangeRoute,
  exchangePreviewRoute,
  sharingRoute,
  linkChangesRoute,
  savingsRoute,
] as const;
