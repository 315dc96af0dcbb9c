import { and, eq, inArray, sql } from 'drizzle-orm';
import { type DigestFrequency, NOTIFICATION_KINDS, type NotificationKind } from '../../../shared/notification-kinds.ts';
import type { Tx } from '../../platform/db/client.ts';
import { notificationPreferences, notificationSettings } from './tables.ts';

export interface Choice {
  inApp: boolean;
  mail: boolean;
}

/**
 * The stored choices of these people for these kinds, keyed `${personId} ${kind}`. A pair without an
 * entry follows the kind's default (in the app on; mail as NOTIFICATION_KINDS says).
 */
export async function choicesFor(
  tx: Tx,
  personIds: readonly string[],
  kinds: readonly string[],
): Promise<Map<string, Choice>> {
  const map = new Map<string, Choice>();
  if (personIds.length === 0) return map;
  const rows = await tx
    .select()
    .from(notificationPreferences)
    .where(
      and(
        inArray(notificationPreferences.personId, [...new Set(personIds)]),
        inArray(notificationPreferences.kind, [...new Set(kinds)]),
      ),
    );
  for (const row of rows) map.set(`${row.personId} ${row.kind}`, { inApp: row.inApp, mail: row.mail });
  return map;
}

/** A person's settings: every kind with its choice (stored or default) and the digest frequency. */
export async function settingsOf(tx: Tx, personId: string) {
  const rows = await tx.select().from(notificationPreferences).where(eq(notificationPreferences.personId, personId));
  const settings = await tx
    .select({ digestFrequency: notificationSettings.digestFrequency })
    .from(notificationSettings)
    .where(eq(notificationSettings.personId, personId));
  const stored = new Map(rows.map((r) => [r.kind, r]));
  return {
    digestFrequency: (settings[0]?.digestFrequency ?? 'soon') as DigestFrequency,
    kinds: NOTIFICATION_KINDS.map(({ kind, group, mailByDefault }) => {
      const row = stored.get(kind);
      return { kind, group, inApp: row?.inApp ?? true, mail: row?.mail ?? mailByDefault };
    }),
  };
}

/** Stores choices for kinds (replacing earlier ones of the same kinds). */
export async function saveChoices(
  tx: Tx,
  personId: string,
  choices: readonly { kind: NotificationKind; inApp: boolean; mail: boolean }[],
) {
  if (choices.length === 0) return;
  // The last choice of a kind named twice wins.
  const byKind = new Map(choices.map((c) => [c.kind, c]));
  await tx
    .insert(notificationPreferences)
    .values([...byKind.values()].map((c) => ({ personId, kind: c.kind, inApp: c.inApp, mail: c.mail })))
    .onConflictDoUpdate({
      target: [notificationPreferences.personId, notificationPreferences.kind],
      set: { inApp: sql`excluded.in_app`, mail: sql`excluded.mail` },
    });
}

export async function saveDigestFrequency(tx: Tx, personId: string, digestFrequency: DigestFrequency) {
  await tx
    .insert(notificationSettings)
    .values({ personId, digestFrequency })
    .onConflictDoUpdate({
      target: notificationSettings.personId,
      set: { digestFrequency, updatedAt: sql`now()` },
    });
}

/** Notes when a person's last digest mail went out (daily and weekly digests count from it). */
export async function stampDigestSent(tx: Tx, personIds: readonly string[], at: Date) {
  if (personIds.length === 0) return;
  await tx
    .insert(notificationSettings)
    .values(personIds.map((personId) => ({ personId, lastDigestAt: at })))
    .onConflictDoUpdate({ target: notificationSettings.personId, set: { lastDigestAt: at } });
}

/** When these people's last digests went out (null for none), keyed by person. */
export async function lastDigestsOf(tx: Tx, personIds: readonly string[]): Promise<Map<string, Date | null>> {
  const map = new Map<string, Date | null>(personIds.map((id) => [id, null]));
  if (personIds.length === 0) return map;
  const rows = await tx
    .select({ personId: notificationSettings.personId, lastDigestAt: notificationSettings.lastDigestAt })
    .from(notificationSettings)
    .where(inArray(notificationSettings.personId, [...personIds]));
  for (const row of rows) map.set(row.personId, row.lastDigestAt);
  return map;
}

/** Puts a person's last digest back to what it was, unless a later digest has stamped it since `at`. */
export async function restoreLastDigest(tx: Tx, personId: string, previous: Date | null, at: Date) {
  await tx
    .update(notificationSettings)
    .set({ lastDigestAt: previous })
    .where(and(eq(notificationSettings.personId, personId), eq(notificationSettings.lastDigestAt, at)));
}
