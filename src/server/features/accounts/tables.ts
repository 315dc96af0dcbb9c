import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { persons } from '../../platform/auth/tables.ts';

/** One-time tokens sent by mail: e-mail verification and password reset. */
export const emailTokens = pgTable(
  'email_tokens',
  {
    id: uuid('id').primaryKey(),
    tokenHash: text('token_hash').notNull(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    purpose: text('purpose').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('email_tokens_hash_key').on(t.tokenHash), index('email_tokens_person').on(t.personId)],
);

/**
 * Sign-in attempts, counted to slow down failures per (account, address), per address and per account.
 * Successes are kept longer: they mark the addresses an account is known to sign in from.
 */
export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: uuid('id').primaryKey(),
    email: text('email').notNull(),
    ip: text('ip').notNull(),
    succeeded: boolean('succeeded').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('login_attempts_email').on(t.email, t.createdAt),
    index('login_attempts_ip').on(t.ip, t.createdAt),
    // The pair's own failures, its last success, and whether an address is known all look up (e-mail, address).
    index('login_attempts_pair').on(t.email, t.ip, t.createdAt),
  ],
);

/**
 * When an account's owner was last mailed about failed sign-ins, so that they get one mail per window and
 * not one per failure. Keyed by the e-mail address tried, not the person, so that an address without an
 * account costs the same work and its answer takes the same time.
 */
export const loginAlerts = pgTable('login_alerts', {
  email: text('email').primaryKey(),
  sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A person's TOTP second factor. The row exists from the start of enrolment; `enabledAt` is set once the
 * person has confirmed a current code, and only then does sign-in ask for one. The secret is never sent
 * again after enrolment. `lastStep` is the newest 30-second step a code was accepted for, so that a code
 * cannot be used twice.
 */
export const twoFactorSecrets = pgTable('two_factor_secrets', {
  personId: uuid('person_id')
    .primaryKey()
    .references(() => persons.id, { onDelete: 'cascade' }),
  secret: text('secret').notNull(),
  enabledAt: timestamp('enabled_at', { withTimezone: true }),
  lastStep: integer('last_step').notNull().default(0),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** One-time recovery codes for the second factor, hashed with argon2id like passwords. */
export const twoFactorRecoveryCodes = pgTable(
  'two_factor_recovery_codes',
  {
    id: uuid('id').primaryKey(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('two_factor_recovery_codes_person').on(t.personId)],
);

/**
 * Half-done sign-ins: the password was right and the second factor is still due. Only the sha256 of the
 * token handed to the browser is stored; it expires after a few minutes and is used once.
 */
export const twoFactorChallenges = pgTable(
  'two_factor_challenges',
  {
    id: uuid('id').primaryKey(),
    tokenHash: text('token_hash').notNull(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('two_factor_challenges_token_hash_key').on(t.tokenHash),
    index('two_factor_challenges_person').on(t.personId),
  ],
);
