// The web app's communities pages of the network: /network (the overview), /network/communities/new and
// /network/communities/$slug. Each route is created with createRoute on rootRoute and listed here as a
// const tuple, so links stay typed.
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../../../root-route.tsx';

const networkRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/network',
  component: lazyRouteComponent(() => import('./network-page.tsx'), 'NetworkPage'),
});
const newCommunityRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/network/communities/new',
  component: lazyRouteComponent(() => import('./new-community-page.tsx'), 'NewCommunityPage'),
});
const communityRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/network/communities/$slug',
  component: lazyRouteComponent(() => import('./community-page.tsx'), 'CommunityPage'),
});

export const communityRoutes = [networkRoute, newCommunityRoute, communityRoute] as const;
