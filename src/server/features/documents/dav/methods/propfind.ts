import type { DavContext } from '../dav-context.ts';
import { xmlBody } from '../dav-context.ts';
import { DavError, davNotFound } from '../dav-error.ts';
import { depthOf } from '../headers/dav-headers.ts';
import { type DeadProperty, deadPropertiesOf } from '../properties/dead-properties.ts';
import { entriesOf } from '../properties/entries.ts';
import { type DavEntry, LIVE_PROPERTIES, liveProperty } from '../properties/live-properties.ts';
import {
  type MultistatusResponse,
  multistatusXml,
  type PropertyName,
  propertyElement,
  XML_TYPE,
} from '../xml/multistatus.ts';
import { type PropfindRequest, propfindRequest } from '../xml/request-bodies.ts';

/** The properties of one entry as the request asks for them: by status, found (200) and not (404). */
function responseOf(entry: DavEntry, dead: readonly DeadProperty[], asked: PropfindRequest): MultistatusResponse {
  const live = LIVE_PROPERTIES.flatMap((local) => {
    const xml = liveProperty(entry, local);
    return xml === null ? [] : [{ uri: 'DAV:', local, xml }];
  });
  const all = [...live, ...dead.map((p) => ({ uri: p.namespace, local: p.name, xml: p.xml }))];
  if (asked.kind === 'propname') {
    return { href: entry.href, propstats: [{ status: 200, properties: all.map((p) => propertyElement(p)) }] };
  }
  const names: PropertyName[] =
    asked.kind === 'prop' ? asked.names : [...all, ...asked.include.filter((n) => !all.some((p) => same(p, n)))];
  const found: string[] = [];
  const missing: string[] = [];
  for (const name of names) {
    const property = all.find((p) => same(p, name));
    if (property) found.push(property.xml);
    else missing.push(propertyElement(name));
  }
  const propstats = [
    ...(found.length > 0 ? [{ status: 200, properties: found }] : []),
    ...(missing.length > 0 ? [{ status: 404, properties: missing }] : []),
  ];
  return { href: entry.href, propstats: propstats.length > 0 ? propstats : [{ status: 200, properties: [] }] };
}

const same = (a: PropertyName, b: PropertyName) => a.uri === b.uri && a.local === b.local;

/**
 * PROPFIND with Depth 0 or 1 (RFC 4918 9.1): the live properties and the dead ones set by PROPPATCH.
 * Depth infinity (also the default) is refused with 403 `propfind-finite-depth`: a whole space in one
 * answer would cost the server what a client never needs.
 */
export async function propfind(ctx: DavContext): Promise<void> {
  // Microsoft's clients may ask `Depth: 1,noroot`: the members without the folder itself.
  const header = ctx.request.headers.depth as string | undefined;
  const noRoot = header !== undefined && /,\s*noroot\s*$/i.test(header);
  const depth = depthOf(noRoot ? header.replace(/,\s*noroot\s*$/i, '') : header, 'infinity');
  if (depth === 'infinity') {
    throw new DavError(
      403,
      'propfind-finite-depth',
      'PROPFIND with Depth infinity is not supported',
      'Ask with Depth 0 or 1.',
      'propfind-finite-depth',
    );
  }
  const asked = propfindRequest(await xmlBody(ctx.request));
  const { resource } = ctx;
  if (resource.kind === 'unmapped' || resource.kind === 'nowhere') throw davNotFound();
  const entries = (await entriesOf(ctx.deps.db, ctx.personId, resource, depth)).slice(noRoot ? 1 : 0);
  const wantsDead = asked.kind !== 'prop' || asked.names.some((n) => n.uri !== 'DAV:');
  const dead = wantsDead
    ? await deadPropertiesOf(
        ctx.deps.db,
        entries.flatMap((e) => (e.node ? [e.node.id] : [])),
      )
    : new Map<string, DeadProperty[]>();
  const body = multistatusXml(entries.map((e) => responseOf(e, e.node ? (dead.get(e.node.id) ?? []) : [], asked)));
  ctx.reply.status(207).type(XML_TYPE).send(body);
}
