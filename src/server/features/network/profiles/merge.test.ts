import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AdminTagList, PersonProfile } from '../../../../shared/contracts/network-profiles.ts';
import { auditLog } from '../../../platform/audit/tables.ts';
import { newId } from '../../../platform/db/ids.ts';
import { unique } from '../../../test/factories.ts';
import { buildTestApp, problemOf, type TestApp } from '../../../test/test-app.ts';
import { questions, questionTags, tagFollows } from '../tables.ts';
import { addExpertise, type ProfileWorld, profileWorld, send } from './profile-fixtures.ts';

let t: TestApp;
let w: ProfileWorld;

beforeAll(async () => {
  t = await buildTestApp();
  w = await profileWorld(t);
});

describe('merging duplicate tags', () => {
  it('moves expertise (higher level kept), endorsements (once per endorser), questions and follows, with an audit entry', async () => {
    const stem = `Ordnungswidrigkeit${unique('o').replace(/[^a-z0-9]/gi, '')}`;
    const dup = (await addExpertise(t, w.allied, `${stem}en`, 'expert')).tagId;
    const keep = (await addExpertise(t, w.allied, stem, 'familiar')).tagId;
    await addExpertise(t, w.colleague, `${stem}en`, 'familiar');
    for (const tag of [dup, keep]) {
      const res = await send(t, w.anna, 'POST', `/api/network/profiles/${w.allied.id}/expertise/${tag}/endorsements`, {
        note: tag,
      });
      expect(res.statusCode, res.body).toBe(201);
    }
    await send(t, w.colleague, 'POST', `/api/network/profiles/${w.allied.id}/expertise/${dup}/endorsements`, {
      note: '',
    });
    const questionId = newId();
    await t.deps.db.insert(questions).values({ id: questionId, authorId: w.anna.id, title: 'Bußgeld?' });
    await t.deps.db.insert(questionTags).values([
      { questionId, tagId: dup },
      { questionId, tagId: keep },
    ]);
    await t.deps.db.insert(tagFollows).values({ tagId: dup, personId: w.stranger.id });

    const listed = (await send(t, w.admin, 'GET', `/api/admin/network/tags?q=${stem}`)).json() as AdminTagList;
    expect(listed.tags.find((tag) => tag.id === dup)).toMatchObject({
      expertiseCount: 2,
      questionCount: 1,
      followCount: 1,
    });

    const merged = await send(t, w.admin, 'POST', `/api/network/tags/${dup}/merge`, { into: keep });
    expect(merged.statusCode, merged.body).toBe(200);
    expect(merged.json()).toMatchObject({ into: { id: keep, name: stem }, movedExpertise: 2, movedQuestions: 1 });

    const allied = (await send(t, w.anna, 'GET', `/api/network/profiles/${w.allied.id}`)).json() as PersonProfile;
    expect(allied.details?.expertise.map((e) => [e.tag.id, e.level, e.endorsementCount])).toEqual([
      [keep, 'expert', 2],
    ]);
    const colleague = (await send(t, w.colleague, 'GET', '/api/network/profiles/me')).json() as PersonProfile;
    expect(colleague.details?.expertise.map((e) => [e.tag.id, e.level])).toContainEqual([keep, 'familiar']);
    expect(await t.deps.db.select().from(questionTags).where(eq(questionTags.questionId, questionId))).toEqual([
      { questionId, tagId: keep },
    ]);
    expect(
      await t.deps.db
        .select()
        .from(tagFollows)
        .where(and(eq(tagFollows.personId, w.stranger.id), eq(tagFollows.tagId, keep))),
    ).toHaveLength(1);
    const entries = await t.deps.db.select().from(auditLog).where(eq(auditLog.subjectId, dup));
    expect(entries).toEqual([expect.objectContaining({ action: 'network.tag_merged', actorId: w.admin.id })]);

    // The merged tag is never offered, and its name now means the survivor.
    const offered = (await send(t, w.anna, 'GET', `/api/network/tags?q=${stem}`)).json();
    expect(offered.tags.map((tag: { id: string }) => tag.id)).toEqual([keep]);
    const byName = await addExpertise(t, w.anna, `${stem}EN`);
    expect(byName.profile.details?.expertise.map((e) => e.tag.id)).toContain(keep);
    expect(byName.profile.details?.expertise.map((e) => e.tag.id)).not.toContain(dup);
    const again = await send(t, w.admin, 'POST', `/api/network/tags/${dup}/merge`, { into: keep });
    expect(problemOf(again, 404).status).toBe(404);
  });

  it('is for platform admins only and names bad input', async () => {
    const a = (await addExpertise(t, w.anna, `Vergabe ${unique('v')}`)).tagId;
    const b = (await addExpertise(t, w.anna, `Vergaberecht ${unique('v')}`)).tagId;
    const url = `/api/network/tags/${a}/merge`;
    expect(problemOf(await send(t, null, 'POST', url, { into: b }), 401).status).toBe(401);
    expect(problemOf(await send(t, w.anna, 'POST', url, { into: b }), 403).status).toBe(403);
    expect(problemOf(await send(t, w.anna, 'GET', '/api/admin/network/tags'), 403).status).toBe(403);
    expect(problemOf(await send(t, null, 'GET', '/api/admin/network/tags'), 401).status).toBe(401);
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(
      problemOf(await send(t, w.admin, 'POST', `/api/network/tags/${unknown}/merge`, { into: b }), 404).status,
    ).toBe(404);
    expect(JSON.stringify(problemOf(await send(t, w.admin, 'POST', url, { into: unknown }), 400))).toContain('/into');
    expect(JSON.stringify(problemOf(await send(t, w.admin, 'POST', url, { into: a }), 400))).toContain('/into');
    expect(JSON.stringify(problemOf(await send(t, w.admin, 'POST', url, { into: 'x' }), 400))).toContain('/into');
    expect(JSON.stringify(problemOf(await send(t, w.admin, 'POST', url, {}), 400))).toContain('into');
  });
});
