import { DavError } from '../dav-error.ts';
import type { PropertyName } from './multistatus.ts';
import { davChildren, elementsOf, escapeXml, isDav, readXml, serializeXml, type XmlElement } from './xml-tree.ts';

const badBody = (detail: string) =>
  new DavError(400, 'bad-request', 'The request body is not what the method takes', detail);

const nameOf = (element: XmlElement): PropertyName => ({ uri: element.uri, local: element.local });

/** What a PROPFIND asks for; an empty body is allprop. */
export type PropfindRequest =
  | { kind: 'allprop'; include: PropertyName[] }
  | { kind: 'propname' }
  | { kind: 'prop'; names: PropertyName[] };

export function propfindRequest(body: string): PropfindRequest {
  if (body.trim() === '') return { kind: 'allprop', include: [] };
  const root = readXml(body);
  if (!isDav(root, 'propfind')) throw badBody('PROPFIND takes a DAV:propfind element.');
  const [first, second] = elementsOf(root).filter((e) => e.uri === 'DAV:');
  if (isDav(first, 'propname')) return { kind: 'propname' };
  if (isDav(first, 'allprop')) {
    const include = isDav(second, 'include') ? elementsOf(second as XmlElement).map(nameOf) : [];
    return { kind: 'allprop', include };
  }
  if (isDav(first, 'prop')) return { kind: 'prop', names: elementsOf(first as XmlElement).map(nameOf) };
  throw badBody('DAV:propfind holds DAV:prop, DAV:allprop or DAV:propname.');
}

/** One change of a PROPPATCH, in the body's order; `xml` is the property element as it is to be stored. */
export type PropertyChange = { op: 'set'; name: PropertyName; xml: string } | { op: 'remove'; name: PropertyName };

export function proppatchRequest(body: string): PropertyChange[] {
  if (body.trim() === '') throw badBody('PROPPATCH takes a DAV:propertyupdate element.');
  const root = readXml(body);
  if (!isDav(root, 'propertyupdate')) throw badBody('PROPPATCH takes a DAV:propertyupdate element.');
  const changes: PropertyChange[] = [];
  for (const instruction of elementsOf(root)) {
    if (!isDav(instruction, 'set') && !isDav(instruction, 'remove')) continue;
    for (const prop of davChildren(instruction, 'prop')) {
      for (const property of elementsOf(prop)) {
        changes.push(
          instruction.local === 'set'
            ? { op: 'set', name: nameOf(property), xml: serializeXml(property) }
            : { op: 'remove', name: nameOf(property) },
        );
      }
    }
  }
  if (changes.length === 0) throw badBody('DAV:propertyupdate names no property.');
  return changes;
}

/** A LOCK's body: a new lock, or (empty body) the refresh of one named in the If header. */
export type LockRequest = { kind: 'refresh' } | { kind: 'new'; scope: 'exclusive' | 'shared'; ownerNote: string };

// The owner as the client wrote it is given back in lockdiscovery; a longer one is not a person's name.
const MAX_OWNER_NOTE = 2_000;

export function lockRequest(body: string): LockRequest {
  if (body.trim() === '') return { kind: 'refresh' };
  const root = readXml(body);
  if (!isDav(root, 'lockinfo')) throw badBody('LOCK takes a DAV:lockinfo element.');
  const scope = elementsOf(davChildren(root, 'lockscope')[0] ?? root)[0];
  if (!isDav(scope, 'exclusive') && !isDav(scope, 'shared')) throw badBody('DAV:lockscope is exclusive or shared.');
  const type = elementsOf(davChildren(root, 'locktype')[0] ?? root)[0];
  if (!isDav(type, 'write')) throw badBody('DAV:locktype is write.');
  const owner = davChildren(root, 'owner')[0];
  const ownerNote = owner
    ? owner.children.map((child) => (typeof child === 'string' ? escapeXml(child) : serializeXml(child))).join('')
    : '';
  if (ownerNote.length > MAX_OWNER_NOTE) throw badBody(`DAV:owner may have at most ${MAX_OWNER_NOTE} characters.`);
  return { kind: 'new', scope: (scope as XmlElement).local as 'exclusive' | 'shared', ownerNote };
}
