import { sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { InterestInput } from '../../../../shared/contracts/atlas.ts';
import type { Deps } from '../../../deps.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { conflict, forbidden, notFound, Problem } from '../../../platform/errors/problem.ts';
import { notify } from '../../notifications/notify.ts';
import { organisationSummary } from '../../organisations/summary.ts';
import { canSee } from '../policy.ts';
import { contactsOf, findById, recentInterests, senderOf } from '../queries.ts';
import { interestMail } from '../records/interest-mail.ts';
import { touchRecordAnswers } from '../records/record-cache.ts';
import { recordInterest } from '../records/record-writes.ts';
import type { AtlasActor } from '../viewer.ts';

/** At most this many contact requests per person and hour, and one per person and record per day. */
export const INTEREST_LIMITS = { perHour: 5, perRecordPerDay: 1 } as const;

const EXCERPT_MAX = 200;

/**
 * "Kontakt aufnehmen" and "Interesse an Nachnutzung": a signed-in person with a verified account
 * writes to the contacts of a published record. Linked contacts get an in-app notification and a
 * mail, external ones a mail; answers go to the sender (Reply-To). Both kinds count towards the
 * record's interest count, the one figure of demand the record shows.
 */
export async function showInterestCommand(
  deps: Deps,
  actor: AtlasActor,
  id: string,
  input: InterestInput,
  log: FastifyBaseLogger,
): Promise<{ interestCount: number; recipients: number }> {
  const message = input.message.trim();
  const result = await deps.db.transaction(async (tx) => {
    const record = await findById(tx, id);
    if (!record || !canSee(actor.viewer, record)) throw notFound('Cooperation');
    if (record.state !== 'published') {
      throw conflict('not-published', 'Only published records can be contacted');
    }
    const sender = await senderOf(tx, actor.viewer.personId);
    if (!sender?.verified) throw forbidden('Confirm your e-mail address before writing to contacts.');
    const contacts = (await contactsOf(tx, id)).filter((c) => !c.personLocked);
    if (contacts.length === 0) throw conflict('no-contacts', 'The record names no contact to write to');
    await throttle(tx, actor.viewer.personId, id);

    const interestCount = await recordInterest(tx, {
      cooperationId: id,
      personId: actor.viewer.personId,
      kind: input.kind,
      message,
    });
    const organisation = actor.viewer.organisationId
      ? await organisationSummary(tx, actor.viewer.organisationId)
      : null;
    const link = `/atlas/${record.slug}`;
    const linked = contacts.flatMap((c) => (c.personId && c.personEmail ? [c.personId] : []));
    await notify(
      tx,
      linked.filter((personId) => personId !== actor.viewer.personId),
      {
        kind: 'cooperation-contact',
        data: {
          actorName: sender.name,
          actorOrganisation: organisation?.name ?? null,
          title: record.title,
          excerpt: excerpt(message),
          interestKind: input.kind,
        },
        link,
      },
    );
    const recipients = mailRecipients(contacts, actor.viewer.personId);
    return { interestCount, recipients, record, sender, organisationName: organisation?.name ?? null, link };
  });
  // The interest count is part of the record's cached public answer.
  touchRecordAnswers();
  await deps.publisher.flush();

  for (const to of result.recipients) {
    // The request is recorded and the linked contacts notified whether or not a mail gets through.
    await deps.mailer
      .send(
        interestMail({
          to,
          sender: { name: result.sender.name, email: result.sender.email, organisationName: result.organisationName },
          kind: input.kind,
          title: result.record.title,
          message,
          link: `${deps.config.publicUrl}${result.link}`,
        }),
      )
      .catch((err: unknown) => log.warn({ err, cooperationId: id }, 'contact request mail failed'));
  }
  return { interestCount: result.interestCount, recipients: result.recipients.length };
}

/** Serialises one person's requests (advisory lock) and refuses more than the limits allow (429). */
async function throttle(tx: Tx, personId: string, cooperationId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`atlas-interest:${personId}`}))`);
  const recent = await recentInterests(tx, personId, cooperationId);
  if (recent.thisRecordToday >= INTEREST_LIMITS.perRecordPerDay) {
    throw new Problem(429, 'rate-limited', 'Too many requests', 'You have already written about this record today.');
  }
  if (recent.lastHour >= INTEREST_LIMITS.perHour) {
    throw new Problem(429, 'rate-limited', 'Too many requests', 'Please wait an hour before writing again.');
  }
}

/** One mail per address: linked people at their account's address, external contacts at theirs. */
function mailRecipients(contacts: Awaited<ReturnType<typeof contactsOf>>, senderId: string) {
  const seen = new Set<string>();
  const result: Array<{ email: string; name: string | null; locale: string }> = [];
  for (const c of contacts) {
    if (c.personId === senderId) continue;
    const email = c.personEmail ?? c.email;
    if (!email || seen.has(email)) continue;
    seen.add(email);
    result.push({ email, name: c.personName ?? c.name, locale: c.personLocale ?? 'de' });
  }
  return result;
}

function excerpt(message: string): string {
  const text = message.replace(/\s+/g, ' ');
  return text.length > EXCERPT_MAX ? `${text.slice(0, EXCERPT_MAX - 1)}…` : text;
}
