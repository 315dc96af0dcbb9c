import { sql } from 'drizzle-orm';
import { newId } from '../../../platform/db/ids.ts';
import { unique } from '../../../test/factories.ts';
import type { TestApp } from '../../../test/test-app.ts';
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

// Rows of the network written directly, for the start page's tests.

export async function aCommunity(t: TestApp, createdBy: string, joinPolicy: 'open' | 'request' = 'open') {
  const slug = unique('c');
  const id = newId();
  await t.deps.db.insert(communities).values({ id, slug, name: `Fachgruppe ${slug}`, joinPolicy, createdBy });
  return { id, slug, name: `Fachgruppe ${slug}` };
}

export async function aMember(
  t: TestApp,
  communityId: string,
  personId: string,
  status: 'member' | 'requested' = 'member',
) {
  await t.deps.db.insert(communityMembers).values({ communityId, personId, status });
}

export async function aTag(t: TestApp) {
  const name = unique('Tag');
  const id = newId();
  await t.deps.db.insert(networkTags).values({ id, name, key: name.toLowerCase() });
  return { id, name };
}

export async function aTagFollow(t: TestApp, tagId: string, personId: string) {
  await t.deps.db.insert(tagFollows).values({ tagId, personId });
}

export async function aQuestion(
  t: TestApp,
  input: {
    authorId: string;
    communityId?: string | null;
    title?: string;
    state?: 'pending' | 'published' | 'hidden';
    tagIds?: string[];
    daysAgo?: number;
  },
) {
  const id = newId();
  const createdAt = sql`now() - make_interval(days => ${input.daysAgo ?? 0})`;
  await t.deps.db.insert(questions).values({
    id,
    authorId: input.authorId,
    communityId: input.communityId ?? null,
    title: input.title ?? unique('Frage'),
    state: input.state ?? 'published',
    createdAt,
  });
  if (input.tagIds?.length) {
    await t.deps.db.insert(questionTags).values(input.tagIds.map((tagId) => ({ questionId: id, tagId })));
  }
  return id;
}

export async function anAnswer(
  t: TestApp,
  input: { questionId: string; authorId: string; state?: 'pending' | 'published' | 'hidden' },
) {
  const id = newId();
  await t.deps.db.insert(answers).values({
    id,
    questionId: input.questionId,
    authorId: input.authorId,
    body: 'Wir planen die Touren mit einem Routenplaner.',
    state: input.state ?? 'published',
  });
  return id;
}

export async function anEndorsement(t: TestApp, personId: string, endorserId: string, tagId: string) {
  await t.deps.db.insert(networkEndorsements).values({ id: newId(), personId, endorserId, tagId });
}
