import { Parser } from 'htmlparser2';

/** An element of a page body as parsed: lower-case name, attributes in source order. */
export interface HtmlElement {
  type: 'element';
  name: string;
  attrs: [string, string][];
  children: HtmlNode[];
}

/** Text with entities already decoded. */
export interface HtmlText {
  type: 'text';
  text: string;
}

export type HtmlNode = HtmlElement | HtmlText;

// Elements that never have content or a closing tag.
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/**
 * Parses an HTML fragment the way the server's sanitiser reads it (htmlparser2, the parser behind
 * sanitize-html): implied end tags are closed, entities decoded, comments dropped.
 */
export function parseHtml(html: string): HtmlNode[] {
  const root: HtmlElement = { type: 'element', name: '#root', attrs: [], children: [] };
  const stack: HtmlElement[] = [root];
  const top = () => stack[stack.length - 1] ?? root;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const element: HtmlElement = { type: 'element', name, attrs: Object.entries(attribs), children: [] };
        top().children.push(element);
        stack.push(element);
      },
      ontext(text) {
        const siblings = top().children;
        const last = siblings[siblings.length - 1];
        if (last?.type === 'text') last.text += text;
        else siblings.push({ type: 'text', text });
      },
      onclosetag() {
        if (stack.length > 1) stack.pop();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return root.children;
}

/** Text escaped for HTML content (quotes need no escaping there). */
export function escapeHtmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A value escaped for a double-quoted HTML attribute. */
export function escapeHtmlAttribute(value: string): string {
  return escapeHtmlText(value).replace(/"/g, '&quot;');
}

/** The opening tag of an element with its attributes, as the source had them. */
export function openingTag(element: HtmlElement): string {
  const attrs = element.attrs
    .filter(([name]) => /^[a-z][a-z0-9_:.-]*$/.test(name))
    .map(([name, value]) => ` ${name}="${escapeHtmlAttribute(value)}"`)
    .join('');
  return `<${element.name}${attrs}>`;
}

/** The closing tag, or nothing for a void element. */
export function closingTag(element: HtmlElement): string {
  return VOID.has(element.name) ? '' : `</${element.name}>`;
}

/** Serialises nodes back to HTML (used for what is kept verbatim, e.g. an empty paragraph's `<br>`). */
export function serialiseHtml(nodes: readonly HtmlNode[]): string {
  return nodes
    .map((node) =>
      node.type === 'text'
        ? escapeHtmlText(node.text)
        : `${openingTag(node)}${serialiseHtml(node.children)}${closingTag(node)}`,
    )
    .join('');
}
