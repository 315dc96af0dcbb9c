import { SaxesParser } from 'saxes';
import { DavError } from '../dav-error.ts';

/** An element of a request body: namespace URI, local name, attributes by `{uri}local`, content. */
export interface XmlElement {
  uri: string;
  local: string;
  /** The prefix it was written with (kept so that a dead property is given back as it came). */
  prefix: string;
  attributes: { uri: string; local: string; prefix: string; value: string }[];
  children: (XmlElement | string)[];
}

/** Deeper than any WebDAV body; a property value nested deeper is refused. */
const MAX_DEPTH = 64;

const malformed = (detail: string) => new DavError(400, 'malformed-xml', 'The XML body is not well-formed', detail);

/**
 * Reads a WebDAV request body into a tree with namespaces resolved. saxes loads nothing: it knows the
 * five predefined entities only, and a DOCTYPE (entity declarations) is refused outright.
 */
export function readXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true });
  const root: XmlElement = { uri: '', local: '#document', prefix: '', attributes: [], children: [] };
  const stack: XmlElement[] = [root];
  const top = () => stack[stack.length - 1] ?? root;
  const addText = (text: string) => {
    const siblings = top().children;
    const last = siblings.length - 1;
    if (typeof siblings[last] === 'string') siblings[last] += text;
    else siblings.push(text);
  };
  parser.on('doctype', () => {
    throw malformed('A DOCTYPE is not allowed.');
  });
  parser.on('error', (error) => {
    throw malformed(error.message);
  });
  parser.on('opentag', (tag) => {
    if (stack.length > MAX_DEPTH) throw malformed(`Nested deeper than ${MAX_DEPTH} elements.`);
    const attributes = Object.values(tag.attributes)
      .filter((a) => a.prefix !== 'xmlns' && !(a.prefix === '' && a.local === 'xmlns'))
      .map((a) => ({ uri: a.uri, local: a.local, prefix: a.prefix, value: a.value }));
    const element: XmlElement = { uri: tag.uri, local: tag.local, prefix: tag.prefix, attributes, children: [] };
    top().children.push(element);
    stack.push(element);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.write(xml.replace(/^\uFEFF/, '')).close();
  const documentElement = elementsOf(root)[0];
  if (!documentElement) throw malformed('There is no root element.');
  return documentElement;
}

/** The child elements (text and whitespace left out). */
export function elementsOf(element: XmlElement): XmlElement[] {
  return element.children.filter((child): child is XmlElement => typeof child !== 'string');
}

/** The child elements in the DAV: namespace with that local name. */
export function davChildren(element: XmlElement, local: string): XmlElement[] {
  return elementsOf(element).filter((child) => child.uri === 'DAV:' && child.local === local);
}

/** True for an element in the DAV: namespace with that local name. */
export const isDav = (element: XmlElement | undefined, local: string) =>
  element !== undefined && element.uri === 'DAV:' && element.local === local;

/** All text inside an element. */
export function textOf(element: XmlElement): string {
  return element.children.map((child) => (typeof child === 'string' ? child : textOf(child))).join('');
}

/** Escapes text for element content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

/**
 * Writes an element back as XML that stands on its own: every namespace it and its descendants use is
 * declared where it is first needed, so the text can be stored and placed into any answer.
 */
export function serializeXml(element: XmlElement, inScope: ReadonlyMap<string, string> = new Map()): string {
  const scope = new Map(inScope);
  const declarations: string[] = [];
  const declared = new Set<string>();
  const declare = (prefix: string, uri: string) => {
    scope.set(prefix, uri);
    declared.add(prefix);
    declarations.push(prefix ? ` xmlns:${prefix}="${escapeXml(uri)}"` : ` xmlns="${escapeXml(uri)}"`);
    return prefix;
  };
  // An element keeps the prefix it was written with (a binding made on it may shadow its parent's).
  const elementPrefixFor = (uri: string, wanted: string) => {
    const prefix = wanted === 'xmlns' || wanted === 'xml' ? '' : wanted;
    return scope.get(prefix) === uri ? prefix : declare(prefix, uri);
  };
  // An attribute needs a prefix; one bound on this element to another namespace is not taken.
  const attributePrefixFor = (uri: string, wanted: string) => {
    if (uri === 'http://www.w3.org/XML/1998/namespace') return 'xml';
    for (const [prefix, bound] of scope) if (bound === uri && prefix !== '') return prefix;
    let prefix = wanted && wanted !== 'xmlns' && wanted !== 'xml' ? wanted : 'a';
    for (let n = 0; declared.has(prefix) || prefix === elementPrefix; n += 1) prefix = `a${n}`;
    return declare(prefix, uri);
  };
  let elementPrefix = '';
  if (element.uri === '') {
    // No namespace: the default namespace must be undone if a parent set one.
    if (scope.get('')) declare('', '');
  } else {
    elementPrefix = elementPrefixFor(element.uri, element.prefix);
  }
  const name = elementPrefix ? `${elementPrefix}:${element.local}` : element.local;
  const attributes = element.attributes
    .map((a) => {
      const prefix = a.uri === '' ? '' : attributePrefixFor(a.uri, a.prefix);
      return ` ${prefix ? `${prefix}:` : ''}${a.local}="${escapeXml(a.value)}"`;
    })
    .join('');
  const content = element.children
    .map((child) => (typeof child === 'string' ? escapeXml(child) : serializeXml(child, scope)))
    .join('');
  const open = `<${name}${declarations.join('')}${attributes}`;
  return content === '' ? `${open}/>` : `${open}>${content}</${name}>`;
}
