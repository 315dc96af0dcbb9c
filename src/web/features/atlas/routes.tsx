// The atlas pages: /atlas, /atlas/new, /atlas/$slug, edit, history, diff; admin import.
import { recordRoutes } from './record-routes.tsx';
import { searchRoutes } from './search-routes.tsx';

export const atlasRoutes = [...searchRoutes, ...recordRoutes] as const;
export const atlasAdminRoutes = [] as const;
