import { SaxesParser } from 'saxes';
import { problem, XliffRefusal } from './xliff-problems.ts';

/** An element as read: its namespace URI, local name, attributes without a namespace, and content. */
export interface XmlElement {
  uri: string;
  local: string;
  /** Attributes in no namespace, by name; `xml:lang` and other namespaced ones are left out. */
  attrs: ReadonlyMap<string, string>;
  children: (XmlElement | string)[];
}

/** Deeper than any file of ours (xliff/file/group…/unit/segment/target/pc…). */
export const MAX_DEPTH = 40;

/**
 * Reads well-formed XML into a tree. saxes checks well-formedness and never loads anything: it
 * knows only the five predefined entities and reports a DOCTYPE instead of reading it. A DOCTYPE
 * is refused outright, so entity declarations (entity expansion, external entities) are never
 * looked at. Comments and processing instructions are dropped; CDATA is text.
 */
export function readXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const root: XmlElement = { uri: '', local: '#document', attrs: new Map(), children: [] };
  const stack: XmlElement[] = [root];
  const top = () => stack[stack.length - 1] ?? root;
  const addText = (text: string) => {
    const siblings = top().children;
    const last = siblings.length - 1;
    if (typeof siblings[last] === 'string') siblings[last] += text;
    else siblings.push(text);
  };

  parser.on('doctype', () => {
    throw new XliffRefusal(problem('doctype-not-allowed', { line: parser.line }));
  });
  parser.on('error', (error) => {
    const message = error.message.replace(/^(?:[^:]*:)?\d+:\d+: /, '');
    throw new XliffRefusal(problem('malformed-xml', { line: parser.line, column: parser.column, value: message }));
  });
  parser.on('opentag', (tag) => {
    if (stack.length > MAX_DEPTH) throw new XliffRefusal(problem('too-deeply-nested', { limit: MAX_DEPTH }));
    const attrs = new Map<string, string>();
    for (const attribute of Object.values(tag.attributes)) {
      if (typeof attribute !== 'string' && attribute.uri === '') attrs.set(attribute.local, attribute.value);
    }
    const element: XmlElement = { uri: tag.uri ?? '', local: tag.local ?? tag.name, attrs, children: [] };
    top().children.push(element);
    stack.push(element);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('text', addText);
  parser.on('cdata', addText);

  parser.write(xml.replace(/^\uFEFF/, '')).close();
  const documentElement = root.children.find((child): child is XmlElement => typeof child !== 'string');
  if (!documentElement) throw new XliffRefusal(problem('malformed-xml', { value: 'no root element' }));
  return documentElement;
}

/** The child elements of an element with one local name in the element's own namespace. */
export function childrenNamed(element: XmlElement, local: string): XmlElement[] {
  return element.children.filter(
    (child): child is XmlElement => typeof child !== 'string' && child.local === local && child.uri === element.uri,
  );
}

/** The first child element with that local name in the element's namespace, if any. */
export function childNamed(element: XmlElement, local: string): XmlElement | undefined {
  return childrenNamed(element, local)[0];
}

/** All text inside an element, nested elements' text included. */
export function textOf(element: XmlElement): string {
  return element.children.map((child) => (typeof child === 'string' ? child : textOf(child))).join('');
}
