import { expect } from 'vitest';
import type { PersonProfile } from '../../../../shared/contracts/network-profiles.ts';
import { newId } from '../../../platform/db/ids.ts';
import { createOrganisation, createPerson, type TestPerson, unique } from '../../../test/factories.ts';
import type { TestApp } from '../../../test/test-app.ts';
import { allianceMembers, alliances } from '../../alliances/tables.ts';
import { tagKey } from './tag-key.ts';

// Three organisations: `home` and `ally` share an alliance, `far` shares none. People in each, a
// platform admin, and someone signed in without a confirmed organisation.

export async function profileWorld(t: TestApp) {
  const home = await createOrganisation(t, { name: `Gemeinde Seevetal ${unique('o')}` });
  const ally = await createOrganisation(t, { name: `Stadt Brilon ${unique('o')}` });
  const far = await createOrganisation(t, { name: `Stadt Fern ${unique('o')}` });
  const allianceId = newId();
  await t.deps.db.insert(alliances).values({
    id: allianceId,
    name: `Verbund ${unique('a')}`,
    slug: unique('verbund'),
    createdByOrganisationId: home.id,
    createdBy: newId(),
  });
  await t.deps.db.insert(allianceMembers).values([
    { allianceId, organisationId: home.id, status: 'member', joinedAt: new Date() },
    { allianceId, organisationId: ally.id, status: 'member', joinedAt: new Date() },
  ]);
  return {
    home,
    ally,
    far,
    anna: await createPerson(t, { organisation: home, name: `Anna ${unique('n')}` }),
    colleague: await createPerson(t, { organisation: home }),
    allied: await createPerson(t, { organisation: ally }),
    stranger: await createPerson(t, { organisation: far }),
    loner: await createPerson(t),
    admin: await createPerson(t, { platformAdmin: true }),
  };
}

export type ProfileWorld = Awaited<ReturnType<typeof profileWorld>>;

export function send(
  t: TestApp,
  person: TestPerson | null,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  url: string,
  payload?: unknown,
) {
  return t.request({
    method,
    url,
    cookie: person?.cookie,
    ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
  });
}

export const profileInput = {
  jobTitle: 'Leitung Bauhof',
  department: 'Bauhof',
  languages: ['de', 'en'],
  phone: '+49 4105 55-0',
  about: 'Winterdienst und Grünpflege.',
  visibility: 'alliances',
};

export async function saveProfile(t: TestApp, person: TestPerson, input: Record<string, unknown> = {}) {
  const res = await send(t, person, 'PUT', '/api/network/profiles/me', { ...profileInput, ...input });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as PersonProfile;
}

export async function addExpertise(
  t: TestApp,
  person: TestPerson,
  name: string,
  level: 'familiar' | 'expert' = 'expert',
) {
  const res = await send(t, person, 'POST', '/api/network/profiles/me/expertise', { name, level });
  expect(res.statusCode, res.body).toBe(200);
  const profile = res.json() as PersonProfile;
  const found = profile.details?.expertise.find((e) => tagKey(e.tag.name) === tagKey(name));
  return { profile, tagId: found?.tag.id as string };
}
