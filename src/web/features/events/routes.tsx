// The pages of the events area (issue 16) are added here.
export const eventRoutes = [] as const;
