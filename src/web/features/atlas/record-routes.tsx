import { createRoute } from '@tanstack/react-router';
import { rootRoute } from '../../root-route.tsx';
import { DiffPage } from './diff-page.tsx';
import { HistoryPage } from './history-page.tsx';
import { EditRecordPage, NewRecordPage } from './record-form-pages.tsx';
import { RecordPage } from './record-page.tsx';
import { WorkbenchPage } from './workbench-page.tsx';

// The pages of one record and the workbench; routes.tsx puts them into the atlas's list.

const revision = (value: unknown) => {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN;
  return Number.isInteger(n) && n > 0 ? n : undefined;
};

const newRecordRoute = createRoute({ getParentRoute: () => rootRoute, path: '/atlas/new', component: NewRecordPage });
const workbenchRoute = createRoute({ getParentRoute: () => rootRoute, path: '/atlas/mine', component: WorkbenchPage });
const recordRoute = createRoute({ getParentRoute: () => rootRoute, path: '/atlas/$slug', component: RecordPage });
const editRecordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/atlas/$slug/edit',
  component: EditRecordPage,
});
const historyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/atlas/$slug/history',
  component: HistoryPage,
});
const diffRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/atlas/$slug/diff',
  component: DiffPage,
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
