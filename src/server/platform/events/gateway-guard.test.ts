import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { mailsFor, tokenIn } from '../../features/accounts/test-support.ts';
import { createPerson, type TestPerson } from '../../test/factories.ts';
import { buildTestApp, TEST_ORIGIN } from '../../test/test-app.ts';
import { newId } from '../db/ids.ts';
import { SESSION_ENDED } from './gateway.ts';
import { emit } from './outbox.ts';
import { openSocket, type TestSocket } from './ws-test-client.ts';

// Sockets outlive the request that opened them: these are the ways a person's access ends, and a
// client that sends what it should not.
const t = await buildTestApp();
await t.app.listen({ port: 0, host: '127.0.0.1' });
const base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;

const open: TestSocket[] = [];
async function connect(cookie: string) {
  const socket = await openSocket(base, { cookie, origin: TEST_ORIGIN });
  open.push(socket);
  return socket;
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

/** Resolves with the close code, or "open" when the socket is still open after `ms`. */
function closedWithin(socket: TestSocket, ms: number): Promise<number | 'open'> {
  return Promise.race([socket.closed, new Promise<'open'>((resolve) => setTimeout(() => resolve('open'), ms))]);
}

async function signInAgain(person: TestPerson): Promise<string> {
  const res = await t.request({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email: person.email, password: person.password },
  });
  expect(res.statusCode).toBe(200);
  const cookie = res.cookies.find((c) => c.name === 'allmende_session');
  return `allmende_session=${cookie?.value}`;
}

describe('a session that ends closes its sockets within a second', () => {
  it('on signing out, only that session’s socket', async () => {
    const person = await createPerson(t);
    const other = await signInAgain(person);
    const [leaving, staying] = [await connect(person.cookie), await connect(other)];
    const res = await t.request({ method: 'POST', url: '/api/auth/logout', cookie: person.cookie });
    expect(res.statusCode).toBe(204);
    expect(await closedWithin(leaving, 1000)).toBe(SESSION_ENDED);
    expect(await closedWithin(staying, 300)).toBe('open');
  });

  it('on signing out everywhere, every socket of the person and nobody else’s', async () => {
    const person = await createPerson(t);
    const bystander = await createPerson(t);
    const sockets = [await connect(person.cookie), await connect(await signInAgain(person))];
    const theirs = await connect(bystander.cookie);
    expect((await t.request({ method: 'POST', url: '/api/auth/logout-all', cookie: person.cookie })).statusCode).toBe(
      204,
    );
    for (const socket of sockets) expect(await closedWithin(socket, 1000)).toBe(SESSION_ENDED);
    expect(await closedWithin(theirs, 300)).toBe('open');
  });

  it('on a password reset through the mailed link, signed out, every socket of the person', async () => {
    const person = await createPerson(t);
    const socket = await connect(person.cookie);
    const asked = await t.request({
      method: 'POST',
      url: '/api/auth/password-reset',
      payload: { email: person.email },
    });
    expect(asked.statusCode).toBe(202);
    const token = tokenIn((await mailsFor(t, person.email))[0] as string, '/reset-password');
    const res = await t.request({
      method: 'POST',
      url: '/api/auth/password-reset/confirm',
      payload: { token, password: 'a brand new password' },
    });
    expect(res.statusCode).toBe(204);
    expect(await closedWithin(socket, 1000)).toBe(SESSION_ENDED);
  });

  it('on a lock by a platform admin, and the locked person receives nothing more', async () => {
    const admin = await createPerson(t, { platformAdmin: true });
    const person = await createPerson(t);
    const socket = await connect(person.cookie);
    const res = await t.request({ method: 'POST', url: `/api/admin/persons/${person.id}/lock`, cookie: admin.cookie });
    expect(res.statusCode).toBe(204);
    expect(await closedWithin(socket, 1000)).toBe(SESSION_ENDED);
    await t.deps.db.transaction((tx) =>
      emit(tx, { type: 'test.note', payload: { tag: newId() }, audience: { kind: 'persons', personIds: [person.id] } }),
    );
    await t.deps.publisher.flush();
    expect(socket.messages.filter((m) => m.type === 'test.note')).toEqual([]);
  });
});

describe('client frames are checked against their schema', () => {
  it('answers a resume from an impossible position with an error frame and keeps serving', async () => {
    const person = await createPerson(t);
    const socket = await connect(person.cookie);
    const frames = [
      '{"type":"resume","after":1e300}',
      '{"type":"resume","after":9223372036854775808}',
      '{"type":"resume","after":-9223372036854775808}',
      '{"type":"resume","after":-1}',
      '{"type":"resume","after":1.5}',
      '{"type":"resume"}',
      '{"type":"typing","channelId":"not-a-uuid"}',
      '{"type":"presence","status":"invisible"}',
      '{"type":"constructor"}',
      '{"type":"__proto__"}',
      '[]',
      '"resume"',
      '{"type":',
    ];
    for (const frame of frames) socket.sendRaw(frame);
    socket.send({ type: 'ping' });
    await socket.next((m) => m.type === 'pong');
    const errors = socket.messages.filter((m) => m.type === 'error');
    expect(errors).toHaveLength(frames.length);
    expect(errors[0]?.title).toMatch(/resume needs an integer position/);
    // A valid resume from the start still works on the same socket.
    socket.send({ type: 'resume', after: Number.MAX_SAFE_INTEGER });
    socket.send({ type: 'ping' });
    await socket.next((m) => m.type === 'pong' && socket.messages.filter((x) => x.type === 'pong').length === 2);
    expect(socket.messages.filter((m) => m.type === 'error')).toHaveLength(frames.length);
  });

  it('closes a socket that sends an oversize frame (1009) and serves the next one', async () => {
    const person = await createPerson(t);
    const socket = await connect(person.cookie);
    socket.sendRaw(JSON.stringify({ type: 'ping', pad: 'x'.repeat(70 * 1024) }));
    expect(await closedWithin(socket, 2000)).toBe(1009);
    const again = await connect(person.cookie);
    again.send({ type: 'ping' });
    await again.next((m) => m.type === 'pong');
  });
});
