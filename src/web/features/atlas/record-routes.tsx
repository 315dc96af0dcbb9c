import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../../root-route.tsx';

// The pages of one record and the workbench; routes.tsx puts them into the atlas's list.

const revision = (value: unknown) => {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN;
  return Number.isInteger(n) && n > 0 ? n : undefined;
};

const newRecordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/atlas/new',
  component: lazyRouteComponent(() => import('./record/record-form-pages.tsx'), 'NewRecordPage'),
});
const workbenchRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/atlas/mine',
  component: lazyRouteComponent(() => import('./workbench-page.tsx'), 'WorkbenchPage'),
});
const recordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/atlas/$slug',
  component: lazyRouteComponent(() => import('./record/record-page.tsx'), 'RecordPage'),
});
const editRecordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/atlas/$slug/edit',
  component: lazyRouteComponent(() => import('./record/record-form-pages.tsx'), 'EditRecordPage'),
});
const historyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/atlas/$slug/history',
  component: lazyRouteComponent(() => import('./revisions/history-page.tsx'), 'HistoryPage'),
});
const diffRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/atlas/$slug/diff',
  component: lazyRouteComponent(() => import('./revisions/diff-page.tsx'), 'DiffPage'),
  validateSearch: (search: Record<string, unknown>): { from?: number | undefined; to?: number | undefined } => ({
    from: revision(search.from),
    to: revision(search.to),
  }),
});

export const recordRoutes = [
  newRecordRoute,
  workbenchRoute,
  recordRoute,
  editRecordRoute,
  historyRoute,
  diffRoute,
] as const;
