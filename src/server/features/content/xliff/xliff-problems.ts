/**
 * Why a file cannot be imported. The codes are stable; the web app words them in German and English.
 *
 * - `file-too-large`: more bytes than the caller allows (`limit`, `value` = the file's size).
 * - `doctype-not-allowed`: a DOCTYPE, and so possibly entity declarations (entity expansion,
 *   external entities); no XLIFF file needs one.
 * - `malformed-xml`: not well-formed XML (`line`, `column`, `value` = the parser's words).
 * - `too-deeply-nested`: elements nested deeper than any XLIFF file needs (`limit`).
 * - `not-xliff`: the root is not an XLIFF 1.2 or 2.x `<xliff>` element (`name`).
 * - `unsupported-version`: an XLIFF version this import does not read (`value`).
 * - `invalid-structure`: an element or attribute the format requires is missing or doubled (`name`).
 * - `invalid-language`: a language attribute missing or not BCP 47 (`name`, `value`).
 * - `page-not-identified`: the file's `original` names no content page and version of ours (`value`).
 * - `too-many-units`: more units than the caller allows (`limit`).
 * - `duplicate-unit`: two units with one id in one page's `<file>` (`unitId`).
 * - `duplicate-page`: two `<file>` elements of one file name the same page (`value` = its id).
 * - `unknown-inline-markup`: an element inside a source or target that our files never contain,
 *   e.g. `<script>`, `<bpt>` or a spanning code (`unitId`, `name`).
 * - `target-placeholder-not-in-source`: a target's placeholder has no partner of the same id and
 *   kind in the unit's source (`unitId`, `value` = the placeholder's id).
 * - `unsafe-link`: a link address in the file that is not a web, mail, telephone or site address
 *   (`unitId`, `value`).
 */
export type XliffProblemCode =
  | 'file-too-large'
  | 'doctype-not-allowed'
  | 'malformed-xml'
  | 'too-deeply-nested'
  | 'not-xliff'
  | 'unsupported-version'
  | 'invalid-structure'
  | 'invalid-language'
  | 'page-not-identified'
  | 'too-many-units'
  | 'duplicate-unit'
  | 'duplicate-page'
  | 'unknown-inline-markup'
  | 'target-placeholder-not-in-source'
  | 'unsafe-link';

export interface XliffProblem {
  code: XliffProblemCode;
  unitId?: string;
  /** The element or attribute concerned. */
  name?: string;
  /** The offending value, cut to 200 characters. */
  value?: string;
  limit?: number;
  line?: number;
  column?: number;
}

/** Builds a problem, cutting a long value so that a hostile file cannot make the report huge. */
export function problem(code: XliffProblemCode, details: Omit<XliffProblem, 'code'> = {}): XliffProblem {
  const value = details.value === undefined ? {} : { value: details.value.slice(0, 200) };
  return { code, ...details, ...value };
}

/** Thrown inside the reader to stop at a problem after which nothing more can be read. */
export class XliffRefusal extends Error {
  constructor(readonly problem: XliffProblem) {
    super(problem.code);
  }
}
