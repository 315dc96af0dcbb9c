import { describe, expect, it } from 'vitest';
import type { CooperationInput, RevisionSummary, Workbench } from '../../../../shared/contracts/atlas.ts';
import { createPerson, type TestPerson, unique } from '../../../test/factories.ts';
import { buildTestApp, problemOf } from '../../../test/test-app.ts';
import { createRecord, partner, recordInput } from '../atlas-fixtures.ts';

// Saving the atlas form again after a lost answer must not create a second record, nor be taken for
// a save over a newer revision.

const t = await buildTestApp();

function create(person: TestPerson | null, key: string, input: CooperationInput) {
  return t.request({
    method: 'POST',
    url: '/api/atlas/cooperations',
    cookie: person?.cookie,
    headers: { 'idempotency-key': key },
    payload: input,
  });
}

function replace(person: TestPerson, record: { id: string; revision: number }, key: string, input: CooperationInput) {
  return t.request({
    method: 'PUT',
    url: `/api/atlas/cooperations/${record.id}?baseRevision=${record.revision}`,
    cookie: person.cookie,
    headers: { 'idempotency-key': key },
    payload: input,
  });
}

async function myTitles(person: TestPerson) {
  const res = await t.request({ method: 'GET', url: '/api/atlas/workbench', cookie: person.cookie });
  return (res.json() as Workbench).mine.map((card) => card.title);
}

describe('POST /api/atlas/cooperations with an Idempotency-Key', () => {
  it('creates one record however often the form is sent with its key', async () => {
    const a = await partner(t);
    const input = recordInput([a.organisation.id], { title: `Bauhof ${unique('b')}` });
    const key = unique('key');
    const first = await create(a.member, key, input);
    expect(first.statusCode, first.body).toBe(201);
    const again = await create(a.member, key, input);
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual(first.json());
    expect(await myTitles(a.member)).toEqual([input.title]);

    const other = problemOf(await create(a.member, key, { ...input, title: `${input.title} 2` }), 422);
    expect(other.type).toBe('/problems/idempotency-key-reused');
    expect(await myTitles(a.member)).toEqual([input.title]);
  });

  it('does not hand the first person’s record to someone else with the same key', async () => {
    const a = await partner(t);
    const colleague = await createPerson(t, { organisation: a.organisation });
    const input = recordInput([a.organisation.id], { title: `Schule ${unique('s')}` });
    const key = unique('key');
    const mine = (await create(a.member, key, input)).json();
    const theirs = await create(colleague, key, input);
    expect(theirs.statusCode).toBe(201);
    expect(theirs.json().id).not.toBe(mine.id);
    // Outsiders are refused as without a key; signed-out callers too.
    const outsider = await partner(t);
    expect(problemOf(await create(outsider.member, key, input), 403).type).toBe('/problems/forbidden');
    expect(problemOf(await create(null, key, input), 401).type).toBe('/problems/unauthenticated');
  });
});

describe('PUT /api/atlas/cooperations/:id with an Idempotency-Key', () => {
  it('answers the repeated save as the first one instead of as a stale revision', async () => {
    const a = await partner(t);
    const record = await createRecord(t, a.member, recordInput([a.organisation.id]));
    const edited = recordInput([a.organisation.id], { title: `Neuer Titel ${unique('t')}` });
    const key = unique('key');
    const first = await replace(a.member, record, key, edited);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().revision).toBe(2);
    const again = await replace(a.member, record, key, edited);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first.json());
    const revisions = await t.request({
      method: 'GET',
      url: `/api/atlas/cooperations/${record.id}/revisions`,
      cookie: a.member.cookie,
    });
    expect((revisions.json() as RevisionSummary[]).map((r) => r.number).sort()).toEqual([1, 2]);

    // Without the key (or with a new one) the same request is a save over an old revision.
    const fresh = problemOf(await replace(a.member, record, unique('key'), edited), 409);
    expect(fresh.type).toBe('/problems/stale-revision');
    // The key with other content is refused, not applied.
    const changed = problemOf(await replace(a.member, record, key, { ...edited, title: 'Anders' }), 422);
    expect(changed.type).toBe('/problems/idempotency-key-reused');
  });

  it('refuses a malformed key with 400 and writes nothing', async () => {
    const a = await partner(t);
    const record = await createRecord(t, a.member, recordInput([a.organisation.id]));
    const res = await replace(a.member, record, 'x'.repeat(201), recordInput([a.organisation.id], { title: 'Nie' }));
    expect(problemOf(res, 400).errors?.[0]?.field).toBe('headers:/idempotency-key');
    const input = recordInput([a.organisation.id], { title: `Nie ${unique('n')}` });
    expect(problemOf(await create(a.member, 'ünicode', input), 400).type).toBe('/problems/validation');
    expect(await myTitles(a.member)).toEqual([record.title]);
  });
});
