import { newId } from '../../../platform/db/ids.ts';
import { unique } from '../../../test/factories.ts';
import type { TestApp } from '../../../test/test-app.ts';
import { answers, communities, communityMembers, postComments, questions } from '../tables.ts';

// Rows for the moderation tests, written straight into the tables, so these tests do not depend on the
// routes that make communities, questions and answers.

export async function makeCommunity(
  t: TestApp,
  input: { createdBy: string; joinPolicy?: 'open' | 'request'; approveFirstPosts?: boolean },
) {
  const id = newId();
  const slug = unique('community').toLowerCase();
  await t.deps.db.insert(communities).values({
    id,
    slug,
    name: `Fachgruppe ${slug}`,
    joinPolicy: input.joinPolicy ?? 'open',
    approveFirstPosts: input.approveFirstPosts ?? false,
    createdBy: input.createdBy,
  });
  return { id, slug, name: `Fachgruppe ${slug}` };
}

export async function addMember(
  t: TestApp,
  communityId: string,
  personId: string,
  input: { role?: 'moderator' | 'member'; status?: 'member' | 'requested'; trusted?: boolean } = {},
) {
  await t.deps.db.insert(communityMembers).values({
    communityId,
    personId,
    role: input.role ?? 'member',
    status: input.status ?? 'member',
    trusted: input.trusted ?? false,
    joinedAt: new Date(),
  });
}

type State = 'pending' | 'published' | 'hidden';

export async function makeQuestion(
  t: TestApp,
  input: { communityId: string | null; authorId: string; state?: State; title?: string; body?: string },
) {
  const id = newId();
  const title = input.title ?? `Wer hat Erfahrung mit Winterdienst? ${unique('q')}`;
  await t.deps.db.insert(questions).values({
    id,
    communityId: input.communityId,
    authorId: input.authorId,
    title,
    body: input.body ?? 'Wir planen die Touren neu und suchen Erfahrungen.',
    state: input.state ?? 'published',
  });
  return { id, title };
}

export async function makeAnswer(
  t: TestApp,
  input: { questionId: string; authorId: string; state?: State; body?: string },
) {
  const id = newId();
  await t.deps.db.insert(answers).values({
    id,
    questionId: input.questionId,
    authorId: input.authorId,
    body: input.body ?? 'Wir planen die Touren mit einem Tourenplaner und Streukarten.',
    state: input.state ?? 'published',
  });
  return { id };
}

export async function makeComment(
  t: TestApp,
  input: { questionId: string; postKind: 'question' | 'answer'; postId: string; authorId: string; state?: State },
) {
  const id = newId();
  await t.deps.db.insert(postComments).values({
    id,
    questionId: input.questionId,
    postKind: input.postKind,
    postId: input.postId,
    authorId: input.authorId,
    body: 'Danke, das hilft.',
    state: input.state ?? 'published',
  });
  return { id };
}
