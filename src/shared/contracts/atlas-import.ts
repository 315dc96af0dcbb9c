import { type Static, Type } from 'typebox';

/**
 * The atlas import (src/server/features/atlas/import/): an uploaded CSV or JSON file is checked
 * and reported row by row; nothing is written until a platform admin confirms the report.
 */

/** Longest file text accepted (characters); the route's body limit leaves room for JSON escaping. */
export const IMPORT_CONTENT_MAX = 10_000_000;

export const ImportUpload = Type.Object(
  {
    format: Type.Union([Type.Literal('csv'), Type.Literal('json')]),
    content: Type.String({ minLength: 1, maxLength: IMPORT_CONTENT_MAX }),
  },
  { additionalProperties: false },
);
export type ImportUpload = Static<typeof ImportUpload>;

/**
 * One thing wrong with a cell. `code` is stable (the web translates it: `unknown-organisation`,
 * `bad-year`, …); `message` says the same in English; `value` is the offending text, if any.
 */
export const ImportProblem = Type.Object({
  column: Type.String(),
  code: Type.String(),
  message: Type.String(),
  value: Type.Optional(Type.String()),
});
export type ImportProblem = Static<typeof ImportProblem>;

export const ImportRow = Type.Object({
  /** CSV: the row number in a spreadsheet (the header is row 1). JSON: the position in `cooperations`, from 1. */
  row: Type.Integer(),
  slug: Type.Union([Type.String(), Type.Null()]),
  title: Type.String(),
  /** Whether confirming creates a record or updates the one with the same external ID or slug. */
  action: Type.Union([Type.Literal('create'), Type.Literal('update')]),
  problems: Type.Array(ImportProblem),
});
export type ImportRow = Static<typeof ImportRow>;

export const ImportReport = Type.Object({
  id: Type.String(),
  format: Type.String(),
  createdAt: Type.String(),
  confirmedAt: Type.Union([Type.String(), Type.Null()]),
  /** True when no row has a problem: only then can the import be confirmed. */
  valid: Type.Boolean(),
  rows: Type.Array(ImportRow),
  counts: Type.Object({
    rows: Type.Integer(),
    create: Type.Integer(),
    update: Type.Integer(),
    rowsWithProblems: Type.Integer(),
    problems: Type.Integer(),
  }),
  /** Columns of the file the import does not know (perhaps misspelt); their cells are not read. */
  ignoredColumns: Type.Array(Type.String()),
});
export type ImportReport = Static<typeof ImportReport>;

export const ImportResult = Type.Object({
  id: Type.String(),
  created: Type.Integer(),
  updated: Type.Integer(),
});
export type ImportResult = Static<typeof ImportResult>;
