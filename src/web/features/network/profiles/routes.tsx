// The web app's profiles pages of the network; each route is created with createRoute on rootRoute
// (or adminRoute for administration pages) and listed here as a const tuple, so links stay typed.

export const profileRoutes = [] as const;

/** Administration pages (children of adminRoute), e.g. merging expertise tags. */
export const profileAdminRoutes = [] as const;
