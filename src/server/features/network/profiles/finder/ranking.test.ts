import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PeopleResult } from '../../../../../shared/contracts/network-profiles.ts';
import { newId } from '../../../../platform/db/ids.ts';
import {
  createOrganisation,
  createPerson,
  type TestOrganisation,
  type TestPerson,
  unique,
} from '../../../../test/factories.ts';
import { buildTestApp, type TestApp } from '../../../../test/test-app.ts';
import { allianceMembers, alliances } from '../../../alliances/tables.ts';
import { organisations } from '../../../organisations/tables.ts';
import { networkExpertise } from '../../tables.ts';
import { addExpertise, saveProfile, send } from '../profile-fixtures.ts';

// The finder ranks the candidates by their expertise before it joins them to people and organisations
// (find-people.ts). These tests hold the edges of that: equally ranked people ordered by distance, a
// hidden person of the highest rank never shown, pages that fit together, and typos found only when
// nothing else matches.

let t: TestApp;
let viewer: TestPerson;
let word: string;
let tagId: string;
let nearOrganisation: TestOrganisation;
const people: Record<string, TestPerson> = {};

async function endorse(person: TestPerson, count: number) {
  await t.deps.db
    .update(networkExpertise)
    .set({ endorsementCount: count })
    .where(and(eq(networkExpertise.personId, person.id), eq(networkExpertise.tagId, tagId)));
}

beforeAll(async () => {
  t = await buildTestApp();
  word = `Friedhofsgebuehren${unique('f').replace(/[^a-z0-9]/gi, '')}`;
  const home = await createOrganisation(t, { name: `Gemeinde Heim ${unique('o')}` });
  const near = await createOrganisation(t, { name: `Gemeinde Nah ${unique('o')}` });
  nearOrganisation = near;
  const far = await createOrganisation(t, { name: `Stadt Weit ${unique('o')}` });
  const outside = await createOrganisation(t, { name: `Stadt Draussen ${unique('o')}` });
  // Home and near lie together in the north, far in Munich; all three share an alliance, outside none.
  await t.deps.db.update(organisations).set({ latitude: 53.4, longitude: 10.0 }).where(eq(organisations.id, home.id));
  await t.deps.db.update(organisations).set({ latitude: 53.5, longitude: 10.1 }).where(eq(organisations.id, near.id));
  await t.deps.db.update(organisations).set({ latitude: 48.14, longitude: 11.58 }).where(eq(organisations.id, far.id));
  const allianceId = newId();
  await t.deps.db.insert(alliances).values({
    id: allianceId,
    name: `Verbund ${unique('a')}`,
    slug: unique('verbund'),
    createdByOrganisationId: home.id,
    createdBy: newId(),
  });
  await t.deps.db.insert(allianceMembers).values(
    [home, near, far].map((o) => ({
      allianceId,
      organisationId: o.id,
      status: 'member',
      joinedAt: new Date(),
    })),
  );
  viewer = await createPerson(t, { organisation: home });
  // The names run against the distance, so that only the distance can put the near one first.
  people.farExpert = await createPerson(t, { organisation: far, name: `Aaron ${unique('n')}` });
  people.nearExpert = await createPerson(t, { organisation: near, name: `Zora ${unique('n')}` });
  people.hiddenTop = await createPerson(t, { organisation: outside, name: `Berta ${unique('n')}` });
  people.privateTop = await createPerson(t, { organisation: near, name: `Carl ${unique('n')}` });
  people.endorsed = await createPerson(t, { organisation: far, name: `Dora ${unique('n')}` });
  tagId = (await addExpertise(t, people.farExpert, word, 'expert')).tagId;
  await addExpertise(t, people.nearExpert, word, 'expert');
  await addExpertise(t, people.hiddenTop, word, 'expert');
  await addExpertise(t, people.privateTop, word, 'expert');
  await addExpertise(t, people.endorsed, word, 'expert');
  await saveProfile(t, people.privateTop, { visibility: 'organisation' });
  await endorse(people.hiddenTop, 50);
  await endorse(people.privateTop, 40);
  await endorse(people.endorsed, 3);
  // Six familiar people of equal rank for the pages, in the near organisation and at home.
  for (let i = 0; i < 6; i++) {
    const person = await createPerson(t, { organisation: i % 2 === 0 ? near : home, name: `Emil ${i} ${unique('n')}` });
    await addExpertise(t, person, word, 'familiar');
    people[`familiar${i}`] = person;
  }
});

const find = async (query: string) =>
  (await send(t, viewer, 'GET', `/api/network/people?${query}`)).json() as PeopleResult;
const ids = (result: PeopleResult) => result.people.map((p) => p.id);

describe('the expert finder ranks before it joins', () => {
  it('puts the endorsed expert first, then breaks the tie of equal experts by distance, not by name', async () => {
    const found = ids(await find(`q=${encodeURIComponent(word)}`));
    expect(found.slice(0, 3)).toEqual([people.endorsed?.id, people.nearExpert?.id, people.farExpert?.id]);
    expect(found).toHaveLength(9);
  });

  it('never shows a hidden person of the highest rank, on any page', async () => {
    for (const query of [`q=${word}`, `tag=${tagId}`, `tag=${tagId}&limit=1`, `tag=${tagId}&sort=distance`]) {
      const found = ids(await find(query));
      expect(found).not.toContain(people.hiddenTop?.id);
      expect(found).not.toContain(people.privateTop?.id);
    }
    // Their colleagues see them, first of all.
    const colleague = await createPerson(t, { organisation: nearOrganisation });
    const seen = ids((await send(t, colleague, 'GET', `/api/network/people?tag=${tagId}`)).json() as PeopleResult);
    expect(seen[0]).toBe(people.privateTop?.id);
    expect(seen).not.toContain(people.hiddenTop?.id);
  });

  it('pages through equally ranked people without gaps or repeats', async () => {
    const all = ids(await find(`tag=${tagId}`));
    const paged: string[] = [];
    for (let offset = 0; offset < all.length + 2; offset += 2) {
      const page = await find(`tag=${tagId}&limit=2&offset=${offset}`);
      paged.push(...ids(page));
      expect(page.hasMore).toBe(offset + 2 < all.length);
    }
    expect(paged).toEqual(all);
    expect(new Set(paged).size).toBe(all.length);
  });

  it('finds a typo by similarity when nothing matches the words, and by name and expertise together', async () => {
    const typo = word.slice(0, -2);
    expect(ids(await find(`q=${encodeURIComponent(`${typo}xq`)}`))).toContain(people.nearExpert?.id);
    const result = await find(`q=${encodeURIComponent('Zora')}`);
    expect(result.people.find((p) => p.id === people.nearExpert?.id)).toMatchObject({ nameMatched: true, matches: [] });
  });
});
