import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { FORMER_PERSON_NAME } from '../../../../shared/contracts/account-deletion.ts';
import { rowsOf } from '../../../platform/db/sql-rows.ts';
import { createOrganisation, createPerson, type TestPerson, unique } from '../../../test/factories.ts';
import { buildTestApp, problemOf } from '../../../test/test-app.ts';
import { readMail } from '../../notifications/notification-fixtures.ts';
import { uniqueIp } from '../test-support.ts';

const t = await buildTestApp();
const admin = await createPerson(t, { platformAdmin: true, name: `Admin ${unique('a')}` });
const UNKNOWN_ID = '01900000-0000-7000-8000-000000000000';

const deletePerson = (by: TestPerson | null, id: string, payload: unknown) =>
  t.request({
    method: 'POST',
    url: `/api/admin/persons/${id}/deletion`,
    cookie: by?.cookie,
    payload: payload as object,
    remoteAddress: uniqueIp(),
  });

const stillThere = async (person: TestPerson) =>
  (await t.request({ method: 'GET', url: '/api/me', cookie: person.cookie })).statusCode === 200;

describe('POST /api/admin/persons/:id/deletion', () => {
  it('deletes a person on request: audited with the reason, the person told by mail, gone from the list', async () => {
    const organisation = await createOrganisation(t);
    const orgAdmin = await createPerson(t, { organisation, role: 'admin' });
    const person = await createPerson(t, { organisation, name: `Zu Löschen ${unique('z')}` });
    const reason = `Antrag per Brief vom 1. Dezember ${unique('r')}`;
    const res = await deletePerson(admin, person.id, { reason, contributions: 'delete' });
    expect(res.statusCode, res.body).toBe(204);
    expect(await stillThere(person)).toBe(false);
    const [row] = rowsOf<{ name: string; deleted: boolean }>(
      await t.deps.db.execute(sql`select name, deleted_at is not null as deleted from persons where id = ${person.id}`),
    );
    expect(row).toEqual({ name: FORMER_PERSON_NAME, deleted: true });
    const [entry] = rowsOf<{ actor: string; details: Record<string, unknown>; organisation: string }>(
      await t.deps.db.execute(
        sql`select actor_id as actor, details, organisation_id as organisation from audit_log
            where action = 'account.deleted' and subject_id = ${person.id}`,
      ),
    );
    expect(entry).toEqual({
      actor: admin.id,
      details: { by: 'admin', contributions: 'delete', reason },
      organisation: organisation.id,
    });
    for (let i = 0; i < 100 && t.mailsTo(person.email).length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    const mail = readMail(t.mailsTo(person.email)[0] as string);
    expect(mail.subject).toBe('Ihr Konto wurde gelöscht');
    expect(mail.text).not.toContain(reason);
    for (let i = 0; i < 100 && t.mailsTo(orgAdmin.email).length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect(t.mailsTo(orgAdmin.email)).toHaveLength(1);
    const list = await t.request({ method: 'GET', url: `/api/admin/persons?q=${person.id}`, cookie: admin.cookie });
    expect(list.json()).toMatchObject({ total: 0, items: [] });
    // Deleted once: a second time it is unknown.
    problemOf(await deletePerson(admin, person.id, { reason, contributions: 'keep' }), 404);
  });

  it('is not there for anyone but a platform admin (404), also signed out', async () => {
    const organisation = await createOrganisation(t);
    const orgAdmin = await createPerson(t, { organisation, role: 'admin' });
    const member = await createPerson(t, { organisation });
    for (const by of [null, member, orgAdmin]) {
      problemOf(await deletePerson(by, member.id, { reason: 'Antrag', contributions: 'keep' }), 404);
    }
    expect(await stillThere(member)).toBe(true);
  });

  it.each([
    ['no reason', { contributions: 'keep' }],
    ['an empty reason', { reason: '', contributions: 'keep' }],
    ['a blank reason', { reason: '   \n ', contributions: 'keep' }],
    ['a reason of null', { reason: null, contributions: 'keep' }],
    ['no choice', { reason: 'Antrag' }],
    ['an unknown choice', { reason: 'Antrag', contributions: 'all' }],
    ['a body of null', null],
    ['a NUL byte', { reason: 'An\u0000trag', contributions: 'keep' }],
    ['a 100 kB reason', { reason: 'r'.repeat(100_000), contributions: 'keep' }],
    ['an extra field', { reason: 'Antrag', contributions: 'keep', email: 'x@example.org' }],
  ])('refuses %s with 400 problem+json', async (_, payload) => {
    const person = await createPerson(t);
    problemOf(await deletePerson(admin, person.id, payload), 400);
    expect(await stillThere(person)).toBe(true);
  });

  it('refuses a malformed ID (400), an unknown one (404) and the admin themselves (403)', async () => {
    problemOf(await deletePerson(admin, 'not-a-uuid', { reason: 'Antrag', contributions: 'keep' }), 400);
    problemOf(await deletePerson(admin, UNKNOWN_ID, { reason: 'Antrag', contributions: 'keep' }), 404);
    const self = problemOf(await deletePerson(admin, admin.id, { reason: 'Antrag', contributions: 'keep' }), 403);
    expect(self.type).toContain('cannot-delete-self');
    expect(await stillThere(admin)).toBe(true);
  });

  it('refuses to delete the last admin of an organisation until someone takes over (409)', async () => {
    const organisation = await createOrganisation(t);
    const lastAdmin = await createPerson(t, { organisation, role: 'admin' });
    const problem = problemOf(
      await deletePerson(admin, lastAdmin.id, { reason: 'Antrag', contributions: 'keep' }),
      409,
    );
    expect(problem.type).toContain('hand-over-first');
    expect((problem as Record<string, unknown>).organisations).toBe(organisation.name);
    expect(await stillThere(lastAdmin)).toBe(true);
  });
});
