// The legal pages: Impressum, Datenschutz, Barrierefreiheit, Leichte Sprache.
export const legalRoutes = [] as const;
