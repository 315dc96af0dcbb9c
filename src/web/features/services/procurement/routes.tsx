// The joint procurement pages: /services/procurement (list), /services/procurement/new,
// /services/procurement/radar (plans and the bundling radar) and /services/procurement/$id.
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../../../root-route.tsx';

const procurementListRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/services/procurement',
  component: lazyRouteComponent(() => import('./procurement-page.tsx'), 'ProcurementPage'),
});
const newPurchaseRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/services/procurement/new',
  component: lazyRouteComponent(() => import('./new-purchase-page.tsx'), 'NewPurchasePage'),
});
const radarRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/services/procurement/radar',
  component: lazyRouteComponent(() => import('./radar-page.tsx'), 'RadarPage'),
});
const purchaseRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/services/procurement/$id',
  component: lazyRouteComponent(() => import('./purchase-page.tsx'), 'PurchasePage'),
});

export const procurementRoutes = [procurementListRoute, newPurchaseRoute, radarRoute, purchaseRoute] as const;
