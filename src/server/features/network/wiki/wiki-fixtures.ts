import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { newId } from '../../../platform/db/ids.ts';
import { createPerson, type TestPerson, unique } from '../../../test/factories.ts';
import type { TestApp } from '../../../test/test-app.ts';
import { answers, communities, communityMembers, questions } from '../tables.ts';

// The wiki's tests make communities, questions and accepted answers as rows (the routes that make
// them belong to other parts of the network), and ask the wiki's routes as people would.

export interface TestCommunity {
  id: string;
  slug: string;
  name: string;
}

export async function createCommunity(
  t: TestApp,
  creator: TestPerson,
  input: { joinPolicy?: 'open' | 'request'; name?: string; archived?: boolean } = {},
): Promise<TestCommunity> {
  const id = newId();
  const slug = unique('c').toLowerCase();
  const name = input.name ?? `Fachgruppe ${slug}`;
  await t.deps.db.insert(communities).values({
    id,
    slug,
    name,
    joinPolicy: input.joinPolicy ?? 'open',
    createdBy: creator.id,
    archivedAt: input.archived ? new Date() : null,
  });
  await addMember(t, id, creator, 'moderator');
  return { id, slug, name };
}

export async function addMember(
  t: TestApp,
  communityId: string,
  person: TestPerson,
  role: 'moderator' | 'member' = 'member',
  status: 'member' | 'requested' = 'member',
): Promise<void> {
  await t.deps.db
    .insert(communityMembers)
    .values({ communityId, personId: person.id, role, status, trusted: true, joinedAt: new Date() });
}

/** A published question with one answer, accepted unless `accepted: false`. */
export async function questionWithAnswer(
  t: TestApp,
  input: {
    communityId: string | null;
    asker: TestPerson;
    answerer: TestPerson;
    title: string;
    body?: string;
    answer: string;
    accepted?: boolean;
    state?: 'published' | 'pending' | 'hidden';
  },
): Promise<{ questionId: string; answerId: string }> {
  const questionId = newId();
  const answerId = newId();
  await t.deps.db.insert(questions).values({
    id: questionId,
    communityId: input.communityId,
    authorId: input.asker.id,
    title: input.title,
    body: input.body ?? '',
    state: input.state ?? 'published',
    answerCount: 1,
  });
  await t.deps.db.insert(answers).values({ id: answerId, questionId, authorId: input.answerer.id, body: input.answer });
  if (input.accepted !== false) {
    await t.deps.db.update(questions).set({ acceptedAnswerId: answerId }).where(eq(questions.id, questionId));
  }
  return { questionId, answerId };
}

export const person = (t: TestApp, name?: string) => createPerson(t, name ? { name } : {});

export async function call(
  t: TestApp,
  who: TestPerson | null,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  payload?: unknown,
) {
  return t.request({
    method,
    url,
    cookie: who?.cookie,
    ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
  });
}

/** A request that must answer `status`; its JSON body. */
export async function ok<T>(
  t: TestApp,
  who: TestPerson | null,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  payload?: unknown,
  status = 200,
): Promise<T> {
  const res = await call(t, who, method, url, payload);
  expect(res.statusCode, res.body).toBe(status);
  return (res.body ? res.json() : null) as T;
}

/** Creates a page in a wiki (null: the platform's) and answers its ID. */
export async function createWikiPage(
  t: TestApp,
  who: TestPerson,
  communityId: string | null,
  title: string,
  bodyHtml = '<p>Text</p>',
): Promise<string> {
  const { id } = await ok<{ id: string }>(
    t,
    who,
    'POST',
    '/api/network/wiki/pages',
    { community: communityId, title, bodyHtml },
    201,
  );
  return id;
}
