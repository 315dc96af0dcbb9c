// A slug stands in an address beside fixed routes: /alliances/new is a page, /alliances/<slug> an
// alliance. A record whose slug equals such a word could never be opened, so every feature that makes
// slugs takes them through firstFreeSlug below. src/server/reserved-slugs.test.ts reads the routes of
// the API and of the web app and fails when a fixed segment in one of SLUG_PLACES is missing here.

/** The address prefixes, in the web app and in the API, whose next segment may be a slug. */
export const SLUG_PLACES = [
  '/alliances/',
  '/atlas/',
  '/network/communities/',
  '/api/alliances/',
  '/api/atlas/cooperations/',
  '/api/network/communities/',
] as const;

/** The fixed route segments in SLUG_PLACES: words no slug may be. */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set(['invitations', 'mine', 'new']);

/** Whether a slug would be shadowed by a route of the API or the web app. */
export function isReservedSlug(slug: string): boolean {
  return RESERVED_SLUGS.has(slug);
}

/** The first of `base`, `base-2`, `base-3`, … that is neither reserved nor in `taken`. */
export function firstFreeSlug(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const free = (slug: string) => !used.has(slug) && !isReservedSlug(slug);
  if (free(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${n}`;
    if (free(candidate)) return candidate;
  }
}
