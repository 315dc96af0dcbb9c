import { describe, expect, it } from 'vitest';
import { createPerson } from '../../../test/factories.ts';
import { buildTestApp, problemOf } from '../../../test/test-app.ts';
import {
  auditEntries,
  changeState,
  createRecord,
  getRecord,
  notificationsOf,
  partner,
  recordInput,
} from '../atlas-fixtures.ts';

const t = await buildTestApp();

async function draftOf() {
  const owner = await partner(t);
  const record = await createRecord(t, owner.member, recordInput([owner.organisation.id]));
  return { owner, record };
}

describe('POST /api/atlas/cooperations/:id/state', () => {
  it('runs submit → publish: admins are told of the submission, the creator of the publication', async () => {
    const { owner, record } = await draftOf();
    const admin = await createPerson(t, { platformAdmin: true });

    const submitted = await changeState(t, owner.member, record.id, 'review');
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json()).toMatchObject({ state: 'review', revision: 2, viewer: { canSubmit: false } });
    // Every platform admin hears of every submission, also those of tests running beside this one.
    const review = (await notificationsOf(t, admin.id)).find((n) => n.link === `/atlas/${record.slug}`);
    expect(review).toMatchObject({
      kind: 'cooperation-review',
      link: `/atlas/${record.slug}`,
      data: { title: record.title, actorName: owner.member.name },
    });

    const published = await changeState(t, admin, record.id, 'published');
    expect(published.json()).toMatchObject({ state: 'published', publishedAt: expect.any(String), revision: 3 });
    expect((await getRecord(t, null, record.slug)).statusCode).toBe(200);
    const [note] = await notificationsOf(t, owner.member.id);
    expect(note).toMatchObject({ kind: 'cooperation-published', link: `/atlas/${record.slug}` });
    const [entry] = await auditEntries(t, 'cooperation.published', record.id);
    expect(entry).toMatchObject({
      actorId: admin.id,
      details: expect.objectContaining({ from: 'review', to: 'published' }),
    });
  });

  it('lets an admin return a record with a note that reaches its creator and submitter', async () => {
    const { owner, record } = await draftOf();
    const colleague = await createPerson(t, { organisation: owner.organisation });
    const admin = await createPerson(t, { platformAdmin: true });
    await changeState(t, colleague, record.id, 'review');
    const returned = await changeState(t, admin, record.id, 'draft', 'Bitte die Partner ergänzen.');
    expect(returned.json().state).toBe('draft');
    for (const person of [owner.member, colleague]) {
      const [note] = await notificationsOf(t, person.id);
      expect(note).toMatchObject({ kind: 'cooperation-returned', data: { note: 'Bitte die Partner ergänzen.' } });
    }
    const [entry] = await auditEntries(t, 'cooperation.returned', record.id);
    expect(entry?.details).toMatchObject({ note: 'Bitte die Partner ergänzen.' });
  });

  it('lets partners withdraw their submission, without an audit entry', async () => {
    const { owner, record } = await draftOf();
    await changeState(t, owner.member, record.id, 'review');
    expect((await changeState(t, owner.member, record.id, 'draft')).json().state).toBe('draft');
    expect(await auditEntries(t, 'cooperation.returned', record.id)).toEqual([]);
  });

  it('lets admins publish a draft directly, archive and unarchive (to draft), each in the audit log', async () => {
    const { owner, record } = await draftOf();
    const admin = await createPerson(t, { platformAdmin: true });
    expect((await changeState(t, admin, record.id, 'published')).json().state).toBe('published');
    expect((await changeState(t, admin, record.id, 'archived')).json().state).toBe('archived');
    expect((await getRecord(t, null, record.slug)).statusCode).toBe(404);
    expect((await changeState(t, admin, record.id, 'draft')).json().state).toBe('draft');
    expect(await auditEntries(t, 'cooperation.archived', record.id)).toHaveLength(1);
    expect(await auditEntries(t, 'cooperation.unarchived', record.id)).toHaveLength(1);
    expect((await getRecord(t, owner.member, record.slug)).json().viewer.canEdit).toBe(true);
  });

  it('keeps publishing, archiving and unarchiving for admins (403 for partners)', async () => {
    const { owner, record } = await draftOf();
    for (const state of ['published', 'archived']) {
      expect(problemOf(await changeState(t, owner.member, record.id, state), 403).type).toBe('/problems/forbidden');
    }
    await changeState(t, owner.member, record.id, 'review');
    expect(problemOf(await changeState(t, owner.member, record.id, 'published'), 403).type).toBe('/problems/forbidden');
    const admin = await createPerson(t, { platformAdmin: true });
    await changeState(t, admin, record.id, 'archived');
    expect(problemOf(await changeState(t, owner.member, record.id, 'draft'), 403).type).toBe('/problems/forbidden');
  });

  it.each([
    ['draft', 'draft'],
    ['published', 'review'],
    ['published', 'draft'],
    ['archived', 'published'],
    ['archived', 'review'],
  ])('refuses the move %s → %s (409)', async (from, to) => {
    const { record } = await draftOf();
    const admin = await createPerson(t, { platformAdmin: true });
    if (from === 'published' || from === 'archived') await changeState(t, admin, record.id, 'published');
    if (from === 'archived') await changeState(t, admin, record.id, 'archived');
    expect(problemOf(await changeState(t, admin, record.id, to), 409).type).toBe('/problems/invalid-transition');
  });

  it('hides drafts from outsiders (404) and requires sign-in (401)', async () => {
    const { record } = await draftOf();
    const outsider = await partner(t);
    expect(problemOf(await changeState(t, outsider.member, record.id, 'review'), 404).type).toBe('/problems/not-found');
    expect(problemOf(await changeState(t, null, record.id, 'review'), 401).type).toBe('/problems/unauthenticated');
  });

  it('refuses an unknown state and an extra field (400)', async () => {
    const { owner, record } = await draftOf();
    expect((await changeState(t, owner.member, record.id, 'deleted')).statusCode).toBe(400);
    const res = await t.request({
      method: 'POST',
      url: `/api/atlas/cooperations/${record.id}/state`,
      cookie: owner.member.cookie,
      payload: { state: 'review', force: true },
    });
    expect(problemOf(res, 400).errors?.[0]?.field).toBe('body:/force');
  });
});
