import { STATUS_CODES } from 'node:http';
import { escapeXml } from './xml-tree.ts';

/** A property's name: its namespace URI and local name. */
export interface PropertyName {
  uri: string;
  local: string;
}

/** The properties of one status within a response, each as the XML of its element. */
export interface Propstat {
  status: number;
  properties: string[];
}

/** One resource of a multistatus answer: its properties by status, or a status of its own. */
export interface MultistatusResponse {
  href: string;
  propstats?: Propstat[];
  status?: number;
  /** The local name of a DAV: condition element to give in `DAV:error`. */
  condition?: string;
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>\n';
export const XML_TYPE = 'application/xml; charset=utf-8';

/** `HTTP/1.1 207 Multi-Status`. */
export const statusLine = (status: number) => `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}`.trimEnd();

/** A property element with the given content (XML, already escaped): `D:` for DAV:, its own declaration else. */
export function propertyElement(name: PropertyName, content = ''): string {
  let open: string;
  let close: string;
  if (name.uri === 'DAV:') {
    open = `D:${name.local}`;
    close = open;
  } else if (name.uri === '') {
    open = `${name.local} xmlns=""`;
    close = name.local;
  } else {
    open = `X:${name.local} xmlns:X="${escapeXml(name.uri)}"`;
    close = `X:${name.local}`;
  }
  return content === '' ? `<${open}/>` : `<${open}>${content}</${close}>`;
}

/** A DAV: element with its content, for the live properties. */
export const dav = (local: string, content = '') => propertyElement({ uri: 'DAV:', local }, content);

/** The body of a 207 Multi-Status answer. */
export function multistatusXml(responses: readonly MultistatusResponse[]): string {
  const parts = [XML_DECLARATION, '<D:multistatus xmlns:D="DAV:">'];
  for (const response of responses) {
    parts.push('<D:response>', `<D:href>${escapeXml(response.href)}</D:href>`);
    for (const propstat of response.propstats ?? []) {
      parts.push(
        '<D:propstat><D:prop>',
        ...propstat.properties,
        `</D:prop><D:status>${statusLine(propstat.status)}</D:status></D:propstat>`,
      );
    }
    if (response.status !== undefined) parts.push(`<D:status>${statusLine(response.status)}</D:status>`);
    if (response.condition) parts.push(`<D:error><D:${response.condition}/></D:error>`);
    parts.push('</D:response>');
  }
  parts.push('</D:multistatus>');
  return parts.join('');
}

/** The body of a `DAV:error` answer naming a failed condition, with the hrefs it concerns. */
export function errorXml(condition: string, hrefs: readonly string[] = []): string {
  const inner = hrefs.map((href) => `<D:href>${escapeXml(href)}</D:href>`).join('');
  return `${XML_DECLARATION}<D:error xmlns:D="DAV:"><D:${condition}${inner ? `>${inner}</D:${condition}>` : '/>'}</D:error>`;
}
