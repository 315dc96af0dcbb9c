// The atlas pages: /atlas, /atlas/new, /atlas/$slug, edit, history, diff; admin import.
export const atlasRoutes = [] as const;
export const atlasAdminRoutes = [] as const;
