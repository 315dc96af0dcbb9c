// The web app's questions pages of the network; each route is created with createRoute on rootRoute
// (or adminRoute for administration pages) and listed here as a const tuple, so links stay typed.

export const questionRoutes = [] as const;
