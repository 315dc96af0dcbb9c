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
  /** Where the address is, coarsely (never a town): its country, a local network, or unknown. */
  place: { kind: 'country'; code: string } | { kind: 'local' } | null;
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

/**
 * What an app password opens: WebDAV (Basic auth with the e-mail address), the JSON API (Bearer) to read
 * and write, or the JSON API to read only (its safe methods: GET, HEAD, OPTIONS).
 */
export const APP_PASSWORD_SCOPES = ['webdav', 'api', 'api-read'] as const;
export type AppPasswordScope = (typeof APP_PASSWORD_SCOPES)[number];
export const APP_PASSWORD_NAME_MAX_LENGTH = 100;
/** Open (neither revoked nor expired) app passwords a person may have at once. */
export const APP_PASSWORDS_PER_PERSON = 20;
/** The longest an app password may be valid when it expires at all, in days. */
export const APP_PASSWORD_MAX_DAYS = 365;
/** The lifetimes the account page offers, in days; null: until revoked. */
export const APP_PASSWORD_LIFETIMES = [30, 90, 365, null] as const;

/** `GET /api/me/app-passwords`: one of my app passwords, never its secret. */
export interface AppPassword {
  id: string;
  name: string;
  scope: AppPasswordScope;
  /** The token's last four characters, to tell it apart. */
  lastFour: string;
  createdAt: string;
  lastUsedAt: string | null;
  /** After this moment it opens nothing; null: until revoked. */
  expiresAt: string | null;
}

/** `POST /api/me/app-passwords`: the new app password with its token, shown this once. */
export interface CreatedAppPassword extends AppPassword {
  token: string;
}
