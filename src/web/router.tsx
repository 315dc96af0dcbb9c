import { createRoute, createRouter, lazyRouteComponent, redirect } from '@tanstack/react-router';
import { AccountPage } from './features/accounts/account-page.tsx';
import { ForgotPasswordPage } from './features/accounts/forgot-password-page.tsx';
import { RegisterCheckMailPage, RegisterPage } from './features/accounts/register-page.tsx';
import { ResetPasswordPage } from './features/accounts/reset-password-page.tsx';
import { SignInPage } from './features/accounts/sign-in-page.tsx';
import { VerifyEmailPage } from './features/accounts/verify-email-page.tsx';
import { adminPageRoutes } from './features/admin/routes.tsx';
import { apiDocsRoutes } from './features/api-docs/routes.tsx';
import { atlasAdminRoutes, atlasRoutes } from './features/atlas/routes.tsx';
import { contentRoutes } from './features/content/routes.tsx';
import { contentMediaRoutes } from './features/content-media/routes.tsx';
import { contentSharingRoutes } from './features/content-sharing/routes.tsx';
import { documentAdminRoutes, documentRoutes } from './features/documents/routes.tsx';
import { eventRoutes } from './features/events/routes.tsx';
import { legalAdminRoutes, legalRoutes } from './features/legal/routes.tsx';
import { meetingRoutes } from './features/meetings/routes.tsx';
import { myDataRoutes } from './features/my-data/routes.tsx';
import { networkAdminRoutes, networkRoutes } from './features/network/routes.tsx';
import { notificationRoutes } from './features/notifications/routes.tsx';
import { projectRoutes } from './features/projects/routes.tsx';
import { SearchPage } from './features/search/search-page.tsx';
import { parseSearchParams } from './features/search/search-params.ts';
import { serviceOfferRoutes } from './features/services/offers/routes.tsx';
import { procurementRoutes } from './features/services/procurement/routes.tsx';
import { SetupPage } from './features/setup/setup-page.tsx';
import { NotFoundPage } from './features/shell/not-found-page.tsx';
import { StartPage } from './features/start/start-page.tsx';
import { workspaceRoutes } from './features/workspaces/routes.tsx';
import { adminRoute, rootRoute } from './root-route.tsx';
import { Loading } from './ui/loading.tsx';

// The pages people arrive at (start, sign-in, the account pages) are in the first file; the others
// come with lazyRouteComponent in their own file on first visit. Route definitions (paths,
// validateSearch) always stay here, so links and search parameters are checked without those files.

// Search parameters arrive from the address bar: accept only what each page understands.
const text = (value: unknown) =>
  typeof value === 'string' && value !== '' ? value : typeof value === 'number' ? String(value) : undefined;
const count = (value: unknown) => {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN;
  return Number.isInteger(n) && n > 0 ? n : undefined;
};
const token = (search: Record<string, unknown>) => ({ token: text(search.token) });

const startRoute = createRoute({ getParentRoute: () => rootRoute, path: '/', component: StartPage });
const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-in',
  component: SignInPage,
  validateSearch: (
    search: Record<string, unknown>,
  ): { next?: string | undefined; signedOut?: boolean | undefined } => ({
    next: text(search.next),
    signedOut: search.signedOut === true || search.signedOut === 'true' ? true : undefined,
  }),
});
const registerRoute = createRoute({ getParentRoute: () => rootRoute, path: '/register', component: RegisterPage });
const registerDoneRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/register/check-mail',
  component: RegisterCheckMailPage,
});
const verifyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/verify-email',
  component: VerifyEmailPage,
  validateSearch: token,
});
const forgotRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/forgot-password',
  component: ForgotPasswordPage,
});
const resetRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/reset-password',
  component: ResetPasswordPage,
  validateSearch: token,
});
const setupRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/setup',
  component: SetupPage,
  validateSearch: token,
});
const searchRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/search',
  component: SearchPage,
  validateSearch: parseSearchParams,
});
const accountRoute = createRoute({ getParentRoute: () => rootRoute, path: '/account', component: AccountPage });
const accountDeletedRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/account-deleted',
  component: lazyRouteComponent(() => import('./features/accounts/account-deleted-page.tsx'), 'AccountDeletedPage'),
});

const directoryRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/organisations',
  component: lazyRouteComponent(() => import('./features/organisations/directory-page.tsx'), 'DirectoryPage'),
  validateSearch: (
    search: Record<string, unknown>,
  ): { q?: string | undefined; land?: string | undefined; type?: string | undefined; offset?: number | undefined } => ({
    q: text(search.q),
    land: text(search.land),
    type: text(search.type),
    offset: count(search.offset),
  }),
});
const organisationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/organisations/$id',
  component: lazyRouteComponent(() => import('./features/organisations/organisation-page.tsx'), 'OrganisationPage'),
});

const alliancesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/alliances',
  component: lazyRouteComponent(() => import('./features/alliances/alliances-page.tsx'), 'AlliancesPage'),
});
const newAllianceRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/alliances/new',
  component: lazyRouteComponent(() => import('./features/alliances/new-alliance-page.tsx'), 'NewAlliancePage'),
});
const allianceRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/alliances/$id',
  component: lazyRouteComponent(() => import('./features/alliances/alliance-page.tsx'), 'AlliancePage'),
});

const adminIndexRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/admin/organisations', replace: true });
  },
});
const adminOrganisationsRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/organisations',
  component: lazyRouteComponent(
    () => import('./features/admin/admin-organisations-page.tsx'),
    'AdminOrganisationsPage',
  ),
});
const adminDirectoryRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/directory',
  component: lazyRouteComponent(() => import('./features/admin/admin-directory-page.tsx'), 'AdminDirectoryPage'),
});
const adminAlliancesRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/alliances',
  component: lazyRouteComponent(() => import('./features/admin/admin-alliances-page.tsx'), 'AdminAlliancesPage'),
});

const routeTree = rootRoute.addChildren([
  startRoute,
  signInRoute,
  registerRoute,
  registerDoneRoute,
  verifyRoute,
  forgotRoute,
  resetRoute,
  setupRoute,
  searchRoute,
  accountRoute,
  accountDeletedRoute,
  directoryRoute,
  organisationRoute,
  alliancesRoute,
  newAllianceRoute,
  allianceRoute,
  ...atlasRoutes,
  ...contentRoutes,
  ...contentMediaRoutes,
  ...contentSharingRoutes,
  ...notificationRoutes,
  ...myDataRoutes,
  ...workspaceRoutes,
  ...projectRoutes,
  ...documentRoutes,
  ...networkRoutes,
  ...serviceOfferRoutes,
  ...procurementRoutes,
  ...eventRoutes,
  ...meetingRoutes,
  ...legalRoutes,
  ...apiDocsRoutes,
  adminRoute.addChildren([
    adminIndexRoute,
    adminOrganisationsRoute,
    adminAlliancesRoute,
    adminDirectoryRoute,
    ...adminPageRoutes,
    ...atlasAdminRoutes,
    ...legalAdminRoutes,
    ...documentAdminRoutes,
    ...networkAdminRoutes,
  ]),
]);

export const router = createRouter({
  routeTree,
  defaultPreload: 'intent',
  scrollRestoration: true,
  defaultNotFoundComponent: NotFoundPage,
  // Most pages arrive in their own file on first visit (lazyRouteComponent); on a slow line the
  // previous page gives way to a loading line instead of standing still.
  defaultPendingComponent: Loading,
  defaultPendingMs: 500,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
