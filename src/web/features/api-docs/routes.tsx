import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../../root-route.tsx';

// /developers: the API documentation in the app's look. The server sends /api/docs here.
const apiDocsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/developers',
  component: lazyRouteComponent(() => import('./api-docs-page.tsx'), 'ApiDocsPage'),
});

export const apiDocsRoutes = [apiDocsRoute] as const;
