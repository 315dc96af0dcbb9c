import { and, asc, eq, gt } from 'drizzle-orm';
import type { Config } from '../../config.ts';
import type { Tx } from '../../platform/db/client.ts';
import { TooManyRequests } from '../../platform/errors/problem.ts';
import { answers, networkEndorsements, postComments, questions } from './tables.ts';

export type PostingKind = 'question' | 'answer' | 'comment' | 'endorsement';

const HOUR_MS = 3600_000;

// What counts for each kind: the person's own rows of the last hour, in the table that keeps them. Counted
// in the database, so that every server process sees the same posts.
const sources = {
  question: { table: questions, person: questions.authorId, at: questions.createdAt },
  answer: { table: answers, person: answers.authorId, at: answers.createdAt },
  comment: { table: postComments, person: postComments.authorId, at: postComments.createdAt },
  endorsement: {
    table: networkEndorsements,
    person: networkEndorsements.endorserId,
    at: networkEndorsements.createdAt,
  },
} as const;

function limitOf(config: Config, kind: PostingKind): number {
  const limits = config.networkLimits;
  return {
    question: limits.questionsPerHour,
    answer: limits.answersPerHour,
    comment: limits.commentsPerHour,
    endorsement: limits.endorsementsPerHour,
  }[kind];
}

/**
 * Refuses with 429 (and the seconds until the oldest post of the hour leaves it) when the person has
 * already posted the hour's allowance of this kind. Call it in the posting transaction, before the insert.
 */
export async function checkPostingLimit(
  tx: Tx,
  config: Config,
  kind: PostingKind,
  personId: string,
  now: Date = new Date(),
): Promise<void> {
  const limit = limitOf(config, kind);
  if (limit <= 0) return;
  const source = sources[kind];
  const recent = await tx
    .select({ at: source.at })
    .from(source.table)
    .where(and(eq(source.person, personId), gt(source.at, new Date(now.getTime() - HOUR_MS))))
    .orderBy(asc(source.at))
    .limit(limit);
  if (recent.length < limit) return;
  const oldest = recent[0]?.at ?? now;
  const waitSeconds = Math.max(1, Math.ceil((oldest.getTime() + HOUR_MS - now.getTime()) / 1000));
  throw new TooManyRequests(waitSeconds);
}
