import { type FieldError, Problem } from '../../../platform/errors/problem.ts';
import type { XliffProblem, XliffProblemCode } from '../xliff/xliff-problems.ts';

const TITLES: Record<XliffProblemCode, string> = {
  'file-too-large': 'The file is too large',
  'doctype-not-allowed': 'The file has a DOCTYPE, which XLIFF files do not need and which is not read',
  'malformed-xml': 'The file is not well-formed XML',
  'too-deeply-nested': 'The file’s elements are nested too deeply',
  'not-xliff': 'The file is not an XLIFF file',
  'unsupported-version': 'The XLIFF version is not supported (1.2 and 2.0 are)',
  'invalid-structure': 'An element or attribute the XLIFF format requires is missing or doubled',
  'invalid-language': 'A language attribute is missing or not a BCP 47 tag',
  'page-not-identified': 'The file names no page (it was not exported here, or a tool changed its original)',
  'too-many-units': 'The file has too many units',
  'duplicate-unit': 'Two units of a page have the same id',
  'duplicate-page': 'Two parts of the file are for the same page',
  'unknown-inline-markup': 'A text contains markup that exports never contain',
  'target-placeholder-not-in-source': 'A translation contains a placeholder its source does not have',
  'unsafe-link': 'A link address is not a web, mail, telephone or site address',
};

/**
 * The answer to a file the XLIFF reader refused: 413 for a file over the limit, 400 otherwise, its
 * type named after the first problem (`/problems/xliff-doctype-not-allowed`), every problem as an
 * error of the body with its stable code first.
 */
export function xliffRefusal(problems: readonly XliffProblem[]): Problem {
  const first = problems[0];
  const code = first?.code ?? 'malformed-xml';
  const errors: FieldError[] = problems.map((p) => ({
    field: p.unitId ? `body:unit ${p.unitId}` : p.line ? `body:line ${p.line}` : 'body:/',
    message: [
      `${p.code}: ${TITLES[p.code]}`,
      p.name ? `(${p.name})` : '',
      p.value ? `“${p.value}”` : '',
      p.limit !== undefined ? `limit ${p.limit}` : '',
    ]
      .filter(Boolean)
      .join(' '),
  }));
  const detail =
    problems.length === 1
      ? 'Nothing was read from the file.'
      : `${problems.length} problems; nothing was read from the file.`;
  return new Problem(code === 'file-too-large' ? 413 : 400, `xliff-${code}`, TITLES[code], detail, errors);
}
