import { type Static, Type } from 'typebox';

/**
 * The atlas import (src/server/features/atlas/import/): an uploaded CSV or JSON file is checked
 * and reported row by row; nothing is written until a platform admin confirms the report.
 */

/**
 * Longest file text accepted (characters): room for `ATLAS_LIMITS.importRowsMax` (5,000) records of
 * 8,000 characters each, about 800 words of text with their markup (the atlas' records average about
 * 400 words, 4,400 characters). The route's body limit leaves room for JSON escaping; beyond it the
 * answer is 413 `import-too-large`.
 */
export const IMPORT_CONTENT_MAX = 40_000_000;

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

export const ImportResult = Type.Object({
  id: Type.String(),
  created: Type.Integer(),
  updated: Type.Integer(),
});
export type ImportResult = Static<typeof ImportResult>;

/**
 * Why a confirmed import failed. Whatever it had written is taken back (records it created are
 * deleted, records it updated get their earlier version back), except `kept`: records someone else
 * edited after the import had written them, which keep that newer version (their slugs).
 */
export const ImportFailure = Type.Object({
  /** Stable: `import-outdated` (the atlas changed under the import), `import-failed`, `import-interrupted`. */
  type: Type.String(),
  title: Type.String(),
  detail: Type.Optional(Type.String()),
  kept: Type.Array(Type.String()),
});
export type ImportFailure = Static<typeof ImportFailure>;

/**
 * A confirmed import runs as a background job with the import's ID: queued, running (rows `done` of
 * `total`; while a failed import is taken back, `failure` is set and `done` counts down), then done
 * (`result`) or failed (`failure`, everything taken back).
 */
export const ImportJob = Type.Object({
  id: Type.String(),
  state: Type.Union([Type.Literal('queued'), Type.Literal('running'), Type.Literal('done'), Type.Literal('failed')]),
  done: Type.Integer(),
  total: Type.Integer(),
  result: Type.Union([ImportResult, Type.Null()]),
  failure: Type.Union([ImportFailure, Type.Null()]),
});
export type ImportJob = Static<typeof ImportJob>;

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
  /** Null until the import is confirmed; then its progress and outcome. */
  job: Type.Union([ImportJob, Type.Null()]),
});
export type ImportReport = Static<typeof ImportReport>;
