// The pages of this part of the services area (issue 16) are added here.
export const procurementRoutes = [] as const;
