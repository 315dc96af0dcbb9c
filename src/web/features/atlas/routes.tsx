// The atlas pages: /atlas, /atlas/new, /atlas/$slug, edit, history, diff; admin import.
import { adminImportRoute } from './import/admin-import-route.tsx';
import { recordRoutes } from './record-routes.tsx';
import { searchRoutes } from './search/search-routes.tsx';

export const atlasRoutes = [...searchRoutes, ...recordRoutes] as const;
export const atlasAdminRoutes = [adminImportRoute] as const;
