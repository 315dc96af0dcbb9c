/** The shapes of the accounts API as the web app reads them (see src/server/features/accounts). */

export type Locale = 'de' | 'en';
/**
 * A person's role in their home organisation: `admin` manages it (profile, members, domains),
 * `editor` writes its content pages, `member` reads. Editors are members in every other respect.
 */
export const ORGANISATION_ROLES = ['admin', 'editor', 'member'] as const;
export type OrganisationRole = (typeof ORGANISATION_ROLES)[number];
export type MembershipStatus = 'pending' | 'confirmed';

export interface MyOrganisation {
  id: string;
  name: string;
  type: string;
  role: OrganisationRole;
  status: MembershipStatus;
}

/** `GET /api/me`: the signed-in person. */
export interface Me {
  id: string;
  name: string;
  email: string;
  locale: Locale;
  isPlatformAdmin: boolean;
  organisation: MyOrganisation | null;
}

/** `GET /api/auth/session`: who this browser is signed in as; `me` is null when signed out. */
export interface CurrentSession {
  me: Me | null;
}

export interface Session {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  ip: string | null;
  userAgent: string | null;
  current: boolean;
}

export interface PersonHit {
  id: string;
  name: string;
  organisation: { id: string; name: string } | null;
}

export interface DemoAccount {
  email: string;
  password: string;
  name: string;
  organisation: string | null;
  roles: Array<'platform-admin' | 'organisation-admin' | 'organisation-editor' | 'member'>;
}

/** Registration and password rules the server enforces; shown beside the password fields. */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;
