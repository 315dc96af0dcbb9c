import { and, desc, eq, gt, ne, sql } from 'drizzle-orm';
import type { NetworkStart } from '../../../../shared/contracts/notifications.ts';
import { persons } from '../../../platform/auth/tables.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { inTurn } from '../../../platform/db/in-turn.ts';
import { readableCommunitySql } from '../community-standing.ts';
import {
  answers,
  communities,
  communityMembers,
  networkEndorsements,
  networkTags,
  questions,
  questionTags,
  tagFollows,
} from '../tables.ts';

/** What counts as new on the start page. */
export const START_DAYS = 30;
/** Entries per list. */
export const START_LIMIT = 5;

const since = sql`now() - make_interval(days => ${START_DAYS})`;

/**
 * New published questions in the person's communities or with a tag they follow (not their own), as
 * far as they may read them: a request community's questions only to its members.
 */
function newQuestions(tx: Tx, personId: string) {
  const inMyCommunity = sql`${questions.communityId} in (select ${communityMembers.communityId} from ${communityMembers} where ${communityMembers.personId} = ${personId} and ${communityMembers.status} = 'member')`;
  const withMyTag = sql`exists (select 1 from ${questionTags} join ${tagFollows} on ${tagFollows.tagId} = ${questionTags.tagId} where ${questionTags.questionId} = ${questions.id} and ${tagFollows.personId} = ${personId})`;
  return tx
    .select({
      id: questions.id,
      title: questions.title,
      answerCount: questions.answerCount,
      createdAt: questions.createdAt,
      slug: communities.slug,
      name: communities.name,
    })
    .from(questions)
    .leftJoin(communities, eq(communities.id, questions.communityId))
    .where(
      and(
        eq(questions.state, 'published'),
        ne(questions.authorId, personId),
        gt(questions.createdAt, since),
        readableCommunitySql(questions.communityId, personId),
        sql`(${inMyCommunity} or ${withMyTag})`,
      ),
    )
    .orderBy(desc(questions.createdAt))
    .limit(START_LIMIT);
}

/** New published answers of others to the person's questions. */
function newAnswers(tx: Tx, personId: string) {
  return tx
    .select({
      id: answers.id,
      questionId: questions.id,
      questionTitle: questions.title,
      authorId: persons.id,
      authorName: persons.name,
      createdAt: answers.createdAt,
    })
    .from(answers)
    .innerJoin(questions, eq(questions.id, answers.questionId))
    .innerJoin(persons, eq(persons.id, answers.authorId))
    .where(
      and(
        eq(questions.authorId, personId),
        ne(questions.state, 'hidden'),
        eq(answers.state, 'published'),
        ne(answers.authorId, personId),
        gt(answers.createdAt, since),
        readableCommunitySql(questions.communityId, personId),
      ),
    )
    .orderBy(desc(answers.createdAt))
    .limit(START_LIMIT);
}

/** Colleagues who recently endorsed one of the person's expertises. */
function newEndorsements(tx: Tx, personId: string) {
  return tx
    .select({
      endorserId: persons.id,
      endorserName: persons.name,
      tagName: networkTags.name,
      createdAt: networkEndorsements.createdAt,
    })
    .from(networkEndorsements)
    .innerJoin(persons, eq(persons.id, networkEndorsements.endorserId))
    .innerJoin(networkTags, eq(networkTags.id, networkEndorsements.tagId))
    .where(and(eq(networkEndorsements.personId, personId), gt(networkEndorsements.createdAt, since)))
    .orderBy(desc(networkEndorsements.createdAt))
    .limit(START_LIMIT);
}

/** The start page's "from the network": three short lists, newest first. */
export async function networkStartOf(tx: Tx, personId: string): Promise<NetworkStart> {
  const [q, a, e] = await inTurn([
    () => newQuestions(tx, personId),
    () => newAnswers(tx, personId),
    () => newEndorsements(tx, personId),
  ]);
  return {
    questions: q.map((row) => ({
      id: row.id,
      title: row.title,
      community: row.slug && row.name ? { slug: row.slug, name: row.name } : null,
      answerCount: row.answerCount,
      createdAt: row.createdAt.toISOString(),
    })),
    answers: a.map((row) => ({
      id: row.id,
      questionId: row.questionId,
      questionTitle: row.questionTitle,
      author: { id: row.authorId, name: row.authorName },
      createdAt: row.createdAt.toISOString(),
    })),
    endorsements: e.map((row) => ({
      endorser: { id: row.endorserId, name: row.endorserName },
      tagName: row.tagName,
      createdAt: row.createdAt.toISOString(),
    })),
  };
}
