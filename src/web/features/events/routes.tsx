// The events' pages: /events (upcoming, past, my calendar subscription), /events/new, /events/$id
// (detail, agenda, registration, attendees), /events/$id/edit and /events/$id/manage (organisers).
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../../root-route.tsx';

const eventsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/events',
  component: lazyRouteComponent(() => import('./events-page.tsx'), 'EventsPage'),
});
const newEventRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/events/new',
  component: lazyRouteComponent(() => import('./new-event-page.tsx'), 'NewEventPage'),
});
const eventRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/events/$id',
  component: lazyRouteComponent(() => import('./event-page.tsx'), 'EventPage'),
});
const editEventRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/events/$id/edit',
  component: lazyRouteComponent(() => import('./edit-event-page.tsx'), 'EditEventPage'),
});
const manageEventRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/events/$id/manage',
  component: lazyRouteComponent(() => import('./manage/manage-event-page.tsx'), 'ManageEventPage'),
});

export const eventRoutes = [eventsRoute, newEventRoute, eventRoute, editEventRoute, manageEventRoute] as const;
