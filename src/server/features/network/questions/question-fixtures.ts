import { newId } from '../../../platform/db/ids.ts';
import { unique } from '../../../test/factories.ts';
import type { TestApp } from '../../../test/test-app.ts';
import { communities, communityMembers } from '../tables.ts';

/** A community made directly in the tables, for tests of the questions concern. */
export async function createCommunity(
  t: TestApp,
  input: {
    createdBy: string;
    joinPolicy?: 'open' | 'request';
    approveFirstPosts?: boolean;
    members?: { personId: string; role?: 'moderator' | 'member'; status?: 'member' | 'requested'; trusted?: boolean }[];
  },
): Promise<{ id: string; slug: string; name: string }> {
  const id = newId();
  const slug = unique('community').toLowerCase();
  const name = `Fachgruppe ${slug}`;
  await t.deps.db.insert(communities).values({
    id,
    slug,
    name,
    joinPolicy: input.joinPolicy ?? 'open',
    approveFirstPosts: input.approveFirstPosts ?? false,
    createdBy: input.createdBy,
  });
  if (input.members?.length) {
    await t.deps.db.insert(communityMembers).values(
      input.members.map((m) => ({
        communityId: id,
        personId: m.personId,
        role: m.role ?? 'member',
        status: m.status ?? 'member',
        trusted: m.trusted ?? false,
        joinedAt: new Date(),
      })),
    );
  }
  return { id, slug, name };
}
