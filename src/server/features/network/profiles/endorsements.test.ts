import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PersonProfile } from '../../../../shared/contracts/network-profiles.ts';
import { networkNotificationKinds } from '../../../../shared/network-notification-kinds.ts';
import { unique } from '../../../test/factories.ts';
import { buildTestApp, problemOf, type TestApp } from '../../../test/test-app.ts';
import { notifications } from '../../notifications/tables.ts';
import { networkExpertise } from '../tables.ts';
import { addExpertise, type ProfileWorld, profileWorld, saveProfile, send } from './profile-fixtures.ts';

let t: TestApp;
let w: ProfileWorld;
let tagId: string;

beforeAll(async () => {
  t = await buildTestApp({
    networkLimits: { questionsPerHour: 10, answersPerHour: 30, commentsPerHour: 60, endorsementsPerHour: 3 },
  });
  w = await profileWorld(t);
  await saveProfile(t, w.allied, { visibility: 'alliances' });
  tagId = (await addExpertise(t, w.allied, `Winterdienst ${unique('w')}`)).tagId;
});

const url = (personId: string, tag: string) => `/api/network/profiles/${personId}/expertise/${tag}/endorsements`;

async function count(personId: string, tag: string) {
  const [row] = await t.deps.db
    .select({ n: networkExpertise.endorsementCount })
    .from(networkExpertise)
    .where(and(eq(networkExpertise.personId, personId), eq(networkExpertise.tagId, tag)));
  return row?.n;
}

describe('endorsements', () => {
  it('lets an allied colleague endorse once (again is idempotent), counts it and notifies the person', async () => {
    const first = await send(t, w.anna, 'POST', url(w.allied.id, tagId), {
      note: 'hat mir bei der Tourenplanung geholfen',
    });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toEqual({ endorsementCount: 1, endorsedByMe: true });
    const again = await send(t, w.anna, 'POST', url(w.allied.id, tagId), { note: '<b>geholfen</b>' });
    expect(again.statusCode).toBe(200);
    expect(again.json().endorsementCount).toBe(1);
    expect(await count(w.allied.id, tagId)).toBe(1);
    const sent = await t.deps.db.select().from(notifications).where(eq(notifications.personId, w.allied.id));
    const endorsed = sent.filter((n) => n.kind === networkNotificationKinds.endorsement);
    expect(endorsed).toHaveLength(1);
    expect(endorsed[0]).toMatchObject({
      link: `/network/people/${w.allied.id}`,
      data: { actorName: w.anna.name, excerpt: 'hat mir bei der Tourenplanung geholfen' },
    });
    const profile = (await send(t, w.colleague, 'GET', `/api/network/profiles/${w.allied.id}`)).json() as PersonProfile;
    const expertise = profile.details?.expertise.find((e) => e.tag.id === tagId);
    expect(expertise).toMatchObject({ endorsementCount: 1, endorsedByMe: false });
    expect(expertise?.endorsements).toEqual([
      expect.objectContaining({ endorser: { id: w.anna.id, name: w.anna.name }, note: '<b>geholfen</b>' }),
    ]);
  });

  it('takes an endorsement back and keeps the count right', async () => {
    await send(t, w.colleague, 'POST', url(w.allied.id, tagId), { note: '' });
    expect(await count(w.allied.id, tagId)).toBe(2);
    const back = await send(t, w.colleague, 'DELETE', url(w.allied.id, tagId));
    expect(back.json()).toEqual({ endorsementCount: 1, endorsedByMe: false });
    expect(problemOf(await send(t, w.colleague, 'DELETE', url(w.allied.id, tagId)), 404).status).toBe(404);
  });

  it('refuses the signed out, oneself, people who may not see the expertise and bad input', async () => {
    expect(problemOf(await send(t, null, 'POST', url(w.allied.id, tagId), { note: '' }), 401).status).toBe(401);
    const own = await addExpertise(t, w.anna, `Haushalt ${unique('h')}`);
    expect(problemOf(await send(t, w.anna, 'POST', url(w.anna.id, own.tagId), { note: '' }), 403).status).toBe(403);
    expect(problemOf(await send(t, w.stranger, 'POST', url(w.allied.id, tagId), { note: '' }), 404).status).toBe(404);
    expect(problemOf(await send(t, w.stranger, 'DELETE', url(w.allied.id, tagId)), 404).status).toBe(404);
    expect(problemOf(await send(t, w.anna, 'POST', url(w.allied.id, own.tagId), { note: '' }), 404).status).toBe(404);
    const long = await send(t, w.anna, 'POST', url(w.allied.id, tagId), { note: 'x'.repeat(501) });
    expect(JSON.stringify(problemOf(long, 400))).toContain('/note');
    expect(problemOf(await send(t, w.anna, 'POST', url('nope', tagId), { note: '' }), 400).status).toBe(400);
    await saveProfile(t, w.allied, { visibility: 'organisation' });
    expect(problemOf(await send(t, w.anna, 'POST', url(w.allied.id, tagId), { note: '' }), 404).status).toBe(404);
    await saveProfile(t, w.allied, { visibility: 'alliances' });
  });

  it('limits endorsements per hour with 429 and Retry-After', async () => {
    const endorser = w.colleague;
    const targets = [];
    for (let i = 0; i < 4; i++) targets.push((await addExpertise(t, w.anna, `Thema ${unique('t')}`)).tagId);
    const answers = [];
    for (const tag of targets) answers.push(await send(t, endorser, 'POST', url(w.anna.id, tag), { note: '' }));
    // Three an hour in this app: the fourth is one too many.
    const limited = answers.find((a) => a.statusCode === 429);
    expect(limited, answers.map((a) => a.statusCode).join()).toBeDefined();
    expect(Number(limited?.headers['retry-after'])).toBeGreaterThan(0);
  });
});
