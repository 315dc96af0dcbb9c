import { type SQL, sql } from 'drizzle-orm';
import { type Contributions, FORMER_PERSON_NAME } from '../../../../shared/contracts/account-deletion.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { rowsOf } from '../../../platform/db/sql-rows.ts';
import { eraseContributions } from './erase-contributions.ts';
import { eraseEventRegistrations } from './free-event-places.ts';

/** What the caller does after the transaction commits: remove these blobs (unless another row still has them). */
export interface Erased {
  blobKeys: string[];
}

const run = (tx: Tx, query: SQL) => tx.execute(query);

/** The address a deleted account's row keeps: unique, never deliverable (`.invalid`, RFC 2606), frees the real one. */
export const formerAddress = (personId: string) => `deleted-${personId}@deleted.invalid`;

/**
 * Removes a person's account in the caller's transaction (DSGVO Art. 17). Like the export (my-data/parts),
 * it reaches into every area's tables by raw SQL: an erasure must reach every place a person's data lives,
 * and it must be one transaction. The person's row stays, anonymised, because many areas keep an author
 * ID without a foreign key (messages, records, revisions, documents, the audit log) and must still find
 * a name: "ehemalige Person".
 */
export async function erasePerson(
  tx: Tx,
  person: { id: string; email: string; name: string },
  contributions: Contributions,
): Promise<Erased> {
  const personId = person.id;
  const blobKeys: string[] = [];
  // Sign-in, sessions, second factor, tokens, links to identity providers, open uploads and locks.
  for (const table of [
    'sessions',
    'app_passwords',
    'two_factor_secrets',
    'two_factor_recovery_codes',
    'two_factor_challenges',
    'passkey_credentials',
    'passkey_challenges',
    'email_tokens',
    'sso_identities',
    'sso_unusable_passwords',
    'idempotency_keys',
    'calendar_feeds',
    'portfolio_subscriptions',
    'doc_uploads',
    'event_feeds',
  ]) {
    await run(tx, sql`delete from ${sql.identifier(table)} where person_id = ${personId}`);
  }
  await run(tx, sql`delete from sso_flows where link_person_id = ${personId}`);
  // Sign-in attempts and alerts are kept by address: the address is the person's.
  await run(tx, sql`delete from login_attempts where email = ${person.email}`);
  await run(tx, sql`delete from login_alerts where email = ${person.email}`);
  await run(tx, sql`delete from doc_locks where owner_id = ${personId}`);

  // The bell and its settings.
  for (const table of ['notifications', 'notification_settings', 'notification_preferences']) {
    await run(tx, sql`delete from ${sql.identifier(table)} where person_id = ${personId}`);
  }
  await eraseFromOthersBells(tx, person.name, contributions);

  // Memberships, follows, open requests, assignments and reviews still to give.
  for (const table of [
    'organisation_memberships',
    'workspace_members',
    'workspace_join_requests',
    'community_members',
    'channel_members',
    'project_task_assignees',
    'question_follows',
    'tag_follows',
    'message_mentions',
    'cooperation_interests',
    'service_offer_experts',
  ]) {
    await run(tx, sql`delete from ${sql.identifier(table)} where person_id = ${personId}`);
  }
  await eraseEventRegistrations(tx, personId);
  await run(tx, sql`delete from doc_approval_reviewers where person_id = ${personId} and decision is null`);
  await run(tx, sql`update projects set lead_person_id = null where lead_person_id = ${personId}`);
  await run(tx, sql`update wiki_pages set owner_id = null where owner_id = ${personId}`);
  // A contact of an atlas record who had an account: the record keeps its other contacts.
  await run(tx, sql`delete from cooperation_contacts where person_id = ${personId}`);

  // The network profile and expertise; endorsements given are taken back from the others' counts.
  await run(
    tx,
    sql`update network_expertise e set endorsement_count = greatest(e.endorsement_count - 1, 0)
        from network_endorsements n
        where n.endorser_id = ${personId} and n.person_id = e.person_id and n.tag_id = e.tag_id`,
  );
  await run(tx, sql`delete from network_endorsements where endorser_id = ${personId} or person_id = ${personId}`);
  await run(tx, sql`delete from network_expertise_proofs where person_id = ${personId}`);
  await run(tx, sql`delete from network_expertise where person_id = ${personId}`);
  await run(tx, sql`delete from network_profiles where person_id = ${personId}`);

  // Their data exports: the archives go with the jobs.
  const exports = rowsOf<{ key: string | null }>(
    await run(
      tx,
      sql`delete from jobs where created_by = ${personId} and kind = 'my-data.export' returning result->>'blobKey' as key`,
    ),
  );
  for (const row of exports) if (row.key) blobKeys.push(row.key);

  if (contributions === 'delete') blobKeys.push(...(await eraseContributions(tx, personId)));

  // The audit log keeps the fact (what, when, by whom), not the content: no details, no address.
  await run(
    tx,
    sql`update audit_log set details = null, ip = null
        where actor_id = ${personId} or (subject_type = 'person' and subject_id = ${personId}::text)`,
  );

  await run(
    tx,
    sql`update persons set name = ${FORMER_PERSON_NAME}, email = ${formerAddress(personId)}, password_hash = '!deleted',
          email_verified_at = null, locked_at = coalesce(locked_at, now()), is_platform_admin = false, locale = 'de',
          deleted_at = now(), updated_at = now()
        where id = ${personId}`,
  );
  return { blobKeys };
}

/**
 * Others' notifications name the person who acted (`actorName`, e.g. "X mentioned you", with an excerpt
 * of what X wrote); they hold no ID of the actor, so they are found by the name. Kept contributions leave
 * the notification standing under "ehemalige Person"; deleted ones take their notifications along (the
 * excerpt is the contribution). A notification naming another person of exactly the same name is treated
 * alike: erasure errs on the side of erasing.
 */
async function eraseFromOthersBells(tx: Tx, name: string, contributions: Contributions): Promise<void> {
  const naming = sql`data->>'actorName' = ${name}`;
  if (contributions === 'delete') {
    await run(tx, sql`delete from notifications where ${naming}`);
    return;
  }
  await run(
    tx,
    sql`update notifications set data = jsonb_set(data, '{actorName}', to_jsonb(${FORMER_PERSON_NAME}::text)) where ${naming}`,
  );
}
