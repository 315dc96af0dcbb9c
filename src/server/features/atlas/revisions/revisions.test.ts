import { describe, expect, it } from 'vitest';
import type { Cooperation, FieldChange } from '../../../../shared/contracts/atlas.ts';
import { createPerson, type TestPerson } from '../../../test/factories.ts';
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

function get(person: TestPerson | null, url: string) {
  return t.request({ method: 'GET', url: `/api/atlas/cooperations/${url}`, cookie: person?.cookie });
}

/** A draft saved twice: revision 1 "Wasser für alle", revision 2 "Wasser für viele" with a changed section. */
async function editedRecord() {
  const owner = await partner(t);
  const other = await partner(t);
  const record = await createRecord(
    t,
    owner.member,
    recordInput([owner.organisation.id], {
      title: 'Wasser für alle Gemeinden',
      description: '<p>Wir liefern <strong>Wasser</strong>.</p>',
    }),
  );
  const edited = await replaceRecord(
    t,
    owner.member,
    record,
    recordInput([owner.organisation.id, other.organisation.id], {
      title: 'Wasser für viele Gemeinden',
      description: '<p>Wir liefern <strong>sauberes Wasser</strong>.</p>',
    }),
  );
  expect(edited.statusCode, edited.body).toBe(200);
  return { owner, other, record: edited.json() as Cooperation };
}

describe('revisions', () => {
  it('lists the history newest first with author and action', async () => {
    const { owner, record } = await editedRecord();
    await changeState(t, owner.member, record.id, 'review');
    const res = await get(owner.member, `${record.id}/revisions`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual([
      { number: 3, action: 'submitted', authorName: owner.member.name, createdAt: expect.any(String) },
      { number: 2, action: 'edited', authorName: owner.member.name, createdAt: expect.any(String) },
      { number: 1, action: 'created', authorName: owner.member.name, createdAt: expect.any(String) },
    ]);
  });

  it('returns one revision with the content it saved', async () => {
    const { owner, record } = await editedRecord();
    const res = await get(owner.member, `${record.id}/revisions/1`);
    expect(res.json()).toMatchObject({
      number: 1,
      action: 'created',
      snapshot: {
        title: 'Wasser für alle Gemeinden',
        slug: record.slug,
        state: 'draft',
        partnerIds: [owner.organisation.id],
        contacts: [expect.objectContaining({ name: 'Erika Muster' })],
      },
    });
    expect(problemOf(await get(owner.member, `${record.id}/revisions/9`), 404).type).toBe('/problems/not-found');
  });

  it('shows a diff with removed and added words in the title and sections, and partners by name', async () => {
    const { owner, other, record } = await editedRecord();
    const res = await get(owner.member, `${record.id}/diff?from=1&to=2`);
    expect(res.statusCode, res.body).toBe(200);
    const diff = res.json() as { from: { number: number }; to: { number: number }; changes: FieldChange[] };
    expect(diff.from.number).toBe(1);
    expect(diff.to.number).toBe(2);
    const byField = new Map(diff.changes.map((c) => [c.field, c]));
    expect([...byField.keys()]).toEqual(['title', 'partnerIds', 'description']);
    const title = byField.get('title');
    expect(title?.parts).toEqual([
      { kind: 'same', text: 'Wasser für ' },
      { kind: 'removed', text: 'alle' },
      { kind: 'added', text: 'viele' },
      { kind: 'same', text: ' Gemeinden' },
    ]);
    expect(byField.get('description')?.parts).toContainEqual({ kind: 'added', text: 'sauberes ' });
    expect(byField.get('description')?.parts?.some((p) => p.text.includes('<'))).toBe(false);
    expect(byField.get('partnerIds')).toMatchObject({
      before: [{ id: owner.organisation.id, name: owner.organisation.name }],
      after: [
        { id: owner.organisation.id, name: owner.organisation.name },
        { id: other.organisation.id, name: other.organisation.name },
      ],
    });
  });

  it('shows a state change in the diff of a workflow move', async () => {
    const { owner, record } = await editedRecord();
    await changeState(t, owner.member, record.id, 'review');
    const diff = (await get(owner.member, `${record.id}/diff?from=2&to=3`)).json();
    expect(diff.changes).toEqual([{ field: 'state', before: 'draft', after: 'review' }]);
  });

  it('refuses a diff without both numbers (400) or with an unknown one (404)', async () => {
    const { owner, record } = await editedRecord();
    expect((await get(owner.member, `${record.id}/diff?from=1`)).statusCode).toBe(400);
    expect((await get(owner.member, `${record.id}/diff?from=1&to=7`)).statusCode).toBe(404);
  });

  it('restores an old revision as a new one, keeping the state', async () => {
    const { owner, record } = await editedRecord();
    const res = await t.request({
      method: 'POST',
      url: `/api/atlas/cooperations/${record.id}/revisions/1/restore`,
      cookie: owner.member.cookie,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      title: 'Wasser für alle Gemeinden',
      description: '<p>Wir liefern <strong>Wasser</strong>.</p>',
      partners: [expect.objectContaining({ id: owner.organisation.id })],
      revision: 3,
      state: 'draft',
    });
    const [latest] = (await get(owner.member, `${record.id}/revisions`)).json();
    expect(latest).toMatchObject({ number: 3, action: 'restored' });
  });

  it('lets only editors restore: 401 signed out, 403 for others on a published record', async () => {
    const owner = await partner(t);
    const record = await publishedRecord(t, owner);
    const outsider = await partner(t);
    const url = `/api/atlas/cooperations/${record.id}/revisions/1/restore`;
    expect((await t.request({ method: 'POST', url })).statusCode).toBe(401);
    expect((await t.request({ method: 'POST', url, cookie: outsider.member.cookie })).statusCode).toBe(403);
    expect((await getRecord(t, null, record.slug)).json().revision).toBe(record.revision);
  });

  it('shows the history of a published record to anyone, of a draft only to partners and admins', async () => {
    const owner = await partner(t);
    const published = await publishedRecord(t, owner);
    expect((await get(null, `${published.id}/revisions`)).statusCode).toBe(200);
    expect((await get(null, `${published.id}/diff?from=1&to=2`)).statusCode).toBe(200);
    const { record } = await editedRecord();
    const outsider = await partner(t);
    for (const person of [null, outsider.member]) {
      expect((await get(person, `${record.id}/revisions`)).statusCode).toBe(404);
      expect((await get(person, `${record.id}/revisions/1`)).statusCode).toBe(404);
      expect((await get(person, `${record.id}/diff?from=1&to=2`)).statusCode).toBe(404);
    }
    const admin = await createPerson(t, { platformAdmin: true });
    expect((await get(admin, `${record.id}/revisions`)).statusCode).toBe(200);
  });
});
