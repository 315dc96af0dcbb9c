import type { AddressInfo } from 'node:net';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { createOrganisation, createPerson, type TestPerson } from '../../test/factories.ts';
import { buildTestApp, TEST_ORIGIN } from '../../test/test-app.ts';
import { persons, sessions } from '../auth/tables.ts';
import { newId } from '../db/ids.ts';
import { REPLAY_LIMIT, SESSION_ENDED } from './gateway.ts';
import { emit } from './outbox.ts';
import { type Audience, outbox } from './tables.ts';
import { openSocket, refusedHandshake, type TestSocket, type WireMessage } from './ws-test-client.ts';

const t = await buildTestApp();
await t.app.listen({ port: 0, host: '127.0.0.1' });
const base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;

const open: TestSocket[] = [];
async function connect(person: TestPerson) {
  const socket = await openSocket(base, { cookie: person.cookie, origin: TEST_ORIGIN });
  open.push(socket);
  return socket;
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

/** Emits events in one committed transaction and publishes them. */
async function publish(...events: { type?: string; tag: string; audience: Audience }[]) {
  await t.deps.db.transaction(async (tx) => {
    for (const e of events) {
      await emit(tx, { type: e.type ?? 'test.note', payload: { tag: e.tag }, audience: e.audience });
    }
  });
  await t.deps.publisher.flush();
}

const to = (person: TestPerson): Audience => ({ kind: 'persons', personIds: [person.id] });
const tagged = (tag: string) => (m: WireMessage) => m.tag === tag;
const tags = (socket: TestSocket) => socket.messages.map((m) => m.tag).filter(Boolean);

describe('GET /api/realtime handshake', () => {
  it('refuses a handshake without a valid session with a 401 problem', async () => {
    const refused = await refusedHandshake(base, { origin: TEST_ORIGIN });
    expect(refused.status).toBe(401);
    expect(refused.contentType).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(refused.body)).toMatchObject({ type: '/problems/unauthenticated' });
    const forged = await refusedHandshake(base, { origin: TEST_ORIGIN, cookie: 'allmende_session=forged' });
    expect(forged.status).toBe(401);
  });

  it('refuses pages of other sites, even with the person’s cookie', async () => {
    const person = await createPerson(t);
    const refused = await refusedHandshake(base, { origin: 'https://evil.example', cookie: person.cookie });
    expect(refused.status).toBe(403);
    expect(JSON.parse(refused.body)).toMatchObject({ type: '/problems/bad-origin' });
  });

  it('greets a signed-in person and survives odd messages', async () => {
    const person = await createPerson(t);
    const socket = await connect(person);
    expect(socket.messages[0]).toEqual({ type: 'hello', personId: person.id, connectionId: expect.any(String) });
    for (const raw of ['null', '42', '{"type":"resume","after":"x"}']) socket.send(JSON.parse(raw));
    socket.send({ type: 'ping' });
    await socket.next((m) => m.type === 'pong');
    expect(socket.messages.filter((m) => m.type === 'error')).toHaveLength(3);
  });
});

describe('sessions', () => {
  it('closes the socket once its session has ended or the person is locked', async () => {
    const signedOut = await createPerson(t);
    const locked = await createPerson(t);
    const staying = await createPerson(t);
    const [signedOutSocket, lockedSocket, stayingSocket] = [
      await connect(signedOut),
      await connect(locked),
      await connect(staying),
    ];
    await t.deps.db.delete(sessions).where(eq(sessions.personId, signedOut.id));
    await t.deps.db.update(persons).set({ lockedAt: new Date() }).where(eq(persons.id, locked.id));
    await t.app.realtime.checkSessions();
    expect(await signedOutSocket?.closed).toBe(SESSION_ENDED);
    expect(await lockedSocket?.closed).toBe(SESSION_ENDED);

    const marker = newId();
    await publish(...[signedOut, locked, staying].map((p) => ({ tag: marker, audience: to(p) })));
    await stayingSocket?.next(tagged(marker));
  });

  it('follows a change of the platform-admin flag without reconnecting', async () => {
    const person = await createPerson(t);
    const socket = await connect(person);
    await t.deps.db.update(persons).set({ isPlatformAdmin: true }).where(eq(persons.id, person.id));
    await t.app.realtime.checkSessions();
    const tag = newId();
    await publish({ tag, audience: { kind: 'platform-admins' } });
    await socket.next(tagged(tag));
  });
});

describe('delivery', () => {
  it('sends a person the events addressed to them and not those addressed to others', async () => {
    const alice = await createPerson(t);
    const bob = await createPerson(t);
    const socket = await connect(alice);
    const forBob = newId();
    const forAlice = newId();
    await publish({ tag: forBob, audience: to(bob) }, { tag: forAlice, audience: to(alice) });
    const received = await socket.next(tagged(forAlice));
    expect(received).toMatchObject({
      type: 'test.note',
      tag: forAlice,
      id: expect.any(String),
      position: expect.any(Number),
      at: expect.any(String),
    });
    // Deliveries to one socket keep the bus's order, so Bob's earlier event would have arrived first.
    expect(tags(socket)).toEqual([forAlice]);
  });

  it('delivers organisation events to its confirmed members only', async () => {
    const organisation = await createOrganisation(t);
    const member = await createPerson(t, { organisation });
    const pending = await createPerson(t, { organisation, pending: true });
    const outsider = await createPerson(t, { organisation: await createOrganisation(t) });
    const sockets = [await connect(member), await connect(pending), await connect(outsider)];
    const tag = newId();
    const after = newId();
    await publish({ tag, audience: { kind: 'organisation', organisationId: organisation.id } });
    await publish(
      { tag: after, audience: { kind: 'platform-admins' } },
      ...[pending, outsider].map((p) => ({ tag: after, audience: to(p) })),
    );
    await sockets[0]?.next(tagged(tag));
    for (const socket of sockets.slice(1)) {
      await socket.next(tagged(after));
      expect(tags(socket)).toEqual([after]);
    }
  });

  it('delivers platform-admin events to platform admins only', async () => {
    const admin = await createPerson(t, { platformAdmin: true });
    const person = await createPerson(t);
    const [adminSocket, personSocket] = [await connect(admin), await connect(person)];
    const tag = newId();
    const marker = newId();
    await publish({ tag, audience: { kind: 'platform-admins' } }, { tag: marker, audience: to(person) });
    await adminSocket?.next(tagged(tag));
    await personSocket?.next(tagged(marker));
    expect(tags(personSocket as TestSocket)).toEqual([marker]);
  });
});

describe('resume', () => {
  it('replays what a reconnecting client missed, in order, and only what it may see', async () => {
    const alice = await createPerson(t);
    const bob = await createPerson(t);
    const first = await connect(alice);
    const marker = newId();
    await publish({ tag: marker, audience: to(alice) });
    const last = await first.next(tagged(marker));
    await first.close();

    const missed = [newId(), newId()];
    await publish({ tag: missed[0] as string, audience: to(alice) }, { tag: newId(), audience: to(bob) });
    await publish({ tag: missed[1] as string, audience: to(alice) });

    const second = await connect(alice);
    second.send({ type: 'resume', after: last.position });
    await second.next(tagged(missed[1] as string));
    expect(tags(second)).toEqual(missed);
  });

  it('tells the client to resync when it missed more than the replay limit', async () => {
    const alice = await createPerson(t);
    const first = await connect(alice);
    const marker = newId();
    await publish({ tag: marker, audience: to(alice) });
    const last = await first.next(tagged(marker));
    await first.close();

    const flood = Array.from({ length: REPLAY_LIMIT + 1 }, () => ({
      id: newId(),
      type: 'test.flood',
      payload: {},
      audience: { kind: 'persons' as const, personIds: [] },
    }));
    await t.deps.db.insert(outbox).values(flood);
    await t.deps.publisher.flush();
    // On PostgreSQL another test file's publisher may still be publishing some of them; replay counts published rows.
    for (;;) {
      const unpublished = await t.deps.db
        .select({ id: outbox.id })
        .from(outbox)
        .where(
          and(
            inArray(
              outbox.id,
              flood.map((f) => f.id),
            ),
            isNull(outbox.publishedAt),
          ),
        );
      if (unpublished.length === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }

    const second = await connect(alice);
    second.send({ type: 'resume', after: last.position });
    await second.next((m) => m.type === 'resync');
  });
});

describe('events of the features', () => {
  it('tells a person on their socket that an admin confirmed their membership', async () => {
    const organisation = await createOrganisation(t);
    const admin = await createPerson(t, { organisation, role: 'admin' });
    const person = await createPerson(t, { organisation, pending: true });
    const socket = await connect(person);
    const res = await t.request({
      method: 'POST',
      url: `/api/organisations/${organisation.id}/members/${person.id}/confirm`,
      cookie: admin.cookie,
    });
    expect(res.statusCode, res.body).toBe(204);
    const event = await socket.next((m) => m.type === 'membership.confirmed');
    expect(event).toMatchObject({ organisationId: organisation.id, organisationName: organisation.name });
  });

  it('tells invited admins, then every member of the alliance, about an invitation and a joining', async () => {
    const founding = await createOrganisation(t);
    const founder = await createPerson(t, { organisation: founding, role: 'admin' });
    const colleague = await createPerson(t, { organisation: founding });
    const invited = await createOrganisation(t);
    const invitedAdmin = await createPerson(t, { organisation: invited, role: 'admin' });
    const invitedColleague = await createPerson(t, { organisation: invited });
    const outsider = await createPerson(t, { organisation: await createOrganisation(t) });
    const [colleagueSocket, adminSocket, invitedColleagueSocket, outsiderSocket] = [
      await connect(colleague),
      await connect(invitedAdmin),
      await connect(invitedColleague),
      await connect(outsider),
    ];

    const created = await t.request({
      method: 'POST',
      url: '/api/alliances',
      cookie: founder.cookie,
      payload: { name: `Verbund ${newId()}` },
    });
    const alliance = created.json() as { id: string; name: string };
    await t.request({
      method: 'POST',
      url: `/api/alliances/${alliance.id}/invitations`,
      cookie: founder.cookie,
      payload: { organisationId: invited.id },
    });
    const invitation = await adminSocket?.next((m) => m.type === 'alliance.invited');
    expect(invitation).toMatchObject({
      allianceId: alliance.id,
      allianceName: alliance.name,
      organisationId: invited.id,
    });

    const accepted = await t.request({
      method: 'POST',
      url: `/api/alliances/${alliance.id}/invitations/${invited.id}/accept`,
      cookie: invitedAdmin.cookie,
    });
    expect(accepted.statusCode).toBe(204);
    for (const socket of [colleagueSocket, adminSocket, invitedColleagueSocket]) {
      const joined = await socket?.next((m) => m.type === 'alliance.joined');
      expect(joined).toMatchObject({ allianceId: alliance.id, organisationId: invited.id });
    }
    const marker = newId();
    await publish({ tag: marker, audience: to(outsider) });
    await outsiderSocket?.next(tagged(marker));
    expect(outsiderSocket?.messages.map((m) => m.type)).toEqual(['hello', 'test.note']);
    expect(colleagueSocket?.messages.some((m) => m.type === 'alliance.invited')).toBe(false);
    expect(invitedColleagueSocket?.messages.some((m) => m.type === 'alliance.invited')).toBe(false);
  });
});
