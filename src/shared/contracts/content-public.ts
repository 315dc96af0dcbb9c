import { type Static, Type } from 'typebox';
import { LanguageTag } from './content.ts';

/**
 * The published citizen information of an organisation, for apps and other sites
 * (src/server/features/content/public). Public: no sign-in; drafts and unpublished pages never appear.
 */

const Uuid = Type.String({ format: 'uuid', maxLength: 36 });

export const PublicOrganisationParams = Type.Object({ id: Uuid });
export const PublicPageParams = Type.Object({ id: Uuid, pageId: Uuid });
export const PublicPagesQuery = Type.Object({ language: Type.Optional(LanguageTag) }, { additionalProperties: false });
export type PublicPagesQuery = Static<typeof PublicPagesQuery>;

export const PublicAttribution = Type.Object(
  {
    organisationId: Type.Union([Uuid, Type.Null()]),
    organisationName: Type.String(),
    /** CC-BY-4.0, DL-DE-BY-2.0, CC0-1.0; null when the adoption recorded none. */
    licence: Type.Union([Type.String(), Type.Null()]),
    licenceName: Type.Union([Type.String({ description: 'e.g. "CC BY 4.0"' }), Type.Null()]),
    licenceUrl: Type.Union([Type.String(), Type.Null()]),
  },
  { description: 'For a page adopted from another organisation: whom it comes from and under which licence' },
);
export type PublicAttribution = Static<typeof PublicAttribution>;

export const PublicPage = Type.Object({
  id: Uuid,
  parentId: Type.Union([Uuid, Type.Null()]),
  slug: Type.String(),
  /** The slugs from the top of the organisation's tree down to this page. */
  path: Type.Array(Type.String()),
  /** The language of `title` and `bodyHtml`. */
  language: LanguageTag,
  /** Every language the page is published in, the source language first. */
  languages: Type.Array(LanguageTag),
  /** The page as HTML on the platform, in `language`. */
  url: Type.String(),
  title: Type.String(),
  bodyHtml: Type.String({ description: 'Sanitised HTML: p, h3, h4, strong, em, lists, blockquote, links' }),
  contact: Type.Union([Type.String(), Type.Null()]),
  validUntil: Type.Union([Type.String({ format: 'date' }), Type.Null()]),
  /** When the text shown in `language` was published. */
  updatedAt: Type.String({ format: 'date-time' }),
  attribution: Type.Union([PublicAttribution, Type.Null()]),
});
export type PublicPage = Static<typeof PublicPage>;

export const PublicOrganisation = Type.Object({
  id: Uuid,
  name: Type.String(),
  /** The organisation's part of the pages' addresses: /inhalte/<slug>/<language>/… */
  slug: Type.String(),
});

export const PublicPages = Type.Object({
  organisation: PublicOrganisation,
  /**
   * One entry per page and language (only `language` when asked for), in the tree's order; for one
   * page, that page's languages.
   */
  pages: Type.Array(PublicPage),
});
export type PublicPages = Static<typeof PublicPages>;
