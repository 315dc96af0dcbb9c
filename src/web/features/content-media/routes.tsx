import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../../root-route.tsx';

export interface MediaSearch {
  /** `shared`: the images every organisation shares; otherwise the organisation's own library. */
  library?: 'shared' | undefined;
  offset?: number | undefined;
}

const offset = (value: unknown) => {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN;
  return Number.isInteger(n) && n > 0 ? n : undefined;
};

// The organisation's image library for its content pages: /content/media (own) and ?library=shared.
const contentMediaRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/content/media',
  component: lazyRouteComponent(() => import('./media-page.tsx'), 'ContentMediaPage'),
  validateSearch: (search: Record<string, unknown>): MediaSearch => ({
    library: search.library === 'shared' ? 'shared' : undefined,
    offset: offset(search.offset),
  }),
});

export const contentMediaRoutes = [contentMediaRoute] as const;
