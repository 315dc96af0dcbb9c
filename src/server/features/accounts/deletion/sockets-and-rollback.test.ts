import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { rowsOf } from '../../../platform/db/sql-rows.ts';
import { SESSION_ENDED } from '../../../platform/events/gateway.ts';
import { openSocket, type TestSocket } from '../../../platform/events/ws-test-client.ts';
import { createOrganisation, createPerson, type TestPerson } from '../../../test/factories.ts';
import { buildTestAppOnOwnDatabase } from '../../../test/own-database.ts';
import { TEST_ORIGIN } from '../../../test/test-app.ts';
import { uniqueIp } from '../test-support.ts';

// A database of its own: the rollback test adds a trigger, which must not touch other files' writes.
const t = await buildTestAppOnOwnDatabase();
await t.app.listen({ port: 0, host: '127.0.0.1' });
const base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;

const open: TestSocket[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});
async function connect(cookie: string) {
  const socket = await openSocket(base, { cookie, origin: TEST_ORIGIN });
  open.push(socket);
  return socket;
}
const closedWithin = (socket: TestSocket, ms: number): Promise<number | 'open'> =>
  Promise.race([socket.closed, new Promise<'open'>((resolve) => setTimeout(() => resolve('open'), ms))]);

const deleteOwn = (person: TestPerson) =>
  t.request({
    method: 'POST',
    url: '/api/me/account-deletion',
    cookie: person.cookie,
    payload: { password: person.password, contributions: 'delete' },
    remoteAddress: uniqueIp(),
  });

describe('account deletion: sessions, sockets and one transaction', () => {
  it('closes every open socket of the person at once, and only theirs', async () => {
    const person = await createPerson(t);
    const other = await createPerson(t);
    const [mine, theirs] = [await connect(person.cookie), await connect(other.cookie)];
    expect((await deleteOwn(person)).statusCode).toBe(204);
    expect(await closedWithin(mine, 1000)).toBe(SESSION_ENDED);
    expect(await closedWithin(theirs, 300)).toBe('open');
  });

  it('writes nothing when any step fails: the transaction rolls back', async () => {
    const organisation = await createOrganisation(t);
    await createPerson(t, { organisation, role: 'admin' });
    const person = await createPerson(t, { organisation });
    // The last statement of the deletion (its audit entry) fails for this person only.
    await t.deps.db.execute(
      sql.raw(`create function refuse_deletion_audit() returns trigger language plpgsql as $$
        begin
          if new.action = 'account.deleted' and new.subject_id = '${person.id}' then raise exception 'refused for the test'; end if;
          return new;
        end $$`),
    );
    await t.deps.db.execute(
      sql.raw(
        'create trigger refuse_deletion_audit before insert on audit_log for each row execute function refuse_deletion_audit()',
      ),
    );
    try {
      const res = await deleteOwn(person);
      expect(res.statusCode).toBe(500);
    } finally {
      await t.deps.db.execute(sql.raw('drop trigger refuse_deletion_audit on audit_log'));
      await t.deps.db.execute(sql.raw('drop function refuse_deletion_audit()'));
    }
    const [row] = rowsOf<{ name: string; email: string; deleted: boolean; sessions: number; memberships: number }>(
      await t.deps.db.execute(
        sql`select name, email, deleted_at is not null as deleted,
              (select count(*)::int from sessions where person_id = p.id) as sessions,
              (select count(*)::int from organisation_memberships where person_id = p.id) as memberships
            from persons p where id = ${person.id}`,
      ),
    );
    expect(row).toEqual({ name: person.name, email: person.email, deleted: false, sessions: 1, memberships: 1 });
    expect((await t.request({ method: 'GET', url: '/api/me', cookie: person.cookie })).statusCode).toBe(200);
  });
});
