import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { persons } from '../../platform/auth/tables.ts';

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
