import { escapeHtmlAttribute } from './html-tree.ts';
import type { InlineNode } from './inline.ts';
import { type CodedUnit, codeUnit } from './inline-codes.ts';
import {
  assertExportableFiles,
  escapeXmlAttribute as attr,
  documentsOf,
  originalOf,
  escapeXmlText as text,
  XLIFF20_NS,
  type XliffDocument,
} from './xliff-document.ts';

// XLIFF 2.0 type/subType: fmt with the reserved xlf:b, xlf:i and xlf:lb; "link" has no subType;
// inline code is formatting without a reserved value, so it gets a value under our own prefix.
const PAIRED = {
  strong: 'type="fmt" subType="xlf:b"',
  em: 'type="fmt" subType="xlf:i"',
  code: 'type="fmt" subType="allmende:code"',
  a: 'type="link"',
} as const;

/** The data ids of a link's opening tag and of the closing tag all links of a unit share. */
export function linkDataId(codeId: string): string {
  return `link${codeId}`;
}
export const LINK_END_DATA_ID = 'linkEnd';

/**
 * An XLIFF 2.0 file of a page's units, or of several pages with a `<file>` each (`f1`, `f2`, …).
 * Markup becomes `<pc type="fmt" subType="xlf:b|xlf:i">`, `<pc type="link">` and
 * `<ph type="fmt" subType="xlf:lb"/>`. A link's opening tag with its address is the unit's
 * original data, outside the translatable text. Units are not to be split into several segments
 * (`canResegment="no"`): a segment boundary inside bold text would need spanning codes, which an
 * import refuses.
 */
export function toXliff20(docs: XliffDocument | readonly XliffDocument[]): string {
  const files = documentsOf(docs);
  assertExportableFiles(files);
  const first = files[0] as XliffDocument;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff xmlns="${XLIFF20_NS}" version="2.0" srcLang="${attr(first.sourceLanguage)}" trgLang="${attr(first.targetLanguage)}">`,
  ];
  files.forEach((doc, index) => {
    lines.push(...fileLines(doc, `f${index + 1}`));
  });
  lines.push('</xliff>', '');
  return lines.join('\n');
}

function fileLines(doc: XliffDocument, fileId: string): string[] {
  const lines = [`  <file id="${fileId}" original="${attr(originalOf(doc.pageId, doc.version))}" canResegment="no">`];
  for (const unit of doc.units) {
    const coded = codeUnit(unit.source, unit.target);
    lines.push(`    <unit id="${attr(unit.id)}">`);
    if (coded.links.length > 0) {
      lines.push('      <originalData>');
      for (const link of coded.links) {
        const tag = `<a href="${escapeHtmlAttribute(link.href)}">`;
        lines.push(`        <data id="${linkDataId(link.codeId)}">${text(tag)}</data>`);
      }
      lines.push(`        <data id="${LINK_END_DATA_ID}">${text('</a>')}</data>`, '      </originalData>');
    }
    lines.push('      <segment>', `        <source>${inline(coded.source, coded)}</source>`);
    if (coded.target) lines.push(`        <target>${inline(coded.target, coded)}</target>`);
    lines.push('      </segment>', '    </unit>');
  }
  lines.push('  </file>');
  return lines;
}

function inline(nodes: readonly InlineNode[], coded: CodedUnit): string {
  return nodes
    .map((node) => {
      if (node.kind === 'text') return text(node.text);
      const id = coded.codeIds.get(node) ?? '';
      if (node.kind === 'br') return `<ph id="${attr(id)}" type="fmt" subType="xlf:lb"/>`;
      const data =
        node.kind === 'a' && coded.links.some((link) => link.codeId === id)
          ? ` dataRefStart="${linkDataId(id)}" dataRefEnd="${LINK_END_DATA_ID}"`
          : '';
      return `<pc id="${attr(id)}" ${PAIRED[node.kind]}${data}>${inline(node.children, coded)}</pc>`;
    })
    .join('');
}
