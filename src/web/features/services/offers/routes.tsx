// The pages of competence centre offers: /services (offers with search and filters),
// /services/offers/new, /services/offers/$id (the offer, asking for it, and the provider's requests)
// and /services/offers/$id/edit.
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../../../root-route.tsx';
import { type OfferSearch, offerSearchOf } from './offer-search.ts';

const servicesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/services',
  component: lazyRouteComponent(() => import('./services-page.tsx'), 'ServicesPage'),
  validateSearch: (search: Record<string, unknown>): OfferSearch => offerSearchOf(search),
});
const newOfferRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/services/offers/new',
  component: lazyRouteComponent(() => import('./new-offer-page.tsx'), 'NewOfferPage'),
});
const offerRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/services/offers/$id',
  component: lazyRouteComponent(() => import('./offer-page.tsx'), 'OfferPage'),
});
const editOfferRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/services/offers/$id/edit',
  component: lazyRouteComponent(() => import('./edit-offer-page.tsx'), 'EditOfferPage'),
});

export const serviceOfferRoutes = [servicesRoute, newOfferRoute, offerRoute, editOfferRoute] as const;
