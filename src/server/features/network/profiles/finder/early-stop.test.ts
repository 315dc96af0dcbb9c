import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PeopleQuery } from '../../../../../shared/contracts/network-profiles.ts';
import type { Principal } from '../../../../platform/auth/session-store.ts';
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
import { networkExpertise, networkProfiles } from '../../tables.ts';
import { findPeople } from '../find-people.ts';
import { addExpertise } from '../profile-fixtures.ts';

// The finder reads only the top of each tag's list for a page of the most relevant people, and deeper
// when the people the viewer may see there do not fill it (find-people.ts, ranked-candidates.ts). Read
// from one row per tag upwards, every page must be the page that ranking every matching row gives: a
// world of 90 people with many ties, four tags, hidden and organisation-only profiles, compared page
// by page against the full reading.

let t: TestApp;
let viewer: Principal;
let word: string;
const tagIds: string[] = [];
const people: TestPerson[] = [];

/** A small deterministic generator, so that a failure can be run again as it was. */
function generator(seed: number) {
  let state = seed >>> 0;
  return (below: number) => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return (state >>> 8) % below;
  };
}

beforeAll(async () => {
  t = await buildTestApp();
  word = `Kanalkataster${unique('k').replace(/[^a-z0-9]/gi, '')}`;
  const places: [number, number][] = [
    [53.4, 10.0],
    [53.5, 10.2],
    [51.4, 8.6],
    [48.1, 11.6],
  ];
  const orgs: TestOrganisation[] = [];
  for (const [i, [latitude, longitude]] of places.entries()) {
    const organisation = await createOrganisation(t, { name: `Gemeinde Kataster ${i} ${unique('o')}` });
    await t.deps.db.update(organisations).set({ latitude, longitude }).where(eq(organisations.id, organisation.id));
    orgs.push(organisation);
  }
  // The first three share an alliance; the fourth is outside.
  const allianceId = newId();
  await t.deps.db.insert(alliances).values({
    id: allianceId,
    name: `Verbund ${unique('a')}`,
    slug: unique('verbund'),
    createdByOrganisationId: orgs[0]?.id as string,
    createdBy: newId(),
  });
  await t.deps.db
    .insert(allianceMembers)
    .values(
      orgs.slice(0, 3).map((o) => ({ allianceId, organisationId: o.id, status: 'member', joinedAt: new Date() })),
    );
  const me = await createPerson(t, { organisation: orgs[0] });
  viewer = {
    sessionId: newId(),
    personId: me.id,
    name: me.name,
    email: me.email,
    isPlatformAdmin: false,
    locale: 'de',
  };

  const random = generator(20_261_207);
  for (let i = 0; i < 90; i++) {
    people.push(await createPerson(t, { organisation: orgs[random(4)], name: `Person ${random(5)} ${unique('n')}` }));
  }
  // The four tags, each made by the person who holds it first.
  for (const [i, suffix] of ['', ' Software', ' Recht', ' Praxis'].entries()) {
    tagIds.push((await addExpertise(t, people[i] as TestPerson, `${word}${suffix}`, 'expert')).tagId);
  }
  const visibilities = ['organisation', 'alliances', 'platform'];
  await t.deps.db
    .insert(networkProfiles)
    .values(people.map((p) => ({ personId: p.id, visibility: visibilities[random(3)] as string })));
  const rows: (typeof networkExpertise.$inferInsert)[] = [];
  for (const [i, person] of people.entries()) {
    const held = new Set(i < 4 ? [tagIds[i] as string] : []);
    for (let n = 1 + random(3); held.size < n; ) held.add(tagIds[random(4)] as string);
    for (const tagId of held) {
      // Few endorsements and answers, as on a real platform: many people share a rank.
      rows.push({
        personId: person.id,
        tagId,
        level: random(3) === 0 ? 'expert' : 'familiar',
        endorsementCount: random(4) === 0 ? random(3) : 0,
        acceptedAnswerCount: random(5) === 0 ? 1 : 0,
      });
    }
  }
  await t.deps.db
    .insert(networkExpertise)
    .values(rows)
    .onConflictDoUpdate({
      target: [networkExpertise.personId, networkExpertise.tagId],
      set: { level: 'familiar', endorsementCount: 1 },
    });
});

/** Every page of `size`, read with the given first depth, one after another. */
async function allPages(query: PeopleQuery, size: number, firstDepth: number) {
  const pages: { ids: string[]; hasMore: boolean }[] = [];
  for (let offset = 0; offset < 100; offset += size) {
    const result = await findPeople(
      t.deps.db,
      viewer,
      { ...query, limit: size, offset },
      {
        firstDepth,
        genericPlans: t.deps.database.genericPlans,
      },
    );
    pages.push({ ids: result.people.map((p) => p.id), hasMore: result.hasMore });
    if (!result.hasMore) break;
  }
  return pages;
}

describe('the finder reads only as deep as the page needs', () => {
  it('gives every page exactly as ranking every matching row does, from one row per tag upwards', async () => {
    for (const query of [{ q: word }, { tag: tagIds[1] }, { q: word, near: 300 }] as PeopleQuery[]) {
      for (const size of [1, 3, 7]) {
        const everything = await allPages(query, size, Number.POSITIVE_INFINITY);
        expect(everything.flatMap((p) => p.ids).length).toBeGreaterThan(10);
        for (const firstDepth of [0.01, 0.3, 1]) {
          expect(await allPages(query, size, firstDepth), `${JSON.stringify(query)} ${size} ${firstDepth}`).toEqual(
            everything,
          );
        }
      }
    }
    // About 1,600 pages read (size 1 alone pages through 90 people, four ways, three queries): some 10 s
    // on a quiet machine, over 30 s on a busy one.
  }, 120_000);

  it('ranks a person by their strongest matching expertise, then by distance', async () => {
    const everything = await findPeople(
      t.deps.db,
      viewer,
      { q: word, limit: 50 },
      { firstDepth: Number.POSITIVE_INFINITY },
    );
    const ranks = await t.deps.db.select().from(networkExpertise);
    const best = new Map<string, number[]>();
    for (const row of ranks) {
      if (!tagIds.includes(row.tagId)) continue;
      const rank = [row.level === 'expert' ? 2 : 1, row.endorsementCount, row.acceptedAnswerCount];
      const known = best.get(row.personId);
      if (!known || rank.join() > known.join()) best.set(row.personId, rank);
    }
    const shown = everything.people.map((p) => best.get(p.id)?.join() ?? '');
    expect(shown).toEqual([...shown].sort().reverse());
    // Within a rank, the nearer first (the viewer's own organisation has distance 0).
    for (let i = 1; i < everything.people.length; i++) {
      if (shown[i] !== shown[i - 1]) continue;
      expect(everything.people[i]?.distanceKm ?? Number.POSITIVE_INFINITY).toBeGreaterThanOrEqual(
        everything.people[i - 1]?.distanceKm ?? Number.POSITIVE_INFINITY,
      );
    }
  });
});
