import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { rowsOf } from '../../../platform/db/sql-rows.ts';
import { buildTestApp } from '../../../test/test-app.ts';

const t = await buildTestApp();

/**
 * Every column that refers to persons by a foreign key, and what a deletion does with it. A new one
 * fails this test until erase-person.ts (or erase-contributions.ts) handles it and it is listed here.
 */
const HANDLED: Record<string, 'erased' | 'kept or erased by choice' | 'kept: who decided'> = {
  'sessions.person_id': 'erased',
  'app_passwords.person_id': 'erased',
  'email_tokens.person_id': 'erased',
  'idempotency_keys.person_id': 'erased',
  'two_factor_secrets.person_id': 'erased',
  'two_factor_recovery_codes.person_id': 'erased',
  'two_factor_challenges.person_id': 'erased',
  'passkey_credentials.person_id': 'erased',
  'passkey_challenges.person_id': 'erased',
  'sso_identities.person_id': 'erased',
  'sso_flows.link_person_id': 'erased',
  'sso_unusable_passwords.person_id': 'erased',
  'sso_required_organisations.set_by': 'kept: who decided',
  'organisation_two_factor_requirements.set_by': 'kept: who decided',
  'notification_settings.person_id': 'erased',
  'notification_preferences.person_id': 'erased',
  'community_members.person_id': 'erased',
  'network_profiles.person_id': 'erased',
  'network_expertise.person_id': 'erased',
  'network_expertise_proofs.person_id': 'erased',
  'network_endorsements.person_id': 'erased',
  'network_endorsements.endorser_id': 'erased',
  'question_follows.person_id': 'erased',
  'tag_follows.person_id': 'erased',
  'wiki_pages.owner_id': 'erased',
  'questions.author_id': 'kept or erased by choice',
  'answers.author_id': 'kept or erased by choice',
  'post_comments.author_id': 'kept or erased by choice',
  // A vote carries no text; a report is the moderators' record. Both stay (those on deleted posts go).
  'post_votes.person_id': 'kept: who decided',
  'post_reports.reporter_id': 'kept: who decided',
  'service_offer_experts.person_id': 'erased',
};

describe('account deletion: coverage', () => {
  it('knows every foreign key to persons', async () => {
    const found = rowsOf<{ ref: string }>(
      await t.deps.db.execute(
        sql`select cl.relname || '.' || a.attname as ref
            from pg_constraint c
            join pg_class cl on cl.oid = c.conrelid
            join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any(c.conkey)
            where c.contype = 'f' and c.confrelid = 'persons'::regclass
            order by 1`,
      ),
    ).map((row) => row.ref);
    expect(found.filter((ref) => !(ref in HANDLED))).toEqual([]);
  });
});
