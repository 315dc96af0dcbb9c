import { isWellFormedLanguageTag } from './language-tag.ts';

/** One unit to export: its id, the source's inline HTML and, if there is one, the current translation's. */
export interface ExportUnit {
  id: string;
  source: string;
  target?: string | null;
}

/** What an export file is made from. */
export interface XliffDocument {
  /** The content page's id; with `version` it is the file's `original`, which an import reads back. */
  pageId: string;
  /** The source version the units were taken from. */
  version: number;
  /** BCP 47, e.g. `de`. */
  sourceLanguage: string;
  /** BCP 47, e.g. `ar`, `en`, `de-x-ls`. */
  targetLanguage: string;
  /** The title (`titleUnit`) and the body's segments (`segmentsOf`), in page order. */
  units: readonly ExportUnit[];
}

/** The namespaces that tell the two versions apart. */
export const XLIFF12_NS = 'urn:oasis:names:tc:xliff:document:1.2';
export const XLIFF20_NS = 'urn:oasis:names:tc:xliff:document:2.0';

const PAGE_ID = /^[A-Za-z0-9_-]{1,100}$/;
const UNIT_ID = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/;
const ORIGINAL = /^content-pages\/([A-Za-z0-9_-]{1,100})\/v(\d{1,9})\.html$/;

/** The file's `original`: names the page and source version, and reads like a file name in a tool. */
export function originalOf(pageId: string, version: number): string {
  return `content-pages/${pageId}/v${version}.html`;
}

/** The page and source version an `original` names, or null when it is not one of ours. */
export function pageOfOriginal(original: string): { pageId: string; version: number } | null {
  const match = ORIGINAL.exec(original);
  return match?.[1] && match[2] ? { pageId: match[1], version: Number(match[2]) } : null;
}

/**
 * Refuses a document no valid file can be made from. These are programming errors (the caller
 * builds the document from stored data), so they throw instead of returning problems.
 */
export function assertExportable(doc: XliffDocument): void {
  if (!PAGE_ID.test(doc.pageId)) throw new RangeError(`page id not usable in a file: ${doc.pageId}`);
  if (!Number.isSafeInteger(doc.version) || doc.version < 0) throw new RangeError(`bad version: ${doc.version}`);
  for (const tag of [doc.sourceLanguage, doc.targetLanguage]) {
    if (!isWellFormedLanguageTag(tag)) throw new RangeError(`not a BCP 47 language tag: ${tag}`);
  }
  if (doc.units.length === 0) throw new RangeError('a file needs at least one unit');
  const seen = new Set<string>();
  for (const unit of doc.units) {
    if (!UNIT_ID.test(unit.id)) throw new RangeError(`unit id not usable in a file: ${unit.id}`);
    if (seen.has(unit.id)) throw new RangeError(`unit id twice: ${unit.id}`);
    seen.add(unit.id);
  }
}

/**
 * The documents of one file with a `<file>` per page: as `assertExportable` each, and all with one
 * source and one target language (XLIFF 2.0 names both once for the whole file) and no page twice.
 */
export function assertExportableFiles(docs: readonly XliffDocument[]): void {
  const first = docs[0];
  if (!first) throw new RangeError('a file needs at least one page');
  const pages = new Set<string>();
  for (const doc of docs) {
    assertExportable(doc);
    if (doc.sourceLanguage !== first.sourceLanguage || doc.targetLanguage !== first.targetLanguage) {
      throw new RangeError(`pages of one file need one language pair: ${doc.pageId}`);
    }
    if (pages.has(doc.pageId)) throw new RangeError(`page twice in one file: ${doc.pageId}`);
    pages.add(doc.pageId);
  }
}

/** One document or several as a list of at least one. */
export function documentsOf(docs: XliffDocument | readonly XliffDocument[]): readonly XliffDocument[] {
  return 'pageId' in docs ? [docs] : docs;
}

// Characters XML 1.0 cannot carry at all, not even as references (controls, lone surrogates, U+FFFE/F).
// biome-ignore lint/suspicious/noControlCharactersInRegex: the allowed ranges are written out, control characters among them
const NOT_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text for XML content. Characters XML cannot carry are left out. */
export function escapeXmlText(text: string): string {
  return text.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A value for a double-quoted XML attribute; tabs and line breaks as references so they survive. */
export function escapeXmlAttribute(value: string): string {
  return escapeXmlText(value)
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}
