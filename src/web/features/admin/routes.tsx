import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { adminRoute } from '../../root-route.tsx';

// The admin pages whose filters live in the address, so that a link (from the audit log, from the
// start page) opens them filtered, and reloading keeps the filter.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const text = (value: unknown, max: number) =>
  typeof value === 'string' && value.trim() !== '' && value.length <= max ? value : undefined;
const offsetOf = (value: unknown) => {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN;
  return Number.isInteger(n) && n > 0 ? n : undefined;
};

export interface PeopleSearch {
  q?: string | undefined;
  /** Only the requests no organisation admin can answer. */
  waiting?: boolean | undefined;
}

export interface AuditSearch {
  actor?: string | undefined;
  action?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  offset?: number | undefined;
}

export const adminPeopleRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/people',
  component: lazyRouteComponent(() => import('./admin-people-page.tsx'), 'AdminPeoplePage'),
  validateSearch: (search: Record<string, unknown>): PeopleSearch => ({
    q: text(search.q, 200),
    waiting: search.waiting === true || search.waiting === 'true' ? true : undefined,
  }),
});

export const adminAuditRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/audit',
  component: lazyRouteComponent(() => import('./admin-audit-page.tsx'), 'AdminAuditPage'),
  validateSearch: (search: Record<string, unknown>): AuditSearch => ({
    actor: typeof search.actor === 'string' && UUID.test(search.actor) ? search.actor : undefined,
    action: text(search.action, 100),
    from: typeof search.from === 'string' && DAY.test(search.from) ? search.from : undefined,
    to: typeof search.to === 'string' && DAY.test(search.to) ? search.to : undefined,
    offset: offsetOf(search.offset),
  }),
});

export const adminReviewsRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/reviews',
  component: lazyRouteComponent(() => import('./admin-reviews-page.tsx'), 'AdminReviewsPage'),
});

export const adminSettingsRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/settings',
  component: lazyRouteComponent(() => import('./admin-settings-page.tsx'), 'AdminSettingsPage'),
});

export const adminPageRoutes = [adminPeopleRoute, adminAuditRoute, adminReviewsRoute, adminSettingsRoute] as const;
