import { index, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { persons, sessions } from '../../platform/auth/tables.ts';
import { organisations } from '../organisations/tables.ts';

/**
 * Which account an identity provider's person is: the pair (issuer, subject) is the provider's stable
 * name for them (OpenID Connect Core 1.0, 2), never the e-mail address, which may change or be reused.
 */
export const ssoIdentities = pgTable(
  'sso_identities',
  {
    id: uuid('id').primaryKey(),
    providerId: text('provider_id').notNull(),
    issuer: text('issuer').notNull(),
    subject: text('subject').notNull(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('sso_identities_issuer_subject_key').on(t.issuer, t.subject),
    index('sso_identities_person').on(t.personId),
  ],
);

/**
 * Sign-ins sent to a provider and not yet back. Only the sha256 of `state` is kept; the nonce and the
 * PKCE verifier live here for the few minutes until the callback, which uses the row once.
 * `linkPersonId` is set when a signed-in person links the provider to their account.
 */
export const ssoFlows = pgTable(
  'sso_flows',
  {
    id: uuid('id').primaryKey(),
    stateHash: text('state_hash').notNull(),
    providerId: text('provider_id').notNull(),
    nonce: text('nonce').notNull(),
    codeVerifier: text('code_verifier').notNull(),
    returnTo: text('return_to'),
    linkPersonId: uuid('link_person_id').references(() => persons.id, { onDelete: 'cascade' }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('sso_flows_state_hash_key').on(t.stateHash), index('sso_flows_expires').on(t.expiresAt)],
);

/**
 * Providers added by platform admins in the admin area (those of `OIDC_PROVIDERS` stay in the environment).
 * The client secret is stored sealed (AES-256-GCM under `TWO_FACTOR_KEY`, bound to the provider's id) and
 * never leaves the server again. `disabledAt` hides the provider from the sign-in page and refuses its flows.
 */
export const ssoProviders = pgTable('sso_providers', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  issuer: text('issuer').notNull(),
  clientId: text('client_id').notNull(),
  clientSecretSealed: text('client_secret_sealed').notNull(),
  organisationIds: jsonb('organisation_ids').$type<string[]>().notNull().default([]),
  claimName: text('claim_name').notNull().default('name'),
  claimEmail: text('claim_email').notNull().default('email'),
  claimOrganisation: text('claim_organisation'),
  claimGroups: text('claim_groups'),
  /** Group value → organisation role, applied at each sign-in to the membership of the vouched organisation. */
  groupRoles: jsonb('group_roles').$type<Array<{ group: string; role: string }>>().notNull().default([]),
  disabledAt: timestamp('disabled_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Sessions a provider's sign-in opened, with the provider's session id (`sid`) and subject, so that the
 * provider's back-channel logout can end them. Gone with the session.
 */
export const ssoSessions = pgTable(
  'sso_sessions',
  {
    sessionId: uuid('session_id')
      .primaryKey()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    providerId: text('provider_id').notNull(),
    issuer: text('issuer').notNull(),
    subject: text('subject').notNull(),
    sid: text('sid'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('sso_sessions_issuer_sid').on(t.issuer, t.sid),
    index('sso_sessions_issuer_subject').on(t.issuer, t.subject),
  ],
);

/** Logout tokens already used (their `jti`), kept until they would have expired anyway: a replay finds its row. */
export const ssoLogoutTokens = pgTable(
  'sso_logout_tokens',
  {
    issuer: text('issuer').notNull(),
    jti: text('jti').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.issuer, t.jti] }), index('sso_logout_tokens_expires').on(t.expiresAt)],
);

/**
 * Organisations whose members must sign in by single sign-on: set by the organisation's admins, only while a
 * provider vouches for the organisation. Password sign-in, password reset and new app passwords are refused
 * for its members (never for platform admins).
 */
export const ssoRequiredOrganisations = pgTable('sso_required_organisations', {
  organisationId: uuid('organisation_id')
    .primaryKey()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  setBy: uuid('set_by').references(() => persons.id, { onDelete: 'set null' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * The password hash an account created by single sign-on was given: a random password no one knows. While
 * the person's hash is still this one they have no password of their own (a reset by mail gives them one),
 * so their last linked identity cannot be unlinked.
 */
export const ssoUnusablePasswords = pgTable('sso_unusable_passwords', {
  personId: uuid('person_id')
    .primaryKey()
    .references(() => persons.id, { onDelete: 'cascade' }),
  passwordHash: text('password_hash').notNull(),
});
