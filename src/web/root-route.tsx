import { createRootRoute, createRoute } from '@tanstack/react-router';
import { AdminLayout } from './features/admin/admin-layout.tsx';
import { AppShell } from './features/shell/app-shell.tsx';
import { NotFoundPage } from './features/shell/not-found-page.tsx';

// The root and the admin layout live apart from router.tsx so that each area can declare its own
// routes in features/<area>/routes.tsx; router.tsx assembles the tree.
export const rootRoute = createRootRoute({ component: AppShell, notFoundComponent: NotFoundPage });
export const adminRoute = createRoute({ getParentRoute: () => rootRoute, path: '/admin', component: AdminLayout });
