import { type Static, Type } from 'typebox';
import { CONTENT_LIMITS, LanguageTag, TranslationStatus } from './content.ts';

/**
 * Managing an organisation's content pages (src/server/features/content/pages): the tree of pages,
 * moving and editing a page's facts, deleting, comparing and restoring versions, and the
 * translation status with filters and as a CSV file.
 */

const Uuid = Type.String({ format: 'uuid', maxLength: 36 });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

/** One page in the organisation's tree. */
export const PageTreeItem = Type.Object({
  id: Uuid,
  parentId: Nullable(Uuid),
  position: Type.Integer(),
  slug: Type.String(),
  /** The source language's last published title, or its newest draft's when never published. */
  title: Type.String(),
  sourceLanguage: LanguageTag,
  /** The source language has a published version (readers see the page). */
  published: Type.Boolean(),
  /** The languages with published text, the source language first, then alphabetical. */
  languages: Type.Array(LanguageTag),
  /** Adopted from another organisation: as a copy or as a live link; null for its own pages. */
  adoptionMode: Nullable(Type.Union([Type.Literal('copy'), Type.Literal('link')])),
  /** Offered to others to adopt: to every organisation, or to the organisation's alliances. */
  sharedWith: Nullable(Type.Union([Type.Literal('platform'), Type.Literal('alliances')])),
  updatedAt: Type.String({ format: 'date-time' }),
});
export type PageTreeItem = Static<typeof PageTreeItem>;

/** `GET /api/content/organisations/:id/pages`: parents before their children, siblings by position, then slug. */
export const PageTree = Type.Object({ pages: Type.Array(PageTreeItem) });
export type PageTree = Static<typeof PageTree>;

export const MAX_POSITION = 1_000_000;

/** `PATCH /api/content/pages/:id`: any of the page's facts; its text is saved per language. */
export const UpdatePageInput = Type.Object(
  {
    parentId: Type.Optional(Nullable(Uuid)),
    position: Type.Optional(Type.Integer({ minimum: 0, maximum: MAX_POSITION })),
    slug: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: CONTENT_LIMITS.slug,
        pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
        description: 'Part of the public address: lower-case letters, digits, hyphens',
      }),
    ),
    leikaKey: Type.Optional(
      Nullable(Type.String({ pattern: '^[0-9]{14}$', maxLength: 14, description: 'LeiKa key (14 digits)' })),
    ),
    tags: Type.Optional(
      Type.Array(Type.String({ minLength: 1, maxLength: CONTENT_LIMITS.tag }), { maxItems: CONTENT_LIMITS.tags }),
    ),
    validUntil: Type.Optional(Nullable(Type.String({ format: 'date', maxLength: 10 }))),
    contact: Type.Optional(
      Nullable(Type.String({ maxLength: CONTENT_LIMITS.contact, description: 'Whom to ask (plain text)' })),
    ),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdatePageInput = Static<typeof UpdatePageInput>;

/** `GET /api/content/pages/:id/diff`: two versions of one language. */
export const DiffQuery = Type.Object(
  {
    language: LanguageTag,
    from: Type.Integer({ minimum: 1, maximum: 2_147_483_647, description: 'The older version’s number' }),
    to: Type.Integer({ minimum: 1, maximum: 2_147_483_647, description: 'The newer version’s number' }),
  },
  { additionalProperties: false },
);
export type DiffQuery = Static<typeof DiffQuery>;

/** A run of text that both versions have (`same`), or that only the newer (`added`) or older (`removed`) has. */
export const DiffPart = Type.Object({
  kind: Type.Union([Type.Literal('same'), Type.Literal('added'), Type.Literal('removed')]),
  /** Readable text; paragraphs are separated by a blank line ("\n\n"). */
  text: Type.String(),
});
export type DiffPart = Static<typeof DiffPart>;

const DiffSide = Type.Object({
  number: Type.Integer(),
  title: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
  authorName: Nullable(Type.String()),
});

export const VersionDiff = Type.Object({
  language: LanguageTag,
  from: DiffSide,
  to: DiffSide,
  title: Type.Array(DiffPart),
  body: Type.Array(DiffPart),
});
export type VersionDiff = Static<typeof VersionDiff>;

/** `POST /api/content/pages/:id/languages/:language/restore`: an earlier version's text as a new version. */
export const RestoreVersionInput = Type.Object(
  {
    number: Type.Integer({ minimum: 1, maximum: 2_147_483_647, description: 'The version to restore' }),
    minor: Type.Optional(
      Type.Boolean({ default: false, description: 'A small correction: translations stay up to date' }),
    ),
  },
  { additionalProperties: false },
);
export type RestoreVersionInput = Static<typeof RestoreVersionInput>;

/** Filters of the translation status (`…/translation-status` and `…/translation-status.csv`). */
export const StatusFilterQuery = Type.Object(
  {
    status: Type.Optional(TranslationStatus),
    language: Type.Optional(LanguageTag),
  },
  { additionalProperties: false },
);
export type StatusFilterQuery = Static<typeof StatusFilterQuery>;
