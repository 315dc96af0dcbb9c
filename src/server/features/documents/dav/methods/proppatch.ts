import { assertWritable } from '../../locks/lock-check.ts';
import { checkIfHeader } from '../conditions.ts';
import { type DavContext, xmlBody } from '../dav-context.ts';
import { davNotFound, davReadOnly } from '../dav-error.ts';
import {
  changeProperties,
  MAX_PROPERTIES_PER_NODE,
  MAX_PROPERTY_XML,
  propertyCount,
} from '../properties/dead-properties.ts';
import { hrefOf } from '../resolve.ts';
import { multistatusXml, propertyElement, XML_TYPE } from '../xml/multistatus.ts';
import { type PropertyChange, proppatchRequest } from '../xml/request-bodies.ts';

/** Why a change cannot be made, as a status: live DAV: properties are the server's (403). */
function refusalOf(change: PropertyChange): number | null {
  if (change.name.uri === 'DAV:') return 403;
  if (change.op === 'set' && change.xml.length > MAX_PROPERTY_XML) return 507;
  return null;
}

/**
 * PROPPATCH (RFC 4918 9.2): sets and removes dead properties, all or none, in the body's order. A
 * change of a DAV: property is refused (403) and the others then fail too (424). Only on folders and
 * files; the spaces and /dav/ keep none (403).
 */
export async function proppatch(ctx: DavContext): Promise<void> {
  const { resource } = ctx;
  if (resource.kind === 'unmapped' || resource.kind === 'nowhere') throw davNotFound();
  const changes = proppatchRequest(await xmlBody(ctx.request));
  const href = hrefOf(resource);
  const answer = (statusOf: (change: PropertyChange) => number) => {
    const byStatus = new Map<number, string[]>();
    for (const change of changes) {
      const status = statusOf(change);
      byStatus.set(status, [...(byStatus.get(status) ?? []), propertyElement(change.name)]);
    }
    const propstats = [...byStatus].map(([status, properties]) => ({ status, properties }));
    ctx.reply
      .status(207)
      .type(XML_TYPE)
      .send(multistatusXml([{ href, propstats }]));
  };
  if (resource.kind !== 'node') return answer(() => 403);
  if (!resource.space.rights.write) throw davReadOnly();
  await checkIfHeader(ctx);
  await assertWritable(ctx.deps.db, ctx.actor, resource.chain);
  if (changes.some((c) => refusalOf(c) !== null)) return answer((c) => refusalOf(c) ?? 424);
  // Counted before: a client adding more than an editor ever sets is refused whole (507).
  const sets = changes.filter((c) => c.op === 'set').length;
  if ((await propertyCount(ctx.deps.db, resource.node.id)) + sets > MAX_PROPERTIES_PER_NODE) return answer(() => 507);
  await ctx.deps.db.transaction((tx) => changeProperties(tx, resource.node.id, changes));
  answer(() => 200);
}
