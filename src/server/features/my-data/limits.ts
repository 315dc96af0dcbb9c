/** How many exports a person may ask for in 24 hours. */
export const EXPORTS_PER_DAY = 3;
/** How long a finished archive can be downloaded before it is removed. */
export const EXPORT_DAYS = 7;
/** How many of a person's exports the list shows. */
export const EXPORTS_LISTED = 20;
