import { eq, sql } from 'drizzle-orm';
import type { MergeResult } from '../../../../shared/contracts/network-profiles.ts';
import { audit } from '../../../platform/audit/audit.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Db } from '../../../platform/db/client.ts';
import { rowsOf } from '../../../platform/db/sql-rows.ts';
import { forbidden, invalid, notFound, unauthenticated } from '../../../platform/errors/problem.ts';
import { networkTags } from '../tables.ts';

/**
 * Merges a duplicate tag into another (platform admins). Everything moves to the surviving tag in one
 * transaction: expertise (a person who had both keeps the higher level), proofs, endorsements (one per
 * endorser and person, as the unique index wants; the counts are counted again), question tags and
 * tag follows. The duplicate stays as a pointer, so its folded name leads to the survivor.
 */
export async function mergeTags(
  db: Db,
  principal: Principal | null,
  id: string,
  intoId: string,
  ip: string | null,
): Promise<MergeResult> {
  if (!principal) throw unauthenticated();
  if (!principal.isPlatformAdmin) throw forbidden('Only platform administrators merge tags.');
  if (id === intoId) throw invalid([{ field: '/into', message: 'A tag cannot be merged into itself.' }]);
  return db.transaction(async (tx) => {
    const locked = await tx
      .select({ id: networkTags.id, name: networkTags.name, mergedInto: networkTags.mergedInto })
      .from(networkTags)
      .where(sql`${networkTags.id} in (${id}, ${intoId})`)
      .orderBy(networkTags.id)
      .for('update');
    const from = locked.find((tag) => tag.id === id);
    const into = locked.find((tag) => tag.id === intoId);
    if (!from || from.mergedInto !== null) throw notFound('Tag');
    if (!into || into.mergedInto !== null) throw invalid([{ field: '/into', message: 'No such tag to merge into.' }]);

    const [moved] = rowsOf<{ n: number }>(
      await tx.execute(sql`select count(*)::int as n from network_expertise where tag_id = ${id}`),
    );
    // Expertise: the survivor's row keeps the higher level; rows only the duplicate had move over.
    await tx.execute(sql`update network_expertise keep set level = 'expert'
      from network_expertise dup
      where dup.tag_id = ${id} and keep.tag_id = ${intoId} and keep.person_id = dup.person_id and dup.level = 'expert'`);
    await tx.execute(sql`insert into network_expertise (person_id, tag_id, level, endorsement_count, accepted_answer_count, created_at)
      select person_id, ${intoId}, level, 0, 0, created_at from network_expertise where tag_id = ${id}
      on conflict (person_id, tag_id) do nothing`);
    await tx.execute(sql`update network_expertise_proofs set tag_id = ${intoId} where tag_id = ${id}`);
    // Endorsements: the survivor keeps one per endorser and person; a second one of the same endorser goes.
    await tx.execute(sql`update network_endorsements en set tag_id = ${intoId}
      where en.tag_id = ${id} and not exists (select 1 from network_endorsements kept
        where kept.person_id = en.person_id and kept.tag_id = ${intoId} and kept.endorser_id = en.endorser_id)`);
    await tx.execute(sql`delete from network_endorsements where tag_id = ${id}`);
    const [questions] = rowsOf<{ n: number }>(
      await tx.execute(sql`select count(*)::int as n from question_tags where tag_id = ${id}`),
    );
    await tx.execute(sql`insert into question_tags (question_id, tag_id)
      select question_id, ${intoId} from question_tags where tag_id = ${id} on conflict do nothing`);
    await tx.execute(sql`delete from question_tags where tag_id = ${id}`);
    await tx.execute(sql`insert into tag_follows (tag_id, person_id, created_at)
      select ${intoId}, person_id, created_at from tag_follows where tag_id = ${id} on conflict do nothing`);
    await tx.execute(sql`delete from tag_follows where tag_id = ${id}`);
    await tx.execute(sql`delete from network_expertise where tag_id = ${id}`);
    // The counts of everyone with the survivor, counted again from what is now there.
    await tx.execute(sql`update network_expertise e set
        endorsement_count = (select count(*)::int from network_endorsements en
          where en.person_id = e.person_id and en.tag_id = e.tag_id),
        accepted_answer_count = (select count(*)::int from answers a
          join questions q on q.accepted_answer_id = a.id
          join question_tags qt on qt.question_id = q.id and qt.tag_id = e.tag_id
          where a.author_id = e.person_id and a.state = 'published' and q.state = 'published')
      where e.tag_id = ${intoId}`);
    await tx.update(networkTags).set({ mergedInto: intoId }).where(eq(networkTags.mergedInto, id));
    await tx.update(networkTags).set({ mergedInto: intoId }).where(eq(networkTags.id, id));
    await audit(tx, {
      actorId: principal.personId,
      action: 'network.tag_merged',
      subjectType: 'network_tag',
      subjectId: id,
      ip,
      details: { name: from.name, into: intoId, intoName: into.name },
    });
    return {
      into: { id: into.id, name: into.name },
      movedExpertise: Number(moved?.n ?? 0),
      movedQuestions: Number(questions?.n ?? 0),
    };
  });
}
