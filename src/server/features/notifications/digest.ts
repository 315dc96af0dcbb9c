import type { Deps } from '../../deps.ts';
import { every } from '../../platform/jobs/every.ts';
import { type DigestItem, digestMail } from './digest-mail.ts';
import { lastDigestsOf, restoreLastDigest, stampDigestSent } from './preferences.ts';
import { claimDueNotifications, digestRecipients, lockPeopleDueForDigest, releaseClaim } from './queries.ts';

/** At most this many notifications, of at most PEOPLE people, are claimed per run; the rest wait for the next minute. */
const BATCH = 2000;
const PEOPLE = 500;

type DigestDeps = Pick<Deps, 'db' | 'mailer' | 'config'>;

interface Logger {
  error(obj: object, msg: string): void;
}

/**
 * Mails every person the unread, unmailed notifications of the kinds they get by mail (their settings,
 * else each kind's default in src/shared/notification-kinds.ts), as often as they chose: `soon` once a
 * notification waited the digest delay, `daily` after 7:00 Berlin time, `weekly` on Mondays, `never`
 * not at all; all in one mail per person, and stamps them mailed.
 *
 * Safe to run in several processes at once: a person is claimed whole by one of them, in one
 * transaction that holds an advisory lock on the person (another process skips the person meanwhile),
 * stamps the claimed notifications mailed and the person's last digest sent. A process that takes the
 * lock after that commit sees both, so a daily or weekly person gets one mail per period, and what
 * arrives after it waits for the next. A mail that fails gives its notifications and the person's last
 * digest back for the next run; a crash between claim and send loses that mail (the notifications stay
 * in the app).
 */
export async function sendNotificationDigests(
  deps: DigestDeps,
  now: Date = new Date(),
  log?: Logger,
): Promise<{ mails: number; notifications: number }> {
  const cutoff = new Date(now.getTime() - deps.config.notificationDigestMinutes * 60_000);
  const { claimed, previous } = await deps.db.transaction(async (tx) => {
    const people = await lockPeopleDueForDigest(tx, now, cutoff, PEOPLE);
    const rows = await claimDueNotifications(tx, people, now, cutoff, BATCH);
    const claimedPeople = [...new Set(rows.map((r) => r.personId))];
    const before = await lastDigestsOf(tx, claimedPeople);
    // Daily and weekly digests count from here.
    await stampDigestSent(tx, claimedPeople, now);
    return { claimed: rows, previous: before };
  });
  if (claimed.length === 0) return { mails: 0, notifications: 0 };

  const byPerson = new Map<string, typeof claimed>();
  for (const row of claimed) {
    const list = byPerson.get(row.personId) ?? [];
    list.push(row);
    byPerson.set(row.personId, list);
  }
  // Locked and unverified people get no mail; their claimed rows stay stamped so they are not retried.
  const recipients = await digestRecipients(deps.db, [...byPerson.keys()]);

  let mails = 0;
  let notifications = 0;
  for (const person of recipients) {
    // Oldest first, as the conversations went; UUIDv7 IDs order notifications made in the same instant.
    const rows = (byPerson.get(person.id) ?? []).sort(
      (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1),
    );
    const items: DigestItem[] = rows.map(({ kind, data, link, createdAt }) => ({ kind, data, link, createdAt }));
    try {
      await deps.mailer.send(
        digestMail({
          to: person,
          items,
          publicUrl: deps.config.publicUrl,
          delayMinutes: deps.config.notificationDigestMinutes,
          frequency:
            person.digestFrequency === 'daily' || person.digestFrequency === 'weekly' ? person.digestFrequency : 'soon',
        }),
      );
      mails += 1;
      notifications += rows.length;
    } catch (err) {
      log?.error({ err, personId: person.id }, 'notification digest mail failed; retrying on the next run');
      await deps.db.transaction(async (tx) => {
        await releaseClaim(
          tx,
          rows.map((r) => r.id),
          now,
        );
        await restoreLastDigest(tx, person.id, previous.get(person.id) ?? null, now);
      });
    }
  }
  return { mails, notifications };
}

/**
 * Runs the digest every `intervalMs` (a minute by default) until stopped. A run still going when the
 * next is due is not doubled; the timer does not keep the process alive.
 */
export function startNotificationDigests(
  deps: DigestDeps,
  options: { intervalMs?: number; log?: Logger } = {},
): { stop(): Promise<void> } {
  return every(options.intervalMs ?? 60_000, () => sendNotificationDigests(deps, new Date(), options.log), {
    onError: (err) => options.log?.error({ err }, 'notification digest run failed'),
  });
}
