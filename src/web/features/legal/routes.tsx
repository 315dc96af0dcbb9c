import { createRoute, lazyRouteComponent, redirect } from '@tanstack/react-router';
import { adminRoute, rootRoute } from '../../root-route.tsx';

// The legal pages: Impressum, Datenschutz, Barrierefreiheit (the operator's texts) and Leichte Sprache
// (shipped with the platform), at the German addresses a German public body's site is expected to have.
// English addresses lead there too.
const impressumRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/impressum',
  component: lazyRouteComponent(() => import('./legal-page.tsx'), 'ImpressumPage'),
});
const datenschutzRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/datenschutz',
  component: lazyRouteComponent(() => import('./legal-page.tsx'), 'DatenschutzPage'),
});
const barrierefreiheitRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/barrierefreiheit',
  component: lazyRouteComponent(() => import('./legal-page.tsx'), 'BarrierefreiheitPage'),
});
const easyReadRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/leichte-sprache',
  component: lazyRouteComponent(() => import('./easy-read-page.tsx'), 'EasyReadPage'),
});

const alias = (path: string, to: '/impressum' | '/datenschutz' | '/barrierefreiheit' | '/leichte-sprache') =>
  createRoute({
    getParentRoute: () => rootRoute,
    path,
    beforeLoad: () => {
      throw redirect({ to, replace: true });
    },
  });

export const legalRoutes = [
  impressumRoute,
  datenschutzRoute,
  barrierefreiheitRoute,
  easyReadRoute,
  alias('/legal-notice', '/impressum'),
  alias('/privacy', '/datenschutz'),
  alias('/accessibility', '/barrierefreiheit'),
  alias('/easy-read', '/leichte-sprache'),
] as const;

// Under Verwaltung: /admin/legal (which pages are filled in) and /admin/legal/$page (the editor).
const adminLegalRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/legal',
  component: lazyRouteComponent(() => import('./admin-legal-page.tsx'), 'AdminLegalPage'),
});
const adminLegalEditRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/legal/$page',
  component: lazyRouteComponent(() => import('./admin-legal-edit-page.tsx'), 'AdminLegalEditPage'),
});

export const legalAdminRoutes = [adminLegalRoute, adminLegalEditRoute] as const;
