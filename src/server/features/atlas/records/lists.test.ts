import { describe, expect, it } from 'vitest';
import type { CooperationCard } from '../../../../shared/contracts/atlas.ts';
import { createPerson, type TestPerson, unique } from '../../../test/factories.ts';
import { buildTestApp, problemOf } from '../../../test/test-app.ts';
import { addMember, createAlliance } from '../../alliances/service.ts';
import { changeState, createRecord, partner, publishedRecord, recordInput } from '../atlas-fixtures.ts';

const t = await buildTestApp();

async function list(person: TestPerson | null, url: string): Promise<CooperationCard[]> {
  const res = await t.request({ method: 'GET', url: `/api/atlas/${url}`, cookie: person?.cookie });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}
const ids = (cards: { id: string }[]) => cards.map((c) => c.id).sort();

/** An organisation with one record in each state (the draft shared with a second partner). */
async function organisationWithRecords() {
  const owner = await partner(t);
  const second = await partner(t);
  const admin = await createPerson(t, { platformAdmin: true });
  const published = await publishedRecord(t, owner);
  const draft = await createRecord(t, owner.member, recordInput([owner.organisation.id, second.organisation.id]));
  const review = await createRecord(t, owner.member, recordInput([owner.organisation.id]));
  await changeState(t, owner.member, review.id, 'review');
  const archived = await publishedRecord(t, owner);
  await changeState(t, admin, archived.id, 'archived');
  return { owner, second, admin, published, draft, review, archived };
}

describe('GET /api/atlas/organisations/:id/cooperations', () => {
  it('lists published records for everyone, and drafts and reviews for partners and admins', async () => {
    const { owner, second, admin, published, draft, review } = await organisationWithRecords();
    const url = `organisations/${owner.organisation.id}/cooperations`;
    const outsider = await partner(t);
    for (const person of [null, outsider.member]) expect(ids(await list(person, url))).toEqual([published.id]);
    for (const person of [owner.member, admin]) {
      expect(ids(await list(person, url))).toEqual(ids([published, draft, review]));
    }
    // The second partner sees the draft they share, not the owner's other unpublished record.
    expect(ids(await list(second.member, url))).toEqual(ids([published, draft]));
    const [card] = await list(null, url);
    expect(card).toMatchObject({ slug: published.slug, partnerNames: [owner.organisation.name], state: 'published' });
  });

  it('answers 404 for an unknown organisation', async () => {
    const res = await t.request({
      method: 'GET',
      url: '/api/atlas/organisations/01900000-0000-7000-8000-000000000000/cooperations',
    });
    expect(problemOf(res, 404).type).toBe('/problems/not-found');
  });
});

describe('GET /api/atlas/alliances/:id/cooperations', () => {
  it('lists the records of all member organisations as far as the caller may see them', async () => {
    const a = await partner(t);
    const b = await partner(t);
    const alliance = await t.deps.db.transaction(async (tx) => {
      const created = await createAlliance(tx, {
        name: `Verbund ${unique()}`,
        organisationId: a.organisation.id,
        createdBy: a.member.id,
      });
      await addMember(tx, created.id, b.organisation.id);
      return created;
    });
    const ofA = await publishedRecord(t, a);
    const ofB = await publishedRecord(t, b);
    const draftOfB = await createRecord(t, b.member, recordInput([b.organisation.id]));
    const url = `alliances/${alliance.id}/cooperations`;
    expect(ids(await list(null, url))).toEqual(ids([ofA, ofB]));
    expect(ids(await list(a.member, url))).toEqual(ids([ofA, ofB]));
    expect(ids(await list(b.member, url))).toEqual(ids([ofA, ofB, draftOfB]));
    const res = await t.request({
      method: 'GET',
      url: '/api/atlas/alliances/01900000-0000-7000-8000-000000000000/cooperations',
    });
    expect(res.statusCode).toBe(404);
  });
});

describe('GET /api/atlas/workbench', () => {
  it('gives a member every record of their organisation and an admin the review queue', async () => {
    const { owner, admin, published, draft, review, archived } = await organisationWithRecords();
    const mine = await list(owner.member, 'workbench');
    expect(mine).toMatchObject({ review: [] });
    const { mine: cards } = mine as unknown as { mine: CooperationCard[] };
    expect(ids(cards)).toEqual(ids([published, draft, review, archived]));
    const queue = (await list(admin, 'workbench')) as unknown as { mine: CooperationCard[]; review: CooperationCard[] };
    expect(queue.mine).toEqual([]);
    expect(queue.review.map((c) => c.id)).toContain(review.id);
    expect(queue.review.every((c) => c.state === 'review')).toBe(true);
  });

  it('requires sign-in (401)', async () => {
    expect(problemOf(await t.request({ method: 'GET', url: '/api/atlas/workbench' }), 401).type).toBe(
      '/problems/unauthenticated',
    );
  });
});

describe('GET /api/atlas/cooperations/:id/related', () => {
  it('lists published records sharing most task fields first, then the nearest, never itself or drafts', async () => {
    const owner = await partner(t);
    // Fields few other records carry and a place no other test uses: other files' published records
    // share this worker's database, and each one sharing a field may rank among the six.
    const fields = ['kultur', 'jugendarbeit'];
    const here = { latitude: 51.37, longitude: 13.71 };
    const place = (dLat: number) => ({ location: { latitude: here.latitude + dLat, longitude: here.longitude } });
    const record = await publishedRecord(t, owner, { fields, ...place(0) });
    const bothFar = await publishedRecord(t, owner, { fields, ...place(0.9) });
    const oneNear = await publishedRecord(t, owner, { fields: ['jugendarbeit'], ...place(0.2) });
    const noneNearest = await publishedRecord(t, owner, { fields: ['standesamt'], ...place(0.01) });
    const draft = await createRecord(t, owner.member, recordInput([owner.organisation.id], { fields, ...place(0) }));
    const related = await list(null, `cooperations/${record.id}/related`);
    expect(related.length).toBeLessThanOrEqual(6);
    const order = related.map((c) => c.id);
    expect(order.slice(0, 2)).toEqual([bothFar.id, oneNear.id]);
    // Sharing more fields always ranks higher: the nearest record sharing none comes after all that share one.
    const shared = related.map((c) => c.fields.filter((f) => fields.includes(f)).length);
    expect(shared).toEqual([...shared].sort((a, b) => b - a));
    if (order.includes(noneNearest.id)) expect(shared[order.indexOf(noneNearest.id)]).toBe(0);
    expect(order).not.toContain(record.id);
    expect(order).not.toContain(draft.id);
  });

  it('keeps the related records of a draft from outsiders (404)', async () => {
    const owner = await partner(t);
    const draft = await createRecord(t, owner.member, recordInput([owner.organisation.id]));
    const res = await t.request({ method: 'GET', url: `/api/atlas/cooperations/${draft.id}/related` });
    expect(res.statusCode).toBe(404);
    expect((await list(owner.member, `cooperations/${draft.id}/related`)).length).toBeLessThanOrEqual(6);
  });
});
