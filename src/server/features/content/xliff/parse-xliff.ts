import { isWellFormedLanguageTag } from './language-tag.ts';
import { readXliff12 } from './read-xliff12.ts';
import { readXliff20 } from './read-xliff20.ts';
import { pageOfOriginal, XLIFF12_NS, XLIFF20_NS } from './xliff-document.ts';
import type { FileContent, ReadUnit } from './xliff-file-content.ts';
import { problem, type XliffProblem, XliffRefusal } from './xliff-problems.ts';
import { readXml, type XmlElement } from './xml-reader.ts';

export type { ReadUnit } from './xliff-file-content.ts';

/** What the caller allows; the byte limit is checked before anything is parsed. */
export interface XliffLimits {
  maxBytes: number;
  /** Default 10,000. */
  maxUnits?: number;
}

/** A file that can be checked against the page: its units' inline HTML is sanitised. */
export interface ParsedXliff {
  version: '1.2' | '2.0' | '2.1';
  sourceLanguage: string;
  targetLanguage: string;
  pageId: string;
  sourceVersion: number;
  units: ReadUnit[];
}

export type ParseXliffResult = { ok: true; file: ParsedXliff } | { ok: false; problems: XliffProblem[] };

const MAX_PROBLEMS = 100;

/**
 * Reads an XLIFF 1.2 or 2.0/2.1 file, told apart by namespace and `version`. Either the whole
 * file is usable or the answer lists what is wrong with it (at most 100 problems); nothing is
 * taken from a file with problems. Markup in a source or target that our exports never write
 * (`<script>`, `<bpt>`, spanning codes, …) is refused rather than turned into text, because it
 * means the file was not made from ours or a tool broke it; markup written as text (`&lt;b&gt;`)
 * stays text.
 */
export function parseXliff(text: string, limits: XliffLimits): ParseXliffResult {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > limits.maxBytes) {
    return refuse([problem('file-too-large', { limit: limits.maxBytes, value: String(bytes) })]);
  }
  let root: XmlElement;
  try {
    root = readXml(text);
  } catch (error) {
    if (error instanceof XliffRefusal) return refuse([error.problem]);
    throw error;
  }
  const version = root.attrs.get('version') ?? '';
  const problems: XliffProblem[] = [];
  let content: FileContent | null = null;
  if (root.local !== 'xliff' || !root.uri.startsWith('urn:oasis:names:tc:xliff:document:')) {
    return refuse([problem('not-xliff', { name: root.local })]);
  }
  if (root.uri === XLIFF12_NS && version === '1.2') content = readXliff12(root, problems);
  else if (root.uri === XLIFF20_NS && (version === '2.0' || version === '2.1')) content = readXliff20(root, problems);
  else {
    const known = root.uri === XLIFF12_NS || root.uri === XLIFF20_NS;
    return refuse([problem('unsupported-version', { value: known ? version : root.uri })]);
  }
  if (!content) return refuse(problems);

  for (const language of [content.sourceLanguage, content.targetLanguage]) {
    if (language.value === null || !isWellFormedLanguageTag(language.value)) {
      problems.push(problem('invalid-language', { name: language.name, value: language.value ?? '' }));
    }
  }
  const page = content.original === null ? null : pageOfOriginal(content.original);
  if (!page) problems.push(problem('page-not-identified', { value: content.original ?? '' }));
  const maxUnits = limits.maxUnits ?? 10_000;
  if (content.units.length > maxUnits) problems.push(problem('too-many-units', { limit: maxUnits }));
  const seen = new Set<string>();
  for (const unit of content.units) {
    if (seen.has(unit.id)) problems.push(problem('duplicate-unit', { unitId: unit.id }));
    seen.add(unit.id);
  }
  if (problems.length > 0 || !page) return refuse(problems);
  return {
    ok: true,
    file: {
      version: version as ParsedXliff['version'],
      sourceLanguage: content.sourceLanguage.value ?? '',
      targetLanguage: content.targetLanguage.value ?? '',
      pageId: page.pageId,
      sourceVersion: page.version,
      units: content.units,
    },
  };
}

function refuse(problems: XliffProblem[]): ParseXliffResult {
  return { ok: false, problems: problems.slice(0, MAX_PROBLEMS) };
}
