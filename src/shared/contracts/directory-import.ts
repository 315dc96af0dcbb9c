import { type Static, Type } from 'typebox';

/**
 * Updating the organisation directory from the official Destatis file (src/server/features/
 * organisations/directory/import/): a platform admin uploads it, sees what would change, confirms.
 */

/** Longest file text accepted (characters): the whole GV100AD file is about 3.5 million. */
export const DIRECTORY_FILE_MAX = 8_000_000;

/** How many rows of each kind the preview lists (the counts are always complete). */
export const DIRECTORY_PREVIEW_LIST_MAX = 300;

const Content = Type.String({ minLength: 1, maxLength: DIRECTORY_FILE_MAX });
const NullableString = Type.Union([Type.String(), Type.Null()]);

export const DirectoryUpload = Type.Object({ content: Content }, { additionalProperties: false });
export type DirectoryUpload = Static<typeof DirectoryUpload>;

export const DirectoryImport = Type.Object(
  {
    content: Content,
    /** The preview's fingerprint: the import is refused (409) if the file would now change something else. */
    fingerprint: Type.String({ pattern: '^[0-9a-f]{64}$', maxLength: 64 }),
  },
  { additionalProperties: false },
);
export type DirectoryImport = Static<typeof DirectoryImport>;

export const DirectoryCounts = Type.Object({
  added: Type.Integer(),
  renamed: Type.Integer(),
  agsChanged: Type.Integer(),
  dissolved: Type.Integer(),
  reactivated: Type.Integer(),
  kreisChanged: Type.Integer(),
  typeChanged: Type.Integer(),
  /** Rows whose only change is their ARS (a new Gemeindeverband) or position. */
  otherChanged: Type.Integer(),
  unchanged: Type.Integer(),
});
export type DirectoryCounts = Static<typeof DirectoryCounts>;

const Change = Type.Object({ id: Type.String(), ags: Type.String(), from: Type.String(), to: Type.String() });

export const DirectoryPreview = Type.Object({
  format: Type.Union([Type.Literal('gv100ad'), Type.Literal('csv')]),
  /** The file's data state (Gebietsstand), YYYY-MM-DD; null when it does not say. */
  stand: NullableString,
  source: Type.String(),
  /** The data state of the directory now, to warn before an older file is imported. */
  currentStand: NullableString,
  /** Compared as a whole: the Länder whose Land record the file has; else only the Kreise it names. */
  scope: Type.Object({ landCodes: Type.Array(Type.String()), kreisAgs: Type.Array(Type.String()) }),
  counts: DirectoryCounts,
  added: Type.Array(Type.Object({ ags: Type.String(), name: Type.String(), type: Type.String() })),
  renamed: Type.Array(Change),
  /** `from` and `to` are the old and new AGS; `ags` is the new one. */
  agsChanged: Type.Array(
    Type.Object({ id: Type.String(), name: Type.String(), from: Type.String(), to: Type.String() }),
  ),
  dissolved: Type.Array(
    Type.Object({
      id: Type.String(),
      ags: Type.String(),
      name: Type.String(),
      successor: Type.Union([Type.Object({ ags: Type.String(), name: Type.String() }), Type.Null()]),
    }),
  ),
  typeChanged: Type.Array(Change),
  /** Hands the previewed result to the import (see DirectoryImport). */
  fingerprint: Type.String(),
});
export type DirectoryPreview = Static<typeof DirectoryPreview>;

export const DirectoryStatus = Type.Object({
  stand: NullableString,
  source: NullableString,
  updatedAt: NullableString,
  organisations: Type.Integer(),
  dissolved: Type.Integer(),
});
export type DirectoryStatus = Static<typeof DirectoryStatus>;

export const DirectoryImportResult = Type.Object({ stand: NullableString, counts: DirectoryCounts });
export type DirectoryImportResult = Static<typeof DirectoryImportResult>;
