import { and, eq, sql } from 'drizzle-orm';
import type { EndorsementInput, EndorsementResult } from '../../../../shared/contracts/network-profiles.ts';
import { networkNotificationKinds } from '../../../../shared/network-notification-kinds.ts';
import type { Config } from '../../../config.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Db, Tx } from '../../../platform/db/client.ts';
import { newId } from '../../../platform/db/ids.ts';
import { forbidden, notFound, unauthenticated } from '../../../platform/errors/problem.ts';
import { notify } from '../../notifications/notify.ts';
import { checkPostingLimit } from '../posting-limits.ts';
import { networkEndorsements, networkExpertise, networkTags } from '../tables.ts';
import { visiblePerson } from './person-profile.ts';
import { seesProfile } from './visibility.ts';

/** The expertise (held for the change) when the viewer may see it; 404 otherwise, 403 for one's own. */
async function endorsableExpertise(tx: Tx, principal: Principal, personId: string, tagId: string) {
  await visiblePerson(tx, personId);
  if (!(await seesProfile(tx, principal.personId, personId))) throw notFound('Expertise');
  const [expertise] = await tx
    .select({ tagName: networkTags.name })
    .from(networkExpertise)
    .innerJoin(networkTags, eq(networkTags.id, networkExpertise.tagId))
    .where(and(eq(networkExpertise.personId, personId), eq(networkExpertise.tagId, tagId)))
    .for('update', { of: networkExpertise });
  if (!expertise) throw notFound('Expertise');
  if (principal.personId === personId) throw forbidden('Nobody endorses their own expertise.');
  return expertise;
}

async function recount(tx: Tx, personId: string, tagId: string): Promise<number> {
  const [row] = await tx
    .update(networkExpertise)
    .set({
      endorsementCount: sql`(select count(*)::int from network_endorsements en where en.person_id = ${personId} and en.tag_id = ${tagId})`,
    })
    .where(and(eq(networkExpertise.personId, personId), eq(networkExpertise.tagId, tagId)))
    .returning({ n: networkExpertise.endorsementCount });
  return row?.n ?? 0;
}

/**
 * Endorses a colleague's expertise ("hat mir bei … geholfen"). Once per endorser: endorsing again is
 * idempotent (the note is updated, nothing is counted or notified twice) and answers `created: false`.
 */
export async function endorse(
  db: Db,
  config: Config,
  principal: Principal | null,
  personId: string,
  tagId: string,
  input: EndorsementInput,
): Promise<EndorsementResult & { created: boolean }> {
  if (!principal) throw unauthenticated();
  return db.transaction(async (tx) => {
    const expertise = await endorsableExpertise(tx, principal, personId, tagId);
    const note = input.note.trim();
    const [existing] = await tx
      .select({ id: networkEndorsements.id })
      .from(networkEndorsements)
      .where(
        and(
          eq(networkEndorsements.personId, personId),
          eq(networkEndorsements.tagId, tagId),
          eq(networkEndorsements.endorserId, principal.personId),
        ),
      );
    if (existing) {
      await tx.update(networkEndorsements).set({ note }).where(eq(networkEndorsements.id, existing.id));
      return { endorsementCount: await recount(tx, personId, tagId), endorsedByMe: true, created: false };
    }
    await checkPostingLimit(tx, config, 'endorsement', principal.personId);
    await tx.insert(networkEndorsements).values({ id: newId(), personId, tagId, endorserId: principal.personId, note });
    const endorsementCount = await recount(tx, personId, tagId);
    await notify(tx, [personId], {
      kind: networkNotificationKinds.endorsement,
      data: { actorName: principal.name, tagName: expertise.tagName, excerpt: note },
      link: `/network/people/${personId}`,
    });
    return { endorsementCount, endorsedByMe: true, created: true };
  });
}

/** Takes my endorsement back; 404 when there is none I could see. */
export async function withdrawEndorsement(
  db: Db,
  principal: Principal | null,
  personId: string,
  tagId: string,
): Promise<EndorsementResult> {
  if (!principal) throw unauthenticated();
  return db.transaction(async (tx) => {
    await endorsableExpertise(tx, principal, personId, tagId);
    const removed = await tx
      .delete(networkEndorsements)
      .where(
        and(
          eq(networkEndorsements.personId, personId),
          eq(networkEndorsements.tagId, tagId),
          eq(networkEndorsements.endorserId, principal.personId),
        ),
      )
      .returning({ id: networkEndorsements.id });
    if (removed.length === 0) throw notFound('Endorsement');
    return { endorsementCount: await recount(tx, personId, tagId), endorsedByMe: false };
  });
}
