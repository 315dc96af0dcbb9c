// The documents of workspaces, organisations and alliances: /documents (the spaces I may read, with
// their usage), /documents/$kind/$spaceId (a space's folders and files; `folder` opens a folder),
// …/trash (its trash), /documents/files/$id (one file: preview, versions, lock, approval) and, for
// platform administrators, /admin/documents (the retention rule and the quotas).
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { adminRoute, rootRoute } from '../../root-route.tsx';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `folder`: the folder shown, the space's top level without it. */
export interface FolderSearch {
  folder?: string | undefined;
}

const documentsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/documents',
  component: lazyRouteComponent(() => import('./spaces-page.tsx'), 'SpacesPage'),
});
const fileRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/documents/files/$id',
  component: lazyRouteComponent(() => import('./file/file-page.tsx'), 'FilePage'),
});
const folderRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/documents/$kind/$spaceId',
  component: lazyRouteComponent(() => import('./folder/folder-page.tsx'), 'FolderPage'),
  validateSearch: (search: Record<string, unknown>): FolderSearch => ({
    folder: typeof search.folder === 'string' && UUID.test(search.folder) ? search.folder : undefined,
  }),
});
const trashRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/documents/$kind/$spaceId/trash',
  component: lazyRouteComponent(() => import('./folder/trash-page.tsx'), 'TrashPage'),
});
const adminDocumentsRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/documents',
  component: lazyRouteComponent(() => import('./admin-documents-page.tsx'), 'AdminDocumentsPage'),
});

export const documentRoutes = [documentsRoute, fileRoute, folderRoute, trashRoute] as const;
export const documentAdminRoutes = [adminDocumentsRoute] as const;
