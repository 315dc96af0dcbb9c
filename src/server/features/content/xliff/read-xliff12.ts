import { linkContextType } from './export-xliff12.ts';
import { inlineToHtml } from './inline.ts';
import { type ClassifyInline, readSource, readTarget } from './read-inline.ts';
import type { FileContent, ReadUnit } from './xliff-file-content.ts';
import { problem, type XliffProblem } from './xliff-problems.ts';
import { childNamed, childrenNamed, textOf, type XmlElement } from './xml-reader.ts';

const SPAN_OF_CTYPE = { bold: 'strong', italic: 'em', 'x-code': 'code', link: 'a' } as const;

/**
 * The content of an XLIFF 1.2 file, one entry per `<file>` (a page each): `<body>`, units in
 * `<trans-unit>` (also inside `<group>`), `<g>` and `<x ctype="lb"/>` as markup, `<mrk>` (e.g. a
 * tool's segment markers) read through, link addresses from the unit's context group.
 */
export function readXliff12(root: XmlElement, problems: XliffProblem[]): FileContent[] | null {
  const files = childrenNamed(root, 'file');
  if (files.length === 0) {
    problems.push(problem('invalid-structure', { name: 'file' }));
    return null;
  }
  const contents: FileContent[] = [];
  for (const file of files) {
    const body = childNamed(file, 'body');
    if (!body) {
      problems.push(problem('invalid-structure', { name: 'body' }));
      return null;
    }
    contents.push({
      original: file.attrs.get('original') ?? null,
      sourceLanguage: { name: 'source-language', value: file.attrs.get('source-language') ?? null },
      targetLanguage: { name: 'target-language', value: file.attrs.get('target-language') ?? null },
      units: transUnits(body).map((unit) => readUnit(unit, problems)),
    });
  }
  return contents;
}

function transUnits(container: XmlElement): XmlElement[] {
  return container.children.flatMap((child) => {
    if (typeof child === 'string' || child.uri !== container.uri) return [];
    if (child.local === 'trans-unit') return [child];
    return child.local === 'group' ? transUnits(child) : [];
  });
}

function readUnit(unit: XmlElement, problems: XliffProblem[]): ReadUnit {
  const id = unit.attrs.get('id') ?? '';
  const source = childNamed(unit, 'source');
  if (id === '' || !source) {
    problems.push(problem('invalid-structure', { unitId: id, name: id === '' ? 'trans-unit id' : 'source' }));
    return { id, source: '', target: null };
  }
  const hrefs = new Map<string, string>();
  for (const group of childrenNamed(unit, 'context-group')) {
    for (const context of childrenNamed(group, 'context')) {
      hrefs.set(context.attrs.get('context-type') ?? '', textOf(context));
    }
  }
  const classify: ClassifyInline = (element) => {
    const codeId = element.attrs.get('id');
    if (element.uri !== unit.uri) return { type: 'unknown' };
    if (element.local === 'mrk') return { type: 'transparent' };
    if (codeId === undefined) return { type: 'unknown' };
    if (element.local === 'x')
      return { type: 'standalone', id: codeId, lineBreak: element.attrs.get('ctype') === 'lb' };
    if (element.local !== 'g') return { type: 'unknown' };
    const ctype = element.attrs.get('ctype') ?? '';
    const kind = Object.hasOwn(SPAN_OF_CTYPE, ctype) ? SPAN_OF_CTYPE[ctype as keyof typeof SPAN_OF_CTYPE] : null;
    return {
      type: 'paired',
      id: codeId,
      kind,
      href: kind === 'a' ? (hrefs.get(linkContextType(codeId)) ?? null) : null,
    };
  };
  const read = readSource(source, classify, id, problems);
  const targetElement = childNamed(unit, 'target');
  const target = targetElement ? readTarget(targetElement, classify, read.codes, id, problems) : [];
  return { id, source: inlineToHtml(read.nodes), target: target.length > 0 ? inlineToHtml(target) : null };
}
