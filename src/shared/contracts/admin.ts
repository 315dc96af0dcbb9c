/** The shapes of the platform administration API as the web app reads them (see src/server/features/admin). */

import type { OrganisationRole } from './accounts.ts';

export interface AdminPerson {
  id: string;
  name: string;
  email: string;
  organisation: {
    id: string;
    name: string;
    role: OrganisationRole;
    status: 'pending' | 'confirmed';
    /** The address is of a domain the organisation has registered. */
    domainMatches: boolean;
  } | null;
  isPlatformAdmin: boolean;
  lockedAt: string | null;
  emailVerifiedAt: string | null;
  createdAt: string;
}

/** A person or thing an audit entry names: its name and page in the web app, or that it is gone. */
export interface AuditRef {
  id: string;
  /** null when deleted, or for things without a name (a message, an import). */
  name: string | null;
  deleted: boolean;
  /** A path in the web app, while it exists. */
  link: string | null;
}

export interface AuditEntry {
  id: string;
  at: string;
  /** null for the system (e.g. a failed sign-in). */
  actor: AuditRef | null;
  action: string;
  subject: (AuditRef & { type: string }) | null;
  /** The organisation the action concerned. */
  organisation: AuditRef | null;
  subjectType: string | null;
  subjectId: string | null;
  organisationId: string | null;
  ip: string | null;
  details: Record<string, unknown> | null;
}

export type AwaitingKind =
  | 'atlas-reviews'
  | 'membership-requests'
  | 'alliance-invitations'
  | 'workspace-join-requests'
  | 'legal-pages';

/** `GET /api/me/awaiting`: what waits for the signed-in person's answer. */
export interface Awaiting {
  total: number;
  items: Array<{
    kind: AwaitingKind;
    count: number;
    organisation: { id: string; name: string } | null;
    workspace: { id: string; name: string } | null;
  }>;
}
