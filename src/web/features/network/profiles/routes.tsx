// The web app's profiles pages of the network: /network/profile (my profile and expertise),
// /network/people?q=&tag=&land=&near=&sort= (the expert finder), /network/people/$personId (a person's
// profile) and, for platform administrators, /admin/network-tags (merging duplicate tags).
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { adminRoute, rootRoute } from '../../../root-route.tsx';
import { type PeopleSearch, peopleSearchOf } from './people-search.ts';

const myProfileRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/network/profile',
  component: lazyRouteComponent(() => import('./my-profile-page.tsx'), 'MyProfilePage'),
});
const peopleRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/network/people',
  component: lazyRouteComponent(() => import('./people-page.tsx'), 'PeoplePage'),
  validateSearch: (search: Record<string, unknown>): PeopleSearch => peopleSearchOf(search),
});
const personRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/network/people/$personId',
  component: lazyRouteComponent(() => import('./person-page.tsx'), 'PersonPage'),
});
const adminTagsRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/network-tags',
  component: lazyRouteComponent(() => import('./admin-tags-page.tsx'), 'AdminTagsPage'),
});

export const profileRoutes = [myProfileRoute, peopleRoute, personRoute] as const;

/** Administration pages (children of adminRoute): merging expertise tags. */
export const profileAdminRoutes = [adminTagsRoute] as const;
