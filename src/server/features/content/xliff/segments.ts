import { closingTag, type HtmlElement, type HtmlNode, openingTag, parseHtml, serialiseHtml } from './html-tree.ts';
import { type InlineNode, inlineFromHtml, inlineText, inlineToHtml, normaliseInline, parseInline } from './inline.ts';

/** One translatable piece of a page: an id stable for the same body, and its inline HTML. */
export interface Segment {
  /** `b1`, `b2`, … in document order. */
  id: string;
  /** Canonical inline HTML (see `normaliseInlineHtml`). */
  html: string;
}

/** The result of rebuilding a body from translated segments. */
export interface RebuiltBody {
  html: string;
  /** Segments without a translation: they kept their source text. */
  untranslated: string[];
  /** Segments where a link pointed somewhere the source's did not: the link became text. */
  linksRemoved: string[];
}

// Phrasing elements: they belong to the unit around them. Every other element is a block whose
// runs of inline content are units of their own (p, h2–h4, li, td, th, blockquote, …).
const INLINE = new Set(
  'a abbr b bdi bdo br cite code data del dfn em i ins kbd mark q s samp small span strong sub sup time u var wbr'.split(
    ' ',
  ),
);

type Piece =
  | { type: 'open'; element: HtmlElement }
  | { type: 'close'; element: HtmlElement }
  | { type: 'unit'; id: string; nodes: InlineNode[] }
  | { type: 'verbatim'; nodes: HtmlNode[] };

/**
 * Walks a body in document order. A maximal run of inline nodes that holds visible text is a unit;
 * runs of only whitespace or line breaks stay as they were. A list item with a nested list gives a
 * unit for its own text and units for the nested items.
 */
function piecesOf(html: string): Piece[] {
  const pieces: Piece[] = [];
  let counter = 0;
  const flush = (run: HtmlNode[]) => {
    if (run.length === 0) return;
    const nodes = normaliseInline(inlineFromHtml(run));
    if (inlineText(nodes).trim() === '') pieces.push({ type: 'verbatim', nodes: [...run] });
    else pieces.push({ type: 'unit', id: `b${++counter}`, nodes });
    run.length = 0;
  };
  const visit = (children: readonly HtmlNode[]) => {
    const run: HtmlNode[] = [];
    for (const child of children) {
      if (child.type === 'text' || INLINE.has(child.name)) {
        run.push(child);
        continue;
      }
      flush(run);
      pieces.push({ type: 'open', element: child });
      visit(child.children);
      pieces.push({ type: 'close', element: child });
    }
    flush(run);
  };
  visit(parseHtml(html));
  return pieces;
}

/** The translation units of a page body (the title is a unit the caller adds, see `titleUnit`). */
export function segmentsOf(html: string): Segment[] {
  return piecesOf(html).flatMap((piece) =>
    piece.type === 'unit' ? [{ id: piece.id, html: inlineToHtml(piece.nodes) }] : [],
  );
}

/**
 * The translated body: the source's block structure (with its attributes), each unit's inline
 * content replaced by its translation. Translations are read as inline HTML and sanitised to the
 * inline markup above; a translated link keeps its target only if the source unit links there too.
 * The blocks are re-emitted as the source has them: sanitise the result like any body before storing.
 */
export function htmlFromSegments(sourceHtml: string, translations: ReadonlyMap<string, string>): RebuiltBody {
  const untranslated: string[] = [];
  const linksRemoved: string[] = [];
  const out: string[] = [];
  for (const piece of piecesOf(sourceHtml)) {
    if (piece.type === 'open') out.push(openingTag(piece.element));
    else if (piece.type === 'close') out.push(closingTag(piece.element));
    else if (piece.type === 'verbatim') out.push(serialiseHtml(piece.nodes));
    else {
      const translated = translations.get(piece.id);
      const nodes = translated === undefined ? [] : parseInline(translated);
      if (inlineText(nodes).trim() === '') {
        untranslated.push(piece.id);
        out.push(inlineToHtml(piece.nodes));
        continue;
      }
      const allowed = new Set(linkTargets(piece.nodes));
      const kept = keepLinks(nodes, allowed);
      if (kept.removed) linksRemoved.push(piece.id);
      out.push(inlineToHtml(kept.nodes));
    }
  }
  return { html: out.join(''), untranslated, linksRemoved };
}

function linkTargets(nodes: readonly InlineNode[]): string[] {
  return nodes.flatMap((node) =>
    node.kind === 'text' || node.kind === 'br'
      ? []
      : [...(node.kind === 'a' && node.href !== null ? [node.href] : []), ...linkTargets(node.children)],
  );
}

function keepLinks(
  nodes: readonly InlineNode[],
  allowed: ReadonlySet<string>,
): { nodes: InlineNode[]; removed: boolean } {
  let removed = false;
  const walk = (list: readonly InlineNode[]): InlineNode[] =>
    list.flatMap((node): InlineNode[] => {
      if (node.kind === 'text' || node.kind === 'br') return [node];
      if (node.kind === 'a' && node.href !== null && !allowed.has(node.href)) {
        removed = true;
        return walk(node.children);
      }
      return [{ ...node, children: walk(node.children) }];
    });
  const result = walk(nodes);
  return { nodes: normaliseInline(result), removed };
}
