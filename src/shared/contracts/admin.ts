/** The shapes of the platform administration API as the web app reads them (see src/server/features/admin). */

export interface AdminPerson {
  id: string;
  name: string;
  email: string;
  organisation: {
    id: string;
    name: string;
    role: 'admin' | 'member';
    status: 'pending' | 'confirmed';
    /** The address is of a domain the organisation has registered. */
    domainMatches: boolean;
  } | null;
  isPlatformAdmin: boolean;
  lockedAt: string | null;
  emailVerifiedAt: string | null;
  createdAt: string;
}

export interface AuditEntry {
  id: string;
  at: string;
  actor: { id: string; name: string } | null;
  action: string;
  subjectType: string | null;
  subjectId: string | null;
  organisationId: string | null;
  ip: string | null;
  details: Record<string, unknown> | null;
}
