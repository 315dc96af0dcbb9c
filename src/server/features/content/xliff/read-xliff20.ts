import { parseHtml } from './html-tree.ts';
import { inlineToHtml } from './inline.ts';
import { type ClassifyInline, readSource, readTarget } from './read-inline.ts';
import type { FileContent, ReadUnit } from './xliff-file-content.ts';
import { problem, type XliffProblem } from './xliff-problems.ts';
import { childNamed, childrenNamed, type XmlElement } from './xml-reader.ts';

const SPAN_OF_SUBTYPE = { 'xlf:b': 'strong', 'xlf:i': 'em', 'allmende:code': 'code' } as const;

/**
 * The content of an XLIFF 2.0 or 2.1 file, one entry per `<file>` (a page each): units (also
 * inside `<group>`), each unit's segments and ignorables joined in order, `<pc>` and
 * `<ph subType="xlf:lb"/>` as markup, `<mrk>` read through, `<cp>` as its character, link
 * addresses from the unit's original data.
 */
export function readXliff20(root: XmlElement, problems: XliffProblem[]): FileContent[] | null {
  const files = childrenNamed(root, 'file');
  if (files.length === 0) {
    problems.push(problem('invalid-structure', { name: 'file' }));
    return null;
  }
  return files.map((file) => ({
    original: file.attrs.get('original') ?? null,
    sourceLanguage: { name: 'srcLang', value: root.attrs.get('srcLang') ?? null },
    targetLanguage: { name: 'trgLang', value: root.attrs.get('trgLang') ?? null },
    units: units(file).map((unit) => readUnit(unit, problems)),
  }));
}

function units(container: XmlElement): XmlElement[] {
  return container.children.flatMap((child) => {
    if (typeof child === 'string' || child.uri !== container.uri) return [];
    if (child.local === 'unit') return [child];
    return child.local === 'group' ? units(child) : [];
  });
}

function readUnit(unit: XmlElement, problems: XliffProblem[]): ReadUnit {
  const id = unit.attrs.get('id') ?? '';
  const parts = unit.children.filter(
    (child): child is XmlElement =>
      typeof child !== 'string' && child.uri === unit.uri && (child.local === 'segment' || child.local === 'ignorable'),
  );
  const sources = parts.map((part) => childNamed(part, 'source'));
  if (id === '' || parts.length === 0 || sources.some((source) => !source)) {
    problems.push(problem('invalid-structure', { unitId: id, name: id === '' ? 'unit id' : 'source' }));
    return { id, source: '', target: null };
  }
  const data = new Map<string, string>();
  for (const item of childrenNamed(childNamed(unit, 'originalData') ?? unit, 'data')) {
    data.set(
      item.attrs.get('id') ?? '',
      item.children.map((child) => (typeof child === 'string' ? child : codePoint(child))).join(''),
    );
  }
  const classify: ClassifyInline = (element) => {
    if (element.uri !== unit.uri) return { type: 'unknown' };
    if (element.local === 'mrk') return { type: 'transparent' };
    if (element.local === 'sm' || element.local === 'em') return { type: 'text', text: '' };
    if (element.local === 'cp') return { type: 'text', text: codePoint(element) };
    const codeId = element.attrs.get('id');
    const type = element.attrs.get('type');
    const subType = element.attrs.get('subType') ?? '';
    if (codeId === undefined) return { type: 'unknown' };
    if (element.local === 'ph')
      return { type: 'standalone', id: codeId, lineBreak: type === 'fmt' && subType === 'xlf:lb' };
    if (element.local !== 'pc') return { type: 'unknown' };
    if (type === 'link')
      return { type: 'paired', id: codeId, kind: 'a', href: hrefOf(data.get(element.attrs.get('dataRefStart') ?? '')) };
    const kind =
      type === 'fmt' && Object.hasOwn(SPAN_OF_SUBTYPE, subType)
        ? SPAN_OF_SUBTYPE[subType as keyof typeof SPAN_OF_SUBTYPE]
        : null;
    return { type: 'paired', id: codeId, kind, href: null };
  };
  const source = joined(
    unit,
    parts.map((part) => childNamed(part, 'source')),
  );
  const read = readSource(source, classify, id, problems);
  // A translation is complete when every segment has a target; an ignorable without one keeps its source.
  const targets = parts.map(
    (part) => childNamed(part, 'target') ?? (part.local === 'ignorable' ? childNamed(part, 'source') : undefined),
  );
  const complete = parts.some((part) => part.local === 'segment') && targets.every((target) => target !== undefined);
  const target = complete ? readTarget(joined(unit, targets), classify, read.codes, id, problems) : [];
  return { id, source: inlineToHtml(read.nodes), target: target.length > 0 ? inlineToHtml(target) : null };
}

function joined(unit: XmlElement, elements: readonly (XmlElement | undefined)[]): XmlElement {
  return {
    uri: unit.uri,
    local: 'joined',
    attrs: new Map(),
    children: elements.flatMap((element) => element?.children ?? []),
  };
}

// Characters XML cannot carry are dropped: they have no place in a page's text either.
function codePoint(element: XmlElement): string {
  const hex = element.local === 'cp' ? (element.attrs.get('hex') ?? '') : '';
  const value = /^[0-9a-fA-F]{1,6}$/.test(hex) ? Number.parseInt(hex, 16) : -1;
  const allowed =
    value === 0x9 ||
    value === 0xa ||
    value === 0xd ||
    (value >= 0x20 && value <= 0x10ffff && (value < 0xd800 || value > 0xdfff));
  return allowed ? String.fromCodePoint(value) : '';
}

// The original data of a link is its opening tag, `<a href="…">`, as the export wrote it.
function hrefOf(tag: string | undefined): string | null {
  const element = tag === undefined ? undefined : parseHtml(tag)[0];
  if (element?.type !== 'element' || element.name !== 'a') return null;
  return element.attrs.find(([name]) => name === 'href')?.[1] ?? null;
}
