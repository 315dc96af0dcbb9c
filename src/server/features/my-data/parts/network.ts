import { sql } from 'drizzle-orm';
import { type DataPart, ROWS_PER_LIST, rows } from './part.ts';

/**
 * The network: profile, expertise (with proofs and who endorsed it, and endorsements given), what the
 * person wrote (questions, answers, comments, wiki revisions), votes, reports and what they follow.
 */
export const networkPart: DataPart = {
  name: 'network',
  async collect(tx, personId) {
    const [profile] = await rows(
      tx,
      sql`select job_title as "jobTitle", department, languages, phone, about, visibility, updated_at as "updatedAt"
          from network_profiles where person_id = ${personId}`,
    );
    const expertise = await rows(
      tx,
      sql`select t.name as tag, e.level, e.endorsement_count as "endorsementCount",
            e.accepted_answer_count as "acceptedAnswerCount", e.created_at as "createdAt"
          from network_expertise e join network_tags t on t.id = e.tag_id
          where e.person_id = ${personId} order by t.name`,
    );
    const proofs = await rows(
      tx,
      sql`select t.name as tag, p.kind, p.target_id as "targetId", p.url, p.label, p.created_at as "createdAt"
          from network_expertise_proofs p join network_tags t on t.id = p.tag_id
          where p.person_id = ${personId} order by p.created_at`,
    );
    const endorsementsReceived = await rows(
      tx,
      sql`select t.name as tag, p.name as "endorserName", e.note, e.created_at as "createdAt"
          from network_endorsements e join network_tags t on t.id = e.tag_id join persons p on p.id = e.endorser_id
          where e.person_id = ${personId} order by e.created_at`,
    );
    const endorsementsGiven = await rows(
      tx,
      sql`select t.name as tag, p.name as "personName", e.note, e.created_at as "createdAt"
          from network_endorsements e join network_tags t on t.id = e.tag_id join persons p on p.id = e.person_id
          where e.endorser_id = ${personId} order by e.created_at`,
    );
    const questions = await rows(
      tx,
      sql`select q.id, q.community_id as "communityId", c.name as "communityName", q.title, q.body, q.state,
            q.created_at as "createdAt", q.updated_at as "updatedAt"
          from questions q join communities c on c.id = q.community_id
          where q.author_id = ${personId} order by q.created_at limit ${ROWS_PER_LIST}`,
    );
    const answers = await rows(
      tx,
      sql`select a.id, a.question_id as "questionId", q.title as "questionTitle", a.body, a.state,
            a.created_at as "createdAt", a.updated_at as "updatedAt"
          from answers a join questions q on q.id = a.question_id
          where a.author_id = ${personId} order by a.created_at limit ${ROWS_PER_LIST}`,
    );
    const comments = await rows(
      tx,
      sql`select id, question_id as "questionId", post_kind as "postKind", post_id as "postId", body, state,
            created_at as "createdAt"
          from post_comments where author_id = ${personId} order by created_at limit ${ROWS_PER_LIST}`,
    );
    const wikiRevisions = await rows(
      tx,
      sql`select r.id, r.page_id as "pageId", r.number, r.title, r.body_html as "bodyHtml", r.comment,
            r.created_at as "createdAt"
          from wiki_revisions r where r.author_id = ${personId} order by r.created_at limit ${ROWS_PER_LIST}`,
    );
    const votes = await rows(
      tx,
      sql`select post_kind as "postKind", post_id as "postId", value from post_votes where person_id = ${personId}
          limit ${ROWS_PER_LIST}`,
    );
    const reports = await rows(
      tx,
      sql`select post_kind as "postKind", post_id as "postId", reason, created_at as "createdAt", settled_at as "settledAt"
          from post_reports where reporter_id = ${personId} order by created_at limit ${ROWS_PER_LIST}`,
    );
    const followedQuestions = await rows(
      tx,
      sql`select question_id as "questionId" from question_follows where person_id = ${personId}`,
    );
    const followedTags = await rows(
      tx,
      sql`select t.name as tag from tag_follows f join network_tags t on t.id = f.tag_id where f.person_id = ${personId}`,
    );
    return {
      json: {
        profile: profile ?? null,
        expertise,
        proofs,
        endorsementsReceived,
        endorsementsGiven,
        questions,
        answers,
        comments,
        wikiRevisions,
        votes,
        reports,
        followedQuestions,
        followedTags,
      },
    };
  },
};
