import type { InlineNode } from './inline.ts';
import { type CodedUnit, codeUnit } from './inline-codes.ts';
import {
  assertExportableFiles,
  escapeXmlAttribute as attr,
  documentsOf,
  originalOf,
  escapeXmlText as text,
  XLIFF12_NS,
  type XliffDocument,
} from './xliff-document.ts';

// XLIFF 1.2 ctype values for <g>: bold, italic and link are the specification's own; user-defined
// values must start with "x-".
const CTYPE = { strong: 'bold', em: 'italic', code: 'x-code', a: 'link' } as const;

/** The context-type under which a link's address travels beside the unit (never inside its text). */
export function linkContextType(codeId: string): string {
  return `x-href-${codeId}`;
}

/**
 * An XLIFF 1.2 file of a page's units, or of several pages with a `<file>` each. Markup becomes
 * `<g ctype="bold|italic|link|x-code">` and `<x ctype="lb"/>`; link addresses go into an
 * informational context group of the unit, so translators see them but cannot change a link by
 * editing the text.
 */
export function toXliff12(docs: XliffDocument | readonly XliffDocument[]): string {
  const files = documentsOf(docs);
  assertExportableFiles(files);
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<xliff xmlns="${XLIFF12_NS}" version="1.2">`];
  for (const doc of files) lines.push(...fileLines(doc));
  lines.push('</xliff>', '');
  return lines.join('\n');
}

function fileLines(doc: XliffDocument): string[] {
  const lines = [
    `  <file original="${attr(originalOf(doc.pageId, doc.version))}" source-language="${attr(doc.sourceLanguage)}" target-language="${attr(doc.targetLanguage)}" datatype="html">`,
    '    <body>',
  ];
  for (const unit of doc.units) {
    const coded = codeUnit(unit.source, unit.target);
    lines.push(`      <trans-unit id="${attr(unit.id)}">`);
    lines.push(`        <source>${inline(coded.source, coded)}</source>`);
    if (coded.target) lines.push(`        <target>${inline(coded.target, coded)}</target>`);
    if (coded.links.length > 0) {
      lines.push(`        <context-group name="${attr(`links ${unit.id}`)}" purpose="information">`);
      for (const link of coded.links) {
        lines.push(`          <context context-type="${linkContextType(link.codeId)}">${text(link.href)}</context>`);
      }
      lines.push('        </context-group>');
    }
    lines.push('      </trans-unit>');
  }
  lines.push('    </body>', '  </file>');
  return lines;
}

function inline(nodes: readonly InlineNode[], coded: CodedUnit): string {
  return nodes
    .map((node) => {
      if (node.kind === 'text') return text(node.text);
      const id = attr(coded.codeIds.get(node) ?? '');
      if (node.kind === 'br') return `<x id="${id}" ctype="lb"/>`;
      return `<g id="${id}" ctype="${CTYPE[node.kind]}">${inline(node.children, coded)}</g>`;
    })
    .join('');
}
