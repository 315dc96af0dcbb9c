import { bigint, boolean, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { persons } from '../../../platform/auth/tables.ts';
import { organisations } from '../../organisations/tables.ts';
import { twoFactorChallenges } from '../tables.ts';

/**
 * Passkeys (WebAuthn credentials) a person registered as a second factor. The credential id and the COSE
 * public key are stored base64url-encoded; `counter` is the authenticator's signature counter, which may
 * only grow (0 stays allowed for authenticators that do not count, as synced passkeys do).
 */
export const passkeyCredentials = pgTable(
  'passkey_credentials',
  {
    id: uuid('id').primaryKey(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    credentialId: text('credential_id').notNull(),
    publicKey: text('public_key').notNull(),
    counter: bigint('counter', { mode: 'number' }).notNull().default(0),
    transports: jsonb('transports').$type<string[]>().notNull().default([]),
    name: text('name').notNull(),
    backedUp: boolean('backed_up').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('passkey_credentials_credential_id_key').on(t.credentialId),
    index('passkey_credentials_person').on(t.personId),
  ],
);

/**
 * WebAuthn challenges handed out for a ceremony: registering a passkey, the second step of a sign-in (bound
 * to its half-done sign-in) or a step-up. In the database, so that any server process may answer; each is
 * short-lived and used once.
 */
export const passkeyChallenges = pgTable(
  'passkey_challenges',
  {
    id: uuid('id').primaryKey(),
    challenge: text('challenge').notNull(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    /** `register`, `sign-in` or `step-up`. */
    purpose: text('purpose').notNull(),
    signInChallengeId: uuid('sign_in_challenge_id').references(() => twoFactorChallenges.id, { onDelete: 'cascade' }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('passkey_challenges_challenge_key').on(t.challenge),
    index('passkey_challenges_person').on(t.personId),
  ],
);

/**
 * Organisations whose admins (`admins`) or all of whose members (`members`) must have a second factor: set by
 * the organisation's admins. A person it applies to who has none gets a session that reaches only the
 * enrolment (see `two-factor-requirement.ts`).
 */
export const organisationTwoFactorRequirements = pgTable('organisation_two_factor_requirements', {
  organisationId: uuid('organisation_id')
    .primaryKey()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  scope: text('scope').notNull(),
  setBy: uuid('set_by').references(() => persons.id, { onDelete: 'set null' }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
