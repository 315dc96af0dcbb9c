import { sql } from 'drizzle-orm';
import type {
  AcceptedAnswer,
  Endorsement,
  Expertise,
  ExpertiseLevel,
  Proof,
} from '../../../../shared/contracts/network-profiles.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { uuidArray } from '../../../platform/db/sql-arrays.ts';
import { rowsOf } from '../../../platform/db/sql-rows.ts';
import { maySeeProject } from '../../projects/access.ts';
import { readableCommunitySql } from '../community-standing.ts';

interface ExpertiseRow {
  tagId: string;
  tagName: string;
  level: string;
  endorsementCount: number;
  acceptedAnswerCount: number;
}

interface ProofRow {
  id: string;
  tagId: string;
  kind: 'project' | 'cooperation' | 'link';
  targetId: string | null;
  url: string | null;
  label: string;
  projectName: string | null;
  recordTitle: string | null;
  recordSlug: string | null;
}

/**
 * A person's expertise as the viewer (who may see the profile) sees it: levels and counts, the
 * endorsements with the endorsers' names, the proofs the viewer may follow (projects they see,
 * published atlas records, web addresses) and the accepted answers to questions the viewer may read.
 */
export async function expertiseView(tx: Tx, viewerId: string, personId: string): Promise<Expertise[]> {
  const rows = rowsOf<ExpertiseRow>(
    await tx.execute(sql`select e.tag_id as "tagId", t.name as "tagName", e.level,
        e.endorsement_count as "endorsementCount", e.accepted_answer_count as "acceptedAnswerCount"
      from network_expertise e join network_tags t on t.id = e.tag_id
      where e.person_id = ${personId}
      order by (e.level = 'expert') desc, e.endorsement_count desc, t.name`),
  );
  if (rows.length === 0) return [];
  const tagIds = rows.map((row) => row.tagId);
  const endorsements = rowsOf<Endorsement & { tagId: string; endorserId: string; endorserName: string }>(
    await tx.execute(sql`select en.tag_id as "tagId", en.endorser_id as "endorserId", p.name as "endorserName",
        en.note, en.created_at as "createdAt"
      from network_endorsements en join persons p on p.id = en.endorser_id
      where en.person_id = ${personId} and en.tag_id = any(${uuidArray(tagIds)}) and p.locked_at is null
      order by en.created_at desc`),
  );
  const proofs = rowsOf<ProofRow>(
    await tx.execute(sql`select pr.id, pr.tag_id as "tagId", pr.kind, pr.target_id as "targetId", pr.url, pr.label,
        pj.name as "projectName", c.title as "recordTitle", c.slug as "recordSlug"
      from network_expertise_proofs pr
      left join projects pj on pr.kind = 'project' and pj.id = pr.target_id
      left join cooperations c on pr.kind = 'cooperation' and c.id = pr.target_id and c.state = 'published'
      where pr.person_id = ${personId} and pr.tag_id = any(${uuidArray(tagIds)})
      order by pr.created_at`),
  );
  const accepted = rowsOf<AcceptedAnswer & { tagId: string }>(
    await tx.execute(sql`select qt.tag_id as "tagId", q.id as "questionId", a.id as "answerId", q.title
      from answers a
      join questions q on q.accepted_answer_id = a.id
      join question_tags qt on qt.question_id = q.id
      where a.author_id = ${personId} and a.state = 'published' and q.state = 'published'
        and qt.tag_id = any(${uuidArray(tagIds)}) and ${readableCommunitySql(sql`q.community_id`, viewerId)}
      order by q.created_at desc limit 500`),
  );
  const shownProofs: (Proof & { tagId: string })[] = [];
  for (const proof of proofs) {
    const shown = await proofAsSeen(tx, viewerId, proof);
    if (shown) shownProofs.push({ ...shown, tagId: proof.tagId });
  }
  return rows.map((row) => {
    const mine = endorsements.filter((e) => e.tagId === row.tagId);
    return {
      tag: { id: row.tagId, name: row.tagName },
      level: row.level as ExpertiseLevel,
      endorsementCount: Number(row.endorsementCount),
      acceptedAnswerCount: Number(row.acceptedAnswerCount),
      endorsements: mine.map((e) => ({
        endorser: { id: e.endorserId, name: e.endorserName },
        note: e.note,
        createdAt: new Date(e.createdAt).toISOString(),
      })),
      endorsedByMe: mine.some((e) => e.endorserId === viewerId),
      proofs: shownProofs.filter((p) => p.tagId === row.tagId).map(({ tagId: _tag, ...proof }) => proof),
      acceptedAnswers: accepted
        .filter((a) => a.tagId === row.tagId)
        .map((a) => ({ questionId: a.questionId, answerId: a.answerId, title: a.title })),
    };
  });
}

async function proofAsSeen(tx: Tx, viewerId: string, proof: ProofRow): Promise<Proof | null> {
  const base = { id: proof.id, kind: proof.kind, label: proof.label, targetId: proof.targetId };
  if (proof.kind === 'link') return { ...base, url: proof.url, title: null };
  if (proof.kind === 'cooperation') {
    return proof.recordSlug === null ? null : { ...base, url: proof.recordSlug, title: proof.recordTitle };
  }
  if (proof.targetId === null || proof.projectName === null) return null;
  if (!(await maySeeProject(tx, viewerId, proof.targetId))) return null;
  return { ...base, url: null, title: proof.projectName };
}
