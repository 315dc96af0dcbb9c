import { and, eq, sql } from 'drizzle-orm';
import { unzipSync } from 'fflate';
import { Secret, TOTP } from 'otpauth';
import { describe, expect, it } from 'vitest';
import { newId } from '../../platform/db/ids.ts';
import { rowsOf } from '../../platform/db/sql-rows.ts';
import { jobs } from '../../platform/jobs/tables.ts';
import { createOrganisation, createPerson, type TestPerson, unique } from '../../test/factories.ts';
import { buildTestAppOnOwnDatabase } from '../../test/own-database.ts';
import { problemOf } from '../../test/test-app.ts';
import { uniqueIp } from '../accounts/test-support.ts';
import { readMail } from '../notifications/notification-fixtures.ts';
import { EXPORT_JOB } from './export-queries.ts';

// A database of its own: the export is prepared by this app's job runner (see my-data.test.ts).
const t = await buildTestAppOnOwnDatabase();
const admin = await createPerson(t, { platformAdmin: true, name: `Admin ${unique('a')}` });
const UNKNOWN_ID = '01900000-0000-7000-8000-000000000000';

interface AdminExport {
  id: string;
  state: string;
  onRequest: boolean;
  requestedBy: { id: string; name: string } | null;
  reason: string | null;
}

const prepare = (by: TestPerson | null, personId: string, payload: unknown, code?: string) =>
  t.request({
    method: 'POST',
    url: `/api/admin/persons/${personId}/data-exports`,
    cookie: by?.cookie,
    payload: payload as object,
    remoteAddress: uniqueIp(),
    headers: code ? { 'x-two-factor-code': code } : {},
  });
const listFor = (by: TestPerson | null, personId: string) =>
  t.request({ method: 'GET', url: `/api/admin/persons/${personId}/data-exports`, cookie: by?.cookie });
const downloadAs = (by: TestPerson | null, personId: string, id: string) =>
  t.request({ method: 'GET', url: `/api/admin/persons/${personId}/data-exports/${id}/download`, cookie: by?.cookie });

async function finished(personId: string, id: string): Promise<AdminExport> {
  for (let i = 0; i < 300; i++) {
    const found = ((await listFor(admin, personId)).json() as AdminExport[]).find((e) => e.id === id);
    if (found && found.state !== 'queued' && found.state !== 'running') return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the export did not finish');
}

const auditOf = async (personId: string, action: string) =>
  rowsOf<{ actor: string; details: Record<string, unknown> }>(
    await t.deps.db.execute(
      sql`select actor_id as actor, details from audit_log
          where action = ${action} and subject_type = 'person' and subject_id = ${personId} order by at`,
    ),
  );

const exportsOfPerson = (personId: string) =>
  t.deps.db
    .select()
    .from(jobs)
    .where(and(eq(jobs.kind, EXPORT_JOB), eq(jobs.createdBy, personId)));

describe("a person's data export on request (platform admins)", () => {
  it('is prepared with a reason, audited, handed to the admin and to the person, who is told', async () => {
    const person = await createPerson(t, { name: `Auskunft ${unique('p')}` });
    const reason = `Schreiben vom 3. Dezember ${unique('r')}`;
    const res = await prepare(admin, person.id, { reason: `  ${reason} ` });
    expect(res.statusCode, res.body).toBe(202);
    const started = res.json() as AdminExport;
    expect(started).toMatchObject({
      state: 'queued',
      onRequest: true,
      requestedBy: { id: admin.id, name: admin.name },
      reason,
    });
    expect(await auditOf(person.id, 'account.data_export_requested')).toEqual([
      { actor: admin.id, details: { exportId: started.id, reason } },
    ]);

    expect(await finished(person.id, started.id)).toMatchObject({ state: 'done', onRequest: true });
    const zip = await downloadAs(admin, person.id, started.id);
    expect(zip.statusCode, zip.body).toBe(200);
    expect(zip.headers['content-type']).toBe('application/zip');
    expect(zip.headers['cache-control']).toBe('no-store');
    expect(zip.headers['content-disposition']).toMatch(/filename="allmende-datenauskunft-\d{4}-\d{2}-\d{2}\.zip"/);
    const files = unzipSync(new Uint8Array(zip.rawPayload));
    const account = JSON.parse(Buffer.from(files['account.json'] as Uint8Array).toString('utf8'));
    expect(account.person).toMatchObject({ id: person.id, email: person.email });
    expect(await auditOf(person.id, 'account.data_export_downloaded')).toEqual([
      { actor: admin.id, details: { exportId: started.id } },
    ]);

    // The person sees it on their page, marked as prepared on request, and may download it as well.
    const mine = await t.request({ method: 'GET', url: '/api/me/data-exports', cookie: person.cookie });
    expect(mine.json()).toEqual([expect.objectContaining({ id: started.id, state: 'done', onRequest: true })]);
    expect(mine.body).not.toContain(reason);
    const own = await t.request({
      method: 'GET',
      url: `/api/me/data-exports/${started.id}/download`,
      cookie: person.cookie,
    });
    expect(own.statusCode).toBe(200);

    for (let i = 0; i < 100 && t.mailsTo(person.email).length === 0; i++) await new Promise((r) => setTimeout(r, 50));
    const mail = readMail(t.mailsTo(person.email)[0] as string);
    expect(mail.subject).toBe('Ihre Daten sind bereit');
    expect(mail.text).toContain('auf Ihre Anfrage hat die Plattform-Administration');
    expect(mail.text).not.toContain(reason);
  });

  it("keeps the person's own exports theirs: listed to the admin, never downloadable by them", async () => {
    const person = await createPerson(t);
    const asked = await t.request({ method: 'POST', url: '/api/me/data-exports', cookie: person.cookie });
    expect(asked.statusCode).toBe(202);
    const own = asked.json() as AdminExport;
    expect(own.onRequest).toBe(false);
    expect(await finished(person.id, own.id)).toMatchObject({ onRequest: false, requestedBy: null, reason: null });
    expect(problemOf(await downloadAs(admin, person.id, own.id), 404).type).toBe('/problems/not-found');
    expect(await auditOf(person.id, 'account.data_export_downloaded')).toEqual([]);
  });

  it('refuses a second one while one is under way (409) and writes nothing then', async () => {
    const person = await createPerson(t);
    await t.deps.db.insert(jobs).values({
      id: newId(),
      kind: EXPORT_JOB,
      payload: {},
      state: 'running',
      total: 11,
      createdBy: person.id,
      lockedBy: 'another-process',
      lockedUntil: new Date(Date.now() + 3600_000),
    });
    expect(problemOf(await prepare(admin, person.id, { reason: 'Brief' }), 409).type).toBe('/problems/export-running');
    expect(await auditOf(person.id, 'account.data_export_requested')).toEqual([]);
    expect(await exportsOfPerson(person.id)).toHaveLength(1);
  });

  it('is nothing to anyone but a platform admin, and refuses bad input with 400 and unknown people with 404', async () => {
    const organisation = await createOrganisation(t);
    const orgAdmin = await createPerson(t, { organisation, role: 'admin' });
    const person = await createPerson(t, { organisation });
    const started = (await prepare(admin, person.id, { reason: 'Antrag per E-Mail' })).json() as AdminExport;
    await finished(person.id, started.id);

    // The administration does not exist to anyone else, signed out or not.
    for (const outsider of [null, orgAdmin, person]) {
      expect(problemOf(await prepare(outsider, person.id, { reason: 'x' }), 404).type).toBe('/problems/not-found');
      expect(problemOf(await listFor(outsider, person.id), 404).type).toBe('/problems/not-found');
      expect(problemOf(await downloadAs(outsider, person.id, started.id), 404).type).toBe('/problems/not-found');
    }
    // Another person's path does not reach this export.
    const other = await createPerson(t);
    expect(problemOf(await downloadAs(admin, other.id, started.id), 404).type).toBe('/problems/not-found');
    expect(problemOf(await downloadAs(admin, person.id, UNKNOWN_ID), 404).type).toBe('/problems/not-found');
    expect(problemOf(await listFor(admin, UNKNOWN_ID), 404).type).toBe('/problems/not-found');
    expect(problemOf(await prepare(admin, UNKNOWN_ID, { reason: 'x' }), 404).type).toBe('/problems/not-found');

    for (const body of [
      {},
      { reason: '' },
      { reason: '   ' },
      { reason: 'x', extra: 1 },
      { reason: 'x'.repeat(2001) },
    ]) {
      expect(problemOf(await prepare(admin, other.id, body), 400).status).toBe(400);
    }
    expect(problemOf(await listFor(admin, 'not-a-uuid'), 400).status).toBe(400);
    expect(problemOf(await downloadAs(admin, person.id, 'not-a-uuid'), 400).status).toBe(400);
    expect(await exportsOfPerson(other.id)).toHaveLength(0);
  });

  it('finds nobody to export once the account is deleted', async () => {
    const person = await createPerson(t);
    const deleted = await t.request({
      method: 'POST',
      url: `/api/admin/persons/${person.id}/deletion`,
      cookie: admin.cookie,
      payload: { reason: 'Antrag', contributions: 'keep' },
      remoteAddress: uniqueIp(),
    });
    expect(deleted.statusCode, deleted.body).toBe(204);
    expect(problemOf(await prepare(admin, person.id, { reason: 'Brief' }), 404).type).toBe('/problems/not-found');
    expect(problemOf(await listFor(admin, person.id), 404).type).toBe('/problems/not-found');
  });

  it('asks an admin with a second factor for a current code first', async () => {
    const secondAdmin = await createPerson(t, { platformAdmin: true });
    const codeAt = (secret: string, steps = 0) =>
      new TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) }).generate({
        timestamp: Date.now() + steps * 30_000,
      });
    const setup = await t.request({
      method: 'POST',
      url: '/api/me/two-factor/setup',
      cookie: secondAdmin.cookie,
      remoteAddress: uniqueIp(),
    });
    const { secret } = setup.json();
    const confirmed = await t.request({
      method: 'POST',
      url: '/api/me/two-factor/confirm',
      cookie: secondAdmin.cookie,
      payload: { code: codeAt(secret, -1) },
      remoteAddress: uniqueIp(),
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    const person = await createPerson(t);
    const missing = await prepare(secondAdmin, person.id, { reason: 'Brief' });
    expect(problemOf(missing, 401).type).toBe('/problems/two-factor-code-required');
    expect(await exportsOfPerson(person.id)).toHaveLength(0);
    const res = await prepare(secondAdmin, person.id, { reason: 'Brief' }, codeAt(secret));
    expect(res.statusCode, res.body).toBe(202);
  });
});
