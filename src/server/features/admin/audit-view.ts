import type { AuditRow } from './audit-queries.ts';

/** A person, organisation or thing an entry names: its name and page, or that it is gone. */
export interface NamedRef {
  id: string;
  /** null when deleted, or for things without a name (a message, an import). */
  name: string | null;
  deleted: boolean;
  /** Its page in the web app, when it has one and still exists. */
  link: string | null;
}

const personLink = (email: string) => `/admin/people?q=${encodeURIComponent(email)}`;

function subjectOf(row: AuditRow): (NamedRef & { type: string }) | null {
  if (!row.subjectType) return null;
  const id = row.subjectId ?? '';
  const ref = (name: string | null | undefined, link: string | null) => ({
    type: row.subjectType as string,
    id,
    name: name ?? null,
    deleted: name === null || name === undefined,
    link: name === null || name === undefined ? null : link,
  });
  switch (row.subjectType) {
    case 'person':
      return ref(row.personName, row.personEmail ? personLink(row.personEmail) : null);
    case 'organisation':
      return ref(row.organisationName, `/organisations/${id}`);
    case 'alliance':
      return ref(row.allianceName, `/alliances/${id}`);
    case 'workspace':
      return ref(row.workspaceName, `/workspaces/${id}`);
    case 'cooperation':
      return ref(row.cooperationTitle, row.cooperationSlug ? `/atlas/${row.cooperationSlug}` : null);
    case 'channel':
      // A conversation between people has no name; it still exists.
      return {
        type: 'channel',
        id,
        name: row.channelName,
        deleted: !row.channelFound,
        link: row.channelFound && row.channelWorkspaceId ? `/workspaces/${row.channelWorkspaceId}` : null,
      };
    case 'service_offer':
      return ref(row.offerTitle, `/services/offers/${id}`);
    case 'procurement_purchase':
      return ref(row.purchaseSubject, `/services/procurement/${id}`);
    case 'event':
      return ref(row.eventTitle, `/events/${id}`);
    case 'legal_page':
      // The page's name is its ID (impressum, datenschutz, barrierefreiheit).
      return { type: 'legal_page', id, name: id, deleted: false, link: `/admin/legal/${encodeURIComponent(id)}` };
    default:
      // Messages and imports are not looked up: their content is not the log's to show.
      return { type: row.subjectType, id, name: null, deleted: false, link: null };
  }
}

/** An audit entry as the API and the export give it. */
export function auditEntryView(row: AuditRow) {
  return {
    id: row.id,
    at: row.at.toISOString(),
    actor: row.actorId
      ? {
          id: row.actorId,
          name: row.actorName,
          deleted: row.actorName === null,
          link: row.actorEmail ? personLink(row.actorEmail) : null,
        }
      : null,
    action: row.action,
    subject: subjectOf(row),
    organisation: row.organisationId
      ? {
          id: row.organisationId,
          name: row.contextOrganisationName,
          deleted: row.contextOrganisationName === null,
          link: row.contextOrganisationName === null ? null : `/organisations/${row.organisationId}`,
        }
      : null,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    organisationId: row.organisationId,
    ip: row.ip,
    details: row.details ?? null,
  };
}

export type AuditEntryView = ReturnType<typeof auditEntryView>;
