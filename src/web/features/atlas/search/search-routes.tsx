import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../../../root-route.tsx';
import { parseAtlasSearch } from './search-state.ts';

/** /atlas: the public search with its filters in the address bar. */
export const atlasSearchRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/atlas',
  component: lazyRouteComponent(() => import('./search-page.tsx'), 'SearchPage'),
  validateSearch: parseAtlasSearch,
});

export const searchRoutes = [atlasSearchRoute] as const;
