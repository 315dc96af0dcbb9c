import { type AnyColumn, and, count, desc, eq, gte, lt, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { auditLog } from '../../platform/audit/tables.ts';
import { persons } from '../../platform/auth/tables.ts';
import type { Tx } from '../../platform/db/client.ts';
// Read-only joins: the audit log names what its entries are about. The log outlives what it names,
// so each join may find nothing (the thing was deleted).
import { alliances } from '../alliances/tables.ts';
import { cooperations } from '../atlas/tables.ts';
import { channels } from '../chat/tables.ts';
// Read-only joins: an entry names the offer, purchase or event it is about.
import { events } from '../events/tables.ts';
import { organisations } from '../organisations/tables.ts';
import { serviceOffers } from '../services/offers/tables.ts';
import { procurementPurchases } from '../services/procurement/tables.ts';
import { workspaces } from '../workspaces/tables.ts';

export interface AuditFilter {
  /** Actions starting with this (`auth.`), or one action. */
  action?: string | undefined;
  /** Entries of this acting person. */
  actorId?: string | undefined;
  /** Entries at or after this instant. */
  from?: Date | undefined;
  /** Entries before this instant. */
  before?: Date | undefined;
}

function whereOf(filter: AuditFilter): SQL | undefined {
  return and(
    filter.action ? sql`${auditLog.action} like ${`${filter.action.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}` : undefined,
    filter.actorId ? eq(auditLog.actorId, filter.actorId) : undefined,
    filter.from ? gte(auditLog.at, filter.from) : undefined,
    filter.before ? lt(auditLog.at, filter.before) : undefined,
  );
}

const actor = alias(persons, 'actor');
const subjectPerson = alias(persons, 'subject_person');
const subjectOrganisation = alias(organisations, 'subject_organisation');
const contextOrganisation = alias(organisations, 'context_organisation');

// Subject IDs are text (an entry may name anything); only a well-formed UUID is looked up.
const subjectUuid = sql`(case when ${auditLog.subjectId} ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then ${auditLog.subjectId}::uuid end)`;
const subjectIs = (type: string, id: AnyColumn) => and(eq(auditLog.subjectType, type), sql`${id} = ${subjectUuid}`);

const columns = {
  id: auditLog.id,
  at: auditLog.at,
  /** The exact stored time as text: the export's position, which a millisecond Date would round. */
  atText: sql<string>`${auditLog.at}::text`,
  actorId: auditLog.actorId,
  actorName: actor.name,
  actorEmail: actor.email,
  action: auditLog.action,
  subjectType: auditLog.subjectType,
  subjectId: auditLog.subjectId,
  personName: subjectPerson.name,
  personEmail: subjectPerson.email,
  organisationName: subjectOrganisation.name,
  allianceName: alliances.name,
  workspaceName: workspaces.name,
  cooperationTitle: cooperations.title,
  cooperationSlug: cooperations.slug,
  channelFound: sql<boolean>`${channels.id} is not null`,
  channelName: channels.name,
  channelWorkspaceId: channels.workspaceId,
  offerTitle: serviceOffers.title,
  purchaseSubject: procurementPurchases.subject,
  eventTitle: events.title,
  organisationId: auditLog.organisationId,
  contextOrganisationName: contextOrganisation.name,
  ip: auditLog.ip,
  details: auditLog.details,
};

export type AuditRow = Awaited<ReturnType<typeof selectAudit>>[number];

/** Entries with everything they name, newest first, in one query. */
function selectAudit(tx: Tx, where: SQL | undefined, limit: number, offset = 0) {
  return tx
    .select(columns)
    .from(auditLog)
    .leftJoin(actor, eq(actor.id, auditLog.actorId))
    .leftJoin(subjectPerson, subjectIs('person', subjectPerson.id))
    .leftJoin(subjectOrganisation, subjectIs('organisation', subjectOrganisation.id))
    .leftJoin(alliances, subjectIs('alliance', alliances.id))
    .leftJoin(workspaces, subjectIs('workspace', workspaces.id))
    .leftJoin(cooperations, subjectIs('cooperation', cooperations.id))
    .leftJoin(channels, subjectIs('channel', channels.id))
    .leftJoin(serviceOffers, subjectIs('service_offer', serviceOffers.id))
    .leftJoin(procurementPurchases, subjectIs('procurement_purchase', procurementPurchases.id))
    .leftJoin(events, subjectIs('event', events.id))
    .leftJoin(contextOrganisation, eq(contextOrganisation.id, auditLog.organisationId))
    .where(where)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .offset(offset)
    .limit(limit);
}

/** One page of the audit log, newest first, and how many entries match. */
export async function listAudit(tx: Tx, filter: AuditFilter, page: { offset: number; limit: number }) {
  const where = whereOf(filter);
  const items = await selectAudit(tx, where, page.limit, page.offset);
  const [totals] = await tx.select({ total: count() }).from(auditLog).where(where);
  return { items, total: totals?.total ?? 0 };
}

const EXPORT_BATCH = 1000;

/**
 * Every matching entry, newest first, in batches: each batch continues below the last one's
 * position, so entries written meanwhile neither repeat nor push others out.
 */
export async function* auditForExport(tx: Tx, filter: AuditFilter): AsyncGenerator<AuditRow> {
  let after: { atText: string; id: string } | null = null;
  for (;;) {
    const below: SQL | undefined = after
      ? sql`(${auditLog.at}, ${auditLog.id}) < (${after.atText}::timestamptz, ${after.id}::uuid)`
      : undefined;
    const rows = await selectAudit(tx, and(whereOf(filter), below), EXPORT_BATCH);
    yield* rows;
    const last = rows.at(-1);
    if (!last || rows.length < EXPORT_BATCH) return;
    after = { atText: last.atText, id: last.id };
  }
}
