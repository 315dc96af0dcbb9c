import { isWellFormedLanguageTag } from './language-tag.ts';
import { readXliff12 } from './read-xliff12.ts';
import { readXliff20 } from './read-xliff20.ts';
import { pageOfOriginal, XLIFF12_NS, XLIFF20_NS } from './xliff-document.ts';
import type { ReadUnit } from './xliff-file-content.ts';
import { problem, type XliffProblem, XliffRefusal } from './xliff-problems.ts';
import { childrenNamed, readXml, type XmlElement } from './xml-reader.ts';

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

/** One page of a file with a `<file>` per page; languages are per page (XLIFF 1.2 names them per `<file>`). */
export interface ParsedXliffPage {
  pageId: string;
  sourceVersion: number;
  sourceLanguage: string;
  targetLanguage: string;
  units: ReadUnit[];
}

/** A file of one or more pages, each usable as `ParsedXliff` is. */
export interface ParsedXliffFiles {
  version: ParsedXliff['version'];
  pages: ParsedXliffPage[];
}

export type ParseXliffFilesResult = { ok: true; file: ParsedXliffFiles } | { ok: false; problems: XliffProblem[] };

const MAX_PROBLEMS = 100;

/**
 * Reads an XLIFF 1.2 or 2.0/2.1 file of one page, told apart by namespace and `version`. Either the
 * whole file is usable or the answer lists what is wrong with it (at most 100 problems); nothing is
 * taken from a file with problems. Markup in a source or target that our exports never write
 * (`<script>`, `<bpt>`, spanning codes, …) is refused rather than turned into text, because it
 * means the file was not made from ours or a tool broke it; markup written as text (`&lt;b&gt;`)
 * stays text. A file with several `<file>` elements is refused: read it with `parseXliffFiles`.
 */
export function parseXliff(text: string, limits: XliffLimits): ParseXliffResult {
  const result = readFiles(text, limits, 'one');
  if (!result.ok) return result;
  const page = result.file.pages[0] as ParsedXliffPage;
  return {
    ok: true,
    file: {
      version: result.file.version,
      sourceLanguage: page.sourceLanguage,
      targetLanguage: page.targetLanguage,
      pageId: page.pageId,
      sourceVersion: page.sourceVersion,
      units: page.units,
    },
  };
}

/**
 * Reads an XLIFF file with one `<file>` per page, as an export of several pages writes it, under
 * the same rules as `parseXliff`. The unit limit counts the units of all pages; a page named by
 * two `<file>` elements is refused (`duplicate-page`).
 */
export function parseXliffFiles(text: string, limits: XliffLimits): ParseXliffFilesResult {
  return readFiles(text, limits, 'many');
}

function readFiles(text: string, limits: XliffLimits, files: 'one' | 'many'): ParseXliffFilesResult {
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
  if (root.local !== 'xliff' || !root.uri.startsWith('urn:oasis:names:tc:xliff:document:')) {
    return refuse([problem('not-xliff', { name: root.local })]);
  }
  const v12 = root.uri === XLIFF12_NS && version === '1.2';
  const v20 = root.uri === XLIFF20_NS && (version === '2.0' || version === '2.1');
  if (!v12 && !v20) {
    const known = root.uri === XLIFF12_NS || root.uri === XLIFF20_NS;
    return refuse([problem('unsupported-version', { value: known ? version : root.uri })]);
  }
  if (files === 'one' && childrenNamed(root, 'file').length !== 1) {
    return refuse([problem('invalid-structure', { name: 'file' })]);
  }
  const contents = v12 ? readXliff12(root, problems) : readXliff20(root, problems);
  if (!contents) return refuse(problems);

  const pages: { pageId: string; version: number }[] = [];
  // XLIFF 2.0 names the languages once for every <file>: a bad one is reported once.
  const languagesSeen = new Set<string>();
  for (const content of contents) {
    for (const language of [content.sourceLanguage, content.targetLanguage]) {
      const key = `${language.name}=${language.value}`;
      if (languagesSeen.has(key)) continue;
      languagesSeen.add(key);
      if (language.value === null || !isWellFormedLanguageTag(language.value)) {
        problems.push(problem('invalid-language', { name: language.name, value: language.value ?? '' }));
      }
    }
    const page = content.original === null ? null : pageOfOriginal(content.original);
    if (!page) problems.push(problem('page-not-identified', { value: content.original ?? '' }));
    else pages.push(page);
  }
  const maxUnits = limits.maxUnits ?? 10_000;
  if (contents.reduce((sum, content) => sum + content.units.length, 0) > maxUnits) {
    problems.push(problem('too-many-units', { limit: maxUnits }));
  }
  for (const content of contents) {
    const seen = new Set<string>();
    for (const unit of content.units) {
      if (seen.has(unit.id)) problems.push(problem('duplicate-unit', { unitId: unit.id }));
      seen.add(unit.id);
    }
  }
  const seenPages = new Set<string>();
  for (const page of pages) {
    if (seenPages.has(page.pageId)) problems.push(problem('duplicate-page', { value: page.pageId }));
    seenPages.add(page.pageId);
  }
  if (problems.length > 0) return refuse(problems);
  return {
    ok: true,
    file: {
      version: version as ParsedXliff['version'],
      // Every <file> named its page (or the file was refused above): pages[i] belongs to contents[i].
      pages: contents.map((content, index) => ({
        pageId: pages[index]?.pageId ?? '',
        sourceVersion: pages[index]?.version ?? 0,
        sourceLanguage: content.sourceLanguage.value ?? '',
        targetLanguage: content.targetLanguage.value ?? '',
        units: content.units,
      })),
    },
  };
}

function refuse(problems: XliffProblem[]): { ok: false; problems: XliffProblem[] } {
  return { ok: false, problems: problems.slice(0, MAX_PROBLEMS) };
}
