import { DOCUMENT_LIMITS } from '../../../../../shared/contracts/documents.ts';
import type { LockRow } from '../../locks/lock-queries.ts';
import type { NodeRow } from '../../node-queries.ts';
import { dav, type PropertyName } from '../xml/multistatus.ts';
import { escapeXml } from '../xml/xml-tree.ts';

/** One resource of a PROPFIND answer: a node, a space's top level or /dav/ itself. */
export interface DavEntry {
  href: string;
  collection: boolean;
  displayName: string;
  node: NodeRow | null;
  /** The live locks that cover it, each with the href of the node it was taken on. */
  locks: { lock: LockRow; root: string; ownerName: string }[];
}

/** The live properties, in the order allprop gives them. */
export const LIVE_PROPERTIES = [
  'resourcetype',
  'displayname',
  'getcontentlength',
  'getcontenttype',
  'getetag',
  'getlastmodified',
  'creationdate',
  'supportedlock',
  'lockdiscovery',
] as const;

export const isLiveProperty = (name: PropertyName) =>
  name.uri === 'DAV:' && (LIVE_PROPERTIES as readonly string[]).includes(name.local);

/** A node's ETag, strong and quoted: a file's current version, a folder's revision. */
export function etagOf(node: NodeRow): string {
  return node.kind === 'file' ? `"${node.currentVersionId ?? node.id}"` : `"${node.id}-${node.revision}"`;
}

const SUPPORTED_LOCK = ['exclusive', 'shared']
  .map((scope) => dav('lockentry', dav('lockscope', dav(scope)) + dav('locktype', dav('write'))))
  .join('');

/** The DAV:activelock of a lock, as LOCK and lockdiscovery give it. */
export function activeLockXml(entry: DavEntry['locks'][number]): string {
  const { lock } = entry;
  const seconds = Math.max(0, Math.round((lock.expiresAt.getTime() - Date.now()) / 1000));
  const owner = lock.ownerNote || escapeXml(entry.ownerName);
  return dav(
    'activelock',
    dav('locktype', dav('write')) +
      dav('lockscope', dav(lock.scope === 'shared' ? 'shared' : 'exclusive')) +
      dav('depth', lock.depth === 'infinity' ? 'infinity' : '0') +
      (owner ? dav('owner', owner) : '') +
      dav('timeout', `Second-${Math.min(seconds, DOCUMENT_LIMITS.lockMinutesMax * 60)}`) +
      dav('locktoken', dav('href', escapeXml(lock.token))) +
      dav('lockroot', dav('href', escapeXml(entry.root))),
  );
}

/** The XML of a live property of the entry, or null when the entry has no such property. */
export function liveProperty(entry: DavEntry, local: string): string | null {
  const node = entry.node;
  const file = node?.kind === 'file' ? node : null;
  switch (local) {
    case 'resourcetype':
      return dav('resourcetype', entry.collection ? dav('collection') : '');
    case 'displayname':
      return dav('displayname', escapeXml(entry.displayName));
    case 'getcontentlength':
      return file ? dav('getcontentlength', String(file.size)) : null;
    case 'getcontenttype':
      return file ? dav('getcontenttype', escapeXml(file.mediaType ?? 'application/octet-stream')) : null;
    case 'getetag':
      return node ? dav('getetag', escapeXml(etagOf(node))) : null;
    case 'getlastmodified':
      return node ? dav('getlastmodified', node.updatedAt.toUTCString()) : null;
    case 'creationdate':
      return node ? dav('creationdate', node.createdAt.toISOString()) : null;
    case 'supportedlock':
      return node ? dav('supportedlock', SUPPORTED_LOCK) : null;
    case 'lockdiscovery':
      return dav('lockdiscovery', entry.locks.map(activeLockXml).join(''));
    default:
      return null;
  }
}
