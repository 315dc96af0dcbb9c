import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { adminRoute } from '../../../root-route.tsx';

// The report's ID is kept in the address, so reloading the page (or coming back within the day) shows it again.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const adminImportRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/atlas-import',
  component: lazyRouteComponent(() => import('./admin-import-page.tsx'), 'AdminImportPage'),
  validateSearch: (search: Record<string, unknown>): { id?: string | undefined } => ({
    id: typeof search.id === 'string' && UUID.test(search.id) ? search.id : undefined,
  }),
});
