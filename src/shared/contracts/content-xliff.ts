import { type Static, Type } from 'typebox';
import { LanguageTag } from './content.ts';

/**
 * The XLIFF round trip of content pages (src/server/features/content/translation): export a page or
 * a selection of an organisation's pages for a translation agency, check the file that comes back
 * against the pages as they are now, and confirm the check to write the translations.
 */
export const XLIFF_LIMITS = {
  /** Bytes of a returned file the check accepts (a larger one: 413). */
  importBytes: 10 * 1024 * 1024,
  /**
   * Bytes of an export of several pages. Half the import limit: the file comes back with a
   * translation beside every source text.
   */
  exportBytes: 5 * 1024 * 1024,
  /** Units of one file (title and text blocks of all its pages). */
  units: 50_000,
  /** Pages of one export. */
  pages: 500,
  /** Hours a check may be confirmed after it was made. */
  checkHours: 24,
  fileName: 255,
} as const;

const Uuid = Type.String({ format: 'uuid', maxLength: 36 });

export const XliffVersion = Type.Union([Type.Literal('1.2'), Type.Literal('2.0')], {
  description: 'XLIFF version of the file: 2.0 (default) or 1.2 for older translation tools',
});
export type XliffVersion = Static<typeof XliffVersion>;

export const PageXliffQuery = Type.Object(
  {
    /** The language to translate into. */
    target: LanguageTag,
    version: Type.Optional(XliffVersion),
    /** The language to translate from (default: the page’s source language); it needs a published text. */
    basis: Type.Optional(LanguageTag),
  },
  { additionalProperties: false },
);
export type PageXliffQuery = Static<typeof PageXliffQuery>;

export const OrganisationXliffInput = Type.Object(
  {
    /** The language to translate into. */
    target: LanguageTag,
    version: Type.Optional(XliffVersion),
    /** The language to translate from (default: each page’s source language; one for the whole file). */
    basis: Type.Optional(LanguageTag),
    pageIds: Type.Optional(
      Type.Array(Uuid, {
        minItems: 1,
        maxItems: XLIFF_LIMITS.pages,
        uniqueItems: true,
        description: 'The pages to export (default: every page of the organisation)',
      }),
    ),
    outdated: Type.Optional(
      Type.Boolean({
        default: false,
        description: 'Only pages whose translation into the target is missing or outdated',
      }),
    ),
  },
  { additionalProperties: false },
);
export type OrganisationXliffInput = Static<typeof OrganisationXliffInput>;

export const XliffCheckQuery = Type.Object(
  {
    name: Type.Optional(
      Type.String({ minLength: 1, maxLength: XLIFF_LIMITS.fileName, description: 'The file’s name, for the report' }),
    ),
    /** The language the file should be in; pages in another are reported (default: the file’s own). */
    target: Type.Optional(LanguageTag),
  },
  { additionalProperties: false },
);

export const XliffCheckParams = Type.Object({ checkId: Uuid });

/**
 * Why a unit or a page of the file is not written:
 * - `source-changed`: the page's text at that unit is no longer what the file was made from;
 * - `empty-target`: the file has no translation for the unit;
 * - `missing-in-file`: the page has the unit, the file does not;
 * - `unknown-unit`: the file has a unit the page does not (any more);
 * - `link-removed`: a translated link pointed elsewhere than the source's and became text (the rest is written);
 * - `unknown-page`: no page of the organisation has the file's page id;
 * - `unknown-version`: the page has no published version in the file's source language with its number;
 * - `wrong-target-language`: the page's part of the file is in another language than the check's;
 * - `target-is-source`: the file translates into the page's source language or into its own basis.
 */
export const XliffCheckReason = Type.Union([
  Type.Literal('source-changed'),
  Type.Literal('empty-target'),
  Type.Literal('missing-in-file'),
  Type.Literal('unknown-unit'),
  Type.Literal('link-removed'),
  Type.Literal('unknown-page'),
  Type.Literal('unknown-version'),
  Type.Literal('wrong-target-language'),
  Type.Literal('target-is-source'),
]);
export type XliffCheckReason = Static<typeof XliffCheckReason>;

export const XliffCheckProblem = Type.Object({
  /** Null for a problem of the whole page. */
  unitId: Type.Union([Type.String(), Type.Null()]),
  reason: XliffCheckReason,
  detail: Type.String(),
  /** The unit's source text in the file and in the page now (inline HTML), where they differ or one is missing. */
  fileSource: Type.Optional(Type.String()),
  currentSource: Type.Optional(Type.String()),
});
export type XliffCheckProblem = Static<typeof XliffCheckProblem>;

export const XliffCheckPage = Type.Object({
  /** As the file names it (it may name no page of the organisation). */
  pageId: Type.String(),
  /** The page's title in the file's source language; null for a page that is not the organisation's. */
  title: Type.Union([Type.String(), Type.Null()]),
  /** The units of the page now (of the file, for an unknown page), and those that matched with a translation. */
  units: Type.Integer(),
  matched: Type.Integer(),
  /** Whether a version would be written for the page. */
  writable: Type.Boolean(),
  problems: Type.Array(XliffCheckProblem),
});
export type XliffCheckPage = Static<typeof XliffCheckPage>;

export const XliffCheck = Type.Object({
  checkId: Uuid,
  fileName: Type.Union([Type.String(), Type.Null()]),
  targetLanguage: LanguageTag,
  pages: Type.Array(XliffCheckPage),
  /** Whether confirming writes anything. */
  writable: Type.Boolean(),
  /** Until when the check can be confirmed. */
  expiresAt: Type.String(),
});
export type XliffCheck = Static<typeof XliffCheck>;

export const XliffConfirmation = Type.Object({
  checkId: Uuid,
  targetLanguage: LanguageTag,
  /** The versions written, with the translation's status after it. */
  written: Type.Array(
    Type.Object({
      pageId: Uuid,
      language: LanguageTag,
      number: Type.Integer(),
      basis: Type.Object({ language: LanguageTag, number: Type.Integer() }),
      status: Type.String(),
    }),
  ),
  /** Pages not written because they changed after the check (or are gone). */
  refused: Type.Array(
    Type.Object({
      pageId: Uuid,
      reason: Type.Union([Type.Literal('source-changed'), Type.Literal('page-gone')]),
      detail: Type.String(),
    }),
  ),
});
export type XliffConfirmation = Static<typeof XliffConfirmation>;
