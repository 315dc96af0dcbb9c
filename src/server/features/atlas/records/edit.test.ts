import { describe, expect, it } from 'vitest';
import { createPerson, unique } from '../../../test/factories.ts';
import { buildTestApp, problemOf } from '../../../test/test-app.ts';
import {
  changeState,
  createRecord,
  getRecord,
  partner,
  publishedRecord,
  recordInput,
  replaceRecord,
} from '../atlas-fixtures.ts';

const t = await buildTestApp();

describe('PUT /api/atlas/cooperations/:id', () => {
  it('replaces the content, counts the revision up and keeps the address when the title changes', async () => {
    const a = await partner(t);
    const b = await partner(t, { landCode: '05' });
    const record = await createRecord(t, a.member, recordInput([a.organisation.id]));
    const res = await replaceRecord(
      t,
      a.member,
      record,
      recordInput([a.organisation.id, b.organisation.id], {
        title: 'Ein neuer Titel',
        fields: ['edv'],
        contacts: [],
        startYear: null,
        website: null,
      }),
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      id: record.id,
      slug: record.slug,
      title: 'Ein neuer Titel',
      fields: ['edv'],
      contacts: [],
      startYear: null,
      website: null,
      landCodes: ['03', '05'],
      revision: 2,
      state: 'draft',
    });
    // The second partner's people may now see and edit the draft.
    expect((await getRecord(t, b.member, record.slug)).json().viewer.canEdit).toBe(true);
  });

  it('changes the address when a new free slug is given, and refuses one another record has (409)', async () => {
    const p = await partner(t);
    const record = await createRecord(t, p.member, recordInput([p.organisation.id]));
    const other = await createRecord(t, p.member, recordInput([p.organisation.id]));
    const slug = `neue-adresse-${unique('a')}`;
    const moved = await replaceRecord(t, p.member, record, recordInput([p.organisation.id], { slug }));
    expect(moved.json().slug).toBe(slug);
    const taken = await replaceRecord(
      t,
      p.member,
      moved.json(),
      recordInput([p.organisation.id], { slug: other.slug }),
    );
    expect(problemOf(taken, 409).type).toBe('/problems/slug-taken');
  });

  it('keeps a published record published after an edit', async () => {
    const owner = await partner(t);
    const record = await publishedRecord(t, owner);
    const res = await replaceRecord(t, owner.member, record, recordInput([owner.organisation.id], { summary: 'Neu.' }));
    expect(res.json()).toMatchObject({ state: 'published', summary: 'Neu.' });
    expect((await getRecord(t, null, record.slug)).json().summary).toBe('Neu.');
  });

  it('refuses a save on top of a revision that is no longer current (409), so no edit is overwritten', async () => {
    const p = await partner(t);
    const colleague = await createPerson(t, { organisation: p.organisation });
    const record = await createRecord(t, p.member, recordInput([p.organisation.id]));
    const first = await replaceRecord(t, p.member, record, recordInput([p.organisation.id], { summary: 'Erste' }));
    expect(first.statusCode).toBe(200);
    const second = await replaceRecord(t, colleague, record, recordInput([p.organisation.id], { summary: 'Zweite' }));
    const problem = problemOf(second, 409);
    expect(problem.type).toBe('/problems/stale-revision');
    expect(problem.detail).toContain('revision 1');
    expect((await getRecord(t, p.member, record.slug)).json().summary).toBe('Erste');
  });

  it('requires the base revision (400)', async () => {
    const p = await partner(t);
    const record = await createRecord(t, p.member, recordInput([p.organisation.id]));
    const res = await t.request({
      method: 'PUT',
      url: `/api/atlas/cooperations/${record.id}`,
      cookie: p.member.cookie,
      payload: recordInput([p.organisation.id]),
    });
    expect(problemOf(res, 400).errors?.[0]?.field).toBe('querystring:/baseRevision');
  });

  it('does not let a partner drop their own organisation (400); an admin may', async () => {
    const a = await partner(t);
    const b = await partner(t);
    const record = await createRecord(t, a.member, recordInput([a.organisation.id, b.organisation.id]));
    const res = await replaceRecord(t, a.member, record, recordInput([b.organisation.id]));
    expect(problemOf(res, 400).errors?.[0]?.field).toBe('body:/partnerIds');
    const admin = await createPerson(t, { platformAdmin: true });
    expect((await replaceRecord(t, admin, record, recordInput([b.organisation.id]))).statusCode).toBe(200);
  });

  it('checks the input as on create (unknown code → 400)', async () => {
    const p = await partner(t);
    const record = await createRecord(t, p.member, recordInput([p.organisation.id]));
    const res = await replaceRecord(t, p.member, record, recordInput([p.organisation.id], { legalForm: 'gmbh-light' }));
    expect(problemOf(res, 400).errors?.map((e) => e.field)).toEqual(['body:/legalForm']);
  });

  it('lets only the partners’ people edit: 401 signed out, 403 for others on a published record, 404 on a draft', async () => {
    const owner = await partner(t);
    const outsider = await partner(t);
    const published = await publishedRecord(t, owner);
    const input = recordInput([owner.organisation.id]);
    expect(problemOf(await replaceRecord(t, null, published, input), 401).type).toBe('/problems/unauthenticated');
    for (const person of [
      outsider.member,
      await createPerson(t, { organisation: owner.organisation, pending: true }),
    ]) {
      expect(problemOf(await replaceRecord(t, person, published, input), 403).type).toBe('/problems/forbidden');
    }
    const draft = await createRecord(t, owner.member, recordInput([owner.organisation.id]));
    expect(problemOf(await replaceRecord(t, outsider.member, draft, input), 404).type).toBe('/problems/not-found');
  });

  it('refuses edits to an archived record (409) until it is unarchived', async () => {
    const owner = await partner(t);
    const record = await publishedRecord(t, owner);
    const admin = await createPerson(t, { platformAdmin: true });
    const archived = (await changeState(t, admin, record.id, 'archived')).json();
    const input = recordInput([owner.organisation.id]);
    expect(problemOf(await replaceRecord(t, owner.member, archived, input), 409).type).toBe('/problems/archived');
    const draft = (await changeState(t, admin, record.id, 'draft')).json();
    expect((await replaceRecord(t, owner.member, draft, input)).statusCode).toBe(200);
  });

  it('answers 404 for an unknown record and 400 for a malformed ID', async () => {
    const p = await partner(t);
    const input = recordInput([p.organisation.id]);
    const unknown = { id: '01900000-0000-7000-8000-000000000000', revision: 1 };
    expect((await replaceRecord(t, p.member, unknown, input)).statusCode).toBe(404);
    expect((await replaceRecord(t, p.member, { id: 'kein-uuid', revision: 1 }, input)).statusCode).toBe(400);
  });
});
