import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../../root-route.tsx';

// "Meine Daten": /account/my-data (the ready notification and mail link here).
const myDataRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/account/my-data',
  component: lazyRouteComponent(() => import('./my-data-page.tsx'), 'MyDataPage'),
});

export const myDataRoutes = [myDataRoute] as const;
