import { escapeHtmlAttribute, escapeHtmlText, type HtmlNode, parseHtml } from './html-tree.ts';

/**
 * The inline content of one translation unit: text, line breaks, and the four kinds of markup
 * that survive a translation (bold, italic, code, links). Everything else is text or dropped.
 */
export type InlineNode =
  | { kind: 'text'; text: string }
  | { kind: 'br' }
  | { kind: 'strong' | 'em' | 'code'; children: InlineNode[] }
  | { kind: 'a'; href: string | null; children: InlineNode[] };

export type InlineSpan = Extract<InlineNode, { children: InlineNode[] }>;

const SPAN_OF: Record<string, 'strong' | 'em' | 'code'> = {
  strong: 'strong',
  b: 'strong',
  em: 'em',
  i: 'em',
  code: 'code',
};

// Their content is not text a reader sees: dropped with the element.
const DROPPED = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'textarea', 'title', 'svg']);

const WEB_OR_MAIL = /^(?:https?:\/\/|mailto:|tel:)/i;
const SITE_PATH = /^\/(?![/\\])/;

/**
 * Whether a link target may stay a link: web, mail and telephone addresses, paths on the site and
 * fragments. Whitespace and control characters anywhere (`java\tscript:`), backslashes (`/\host`)
 * and every other scheme are refused, so no script or foreign-origin trick gets through.
 */
export function isSafeHref(href: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this refuses
  if (href.length === 0 || href.length > 2048 || /[\u0000-\u0020\u007f-\u009f\\]/.test(href)) return false;
  return WEB_OR_MAIL.test(href) || SITE_PATH.test(href) || href.startsWith('#');
}

/** Inline nodes from parsed HTML: the allowed markup kept, other elements unwrapped, active content dropped. */
export function inlineFromHtml(nodes: readonly HtmlNode[]): InlineNode[] {
  const out: InlineNode[] = [];
  for (const node of nodes) {
    if (node.type === 'text') {
      out.push({ kind: 'text', text: node.text });
    } else if (node.name === 'br') {
      out.push({ kind: 'br' });
    } else if (node.name === 'a') {
      const href = node.attrs.find(([name]) => name === 'href')?.[1] ?? null;
      out.push({
        kind: 'a',
        href: href !== null && isSafeHref(href) ? href : null,
        children: inlineFromHtml(node.children),
      });
    } else if (SPAN_OF[node.name]) {
      out.push({ kind: SPAN_OF[node.name] as 'strong', children: inlineFromHtml(node.children) });
    } else if (!DROPPED.has(node.name)) {
      out.push(...inlineFromHtml(node.children));
    }
  }
  return out;
}

/**
 * The canonical form that comparisons and files use: whitespace runs collapsed to one space (also
 * across element edges), the ends trimmed, text in Unicode NFC (tools on some systems write
 * decomposed umlauts), adjacent texts merged, and empty bold/italic/code/links removed.
 */
export function normaliseInline(nodes: readonly InlineNode[]): InlineNode[] {
  let lastWasSpace = true;
  const walk = (list: readonly InlineNode[]): InlineNode[] => {
    const out: InlineNode[] = [];
    for (const node of list) {
      if (node.kind === 'text') {
        let text = node.text.normalize('NFC').replace(/[\t\n\f\r ]+/g, ' ');
        if (lastWasSpace) text = text.replace(/^ /, '');
        if (text === '') continue;
        lastWasSpace = text.endsWith(' ');
        const last = out[out.length - 1];
        if (last?.kind === 'text') last.text += text;
        else out.push({ kind: 'text', text });
      } else if (node.kind === 'br') {
        out.push(node);
        lastWasSpace = true;
      } else {
        const children = walk(node.children);
        if (children.length > 0) out.push({ ...node, children });
      }
    }
    return out;
  };
  const result = walk(nodes);
  trimEnd(result);
  return result;
}

/** Removes a space at the start and end of inline nodes, in place (also inside markup at the edges). */
export function trimEdges(nodes: InlineNode[]): void {
  trimEdge(nodes, 'start');
  trimEnd(nodes);
}

function trimEnd(nodes: InlineNode[]): void {
  trimEdge(nodes, 'end');
}

function trimEdge(nodes: InlineNode[], edge: 'start' | 'end'): void {
  const index = edge === 'start' ? 0 : nodes.length - 1;
  const node = nodes[index];
  if (!node || node.kind === 'br') return;
  if (node.kind === 'text') node.text = edge === 'start' ? node.text.replace(/^ +/, '') : node.text.replace(/ +$/, '');
  else trimEdge(node.children, edge);
  if (node.kind === 'text' ? node.text === '' : node.children.length === 0) nodes.splice(index, 1);
}

/** Inline nodes as HTML: `<strong>`, `<em>`, `<code>`, `<a href>`, `<br />` and escaped text. */
export function inlineToHtml(nodes: readonly InlineNode[]): string {
  return nodes
    .map((node) => {
      switch (node.kind) {
        case 'text':
          return escapeHtmlText(node.text);
        case 'br':
          return '<br />';
        case 'a':
          return `${node.href === null ? '<a>' : `<a href="${escapeHtmlAttribute(node.href)}">`}${inlineToHtml(node.children)}</a>`;
        default:
          return `<${node.kind}>${inlineToHtml(node.children)}</${node.kind}>`;
      }
    })
    .join('');
}

/** Parses inline HTML into its canonical nodes (what `inlineToHtml` writes, or any HTML: it is sanitised). */
export function parseInline(html: string): InlineNode[] {
  return normaliseInline(inlineFromHtml(parseHtml(html)));
}

/** Inline HTML in canonical form: two units with equal text and markup give equal strings. */
export function normaliseInlineHtml(html: string): string {
  return inlineToHtml(parseInline(html));
}

/** The plain text of inline nodes (line breaks as spaces). */
export function inlineText(nodes: readonly InlineNode[]): string {
  return nodes
    .map((node) => (node.kind === 'text' ? node.text : node.kind === 'br' ? ' ' : inlineText(node.children)))
    .join('');
}
