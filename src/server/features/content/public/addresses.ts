/** Where the published pages are on the platform: /inhalte/<organisation>/<language>/<slugs down the tree>. */
export const CONTENT_BASE = '/inhalte';

/** The address of the organisation's pages in a language (its top pages). */
export function contentIndexHref(organisationSlug: string, language: string): string {
  return `${CONTENT_BASE}/${encodeURIComponent(organisationSlug)}/${encodeURIComponent(language.toLowerCase())}`;
}

/** The address of a page in a language. */
export function contentPageHref(organisationSlug: string, language: string, path: readonly string[]): string {
  return `${contentIndexHref(organisationSlug, language)}/${path.map(encodeURIComponent).join('/')}`;
}
