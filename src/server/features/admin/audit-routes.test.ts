import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/tables.ts';
import { persons } from '../../platform/auth/tables.ts';
import { newId } from '../../platform/db/ids.ts';
import { createOrganisation, createPerson, unique } from '../../test/factories.ts';
import { buildTestApp, problemOf } from '../../test/test-app.ts';
import { uniqueIp } from '../accounts/test-support.ts';
import { createAllianceAs } from '../alliances/alliance-fixtures.ts';
import { changeState, createRecord, recordInput } from '../atlas/atlas-fixtures.ts';
import { createWorkspace } from '../workspaces/workspace-fixtures.ts';

const t = await buildTestApp();
const admin = await createPerson(t, { platformAdmin: true, name: `Admin ${unique('a')}` });

const get = (url: string, cookie?: string) => t.request({ method: 'GET', url, cookie });

interface Entry {
  action: string;
  at: string;
  actor: { id: string; name: string | null; deleted: boolean; link: string | null } | null;
  subject: { type: string; id: string; name: string | null; deleted: boolean; link: string | null } | null;
  organisation: { id: string; name: string | null; deleted: boolean; link: string | null } | null;
}

async function entriesOf(query: string): Promise<{ items: Entry[]; total: number }> {
  const res = await get(`/api/admin/audit?${query}`, admin.cookie);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/** Writes entries of one actor at given times, as the log keeps them. */
async function entriesAt(actorId: string, rows: Array<{ at: string; action?: string; details?: object }>) {
  for (const row of rows) {
    await t.deps.db.insert(auditLog).values({
      id: newId(),
      at: new Date(row.at),
      actorId,
      action: row.action ?? 'test.dated',
      details: (row.details as Record<string, unknown>) ?? null,
    });
  }
}

describe('GET /api/admin/audit: names and links', () => {
  it('names the actor and each thing with a link to its page, in one list', async () => {
    const organisation = await createOrganisation(t);
    const orgAdmin = await createPerson(t, { organisation, role: 'admin', name: `Olga ${unique('o')}` });
    const alliance = await createAllianceAs(t, orgAdmin);
    const workspace = await createWorkspace(t, orgAdmin, { ownerOrganisationId: organisation.id });
    const record = await createRecord(t, orgAdmin, recordInput([organisation.id]));
    expect((await changeState(t, orgAdmin, record.id, 'review')).statusCode).toBe(200);
    const page = await entriesOf(`actor=${orgAdmin.id}`);
    const byAction = new Map(page.items.map((e) => [e.action, e]));
    const actor = {
      id: orgAdmin.id,
      name: orgAdmin.name,
      deleted: false,
      link: `/admin/people?q=${encodeURIComponent(orgAdmin.email)}`,
    };
    expect(byAction.get('alliance.created')).toMatchObject({
      actor,
      subject: {
        type: 'alliance',
        id: alliance.id,
        name: alliance.name,
        deleted: false,
        link: `/alliances/${alliance.id}`,
      },
    });
    expect(byAction.get('workspace.created')).toMatchObject({
      subject: { type: 'workspace', name: workspace.name, link: `/workspaces/${workspace.id}` },
      organisation: { id: organisation.id, name: organisation.name, link: `/organisations/${organisation.id}` },
    });
    expect((await changeState(t, admin, record.id, 'published')).statusCode).toBe(200);
    const published = (await entriesOf(`actor=${admin.id}&action=cooperation.published`)).items.find(
      (e) => e.subject?.id === record.id,
    );
    expect(published).toMatchObject({
      subject: { type: 'cooperation', name: record.title, deleted: false, link: `/atlas/${record.slug}` },
    });
  });

  it('names people by name with a link to them in the people list', async () => {
    const person = await createPerson(t, { name: `Paula ${unique('p')}` });
    expect(
      (await t.request({ method: 'POST', url: `/api/admin/persons/${person.id}/lock`, cookie: admin.cookie }))
        .statusCode,
    ).toBe(204);
    const [entry] = (await entriesOf(`actor=${admin.id}&action=account.locked`)).items.filter(
      (e) => e.subject?.id === person.id,
    );
    expect(entry?.subject).toEqual({
      type: 'person',
      id: person.id,
      name: person.name,
      deleted: false,
      link: `/admin/people?q=${encodeURIComponent(person.email)}`,
    });
  });

  it('says "deleted" for people and things that are gone, names no content of messages, links legal pages', async () => {
    const gone = newId();
    const witness = await createPerson(t);
    await t.deps.db.insert(auditLog).values([
      { id: newId(), actorId: gone, action: 'test.gone', subjectType: 'person', subjectId: witness.id },
      {
        id: newId(),
        actorId: witness.id,
        action: 'test.gone',
        subjectType: 'organisation',
        subjectId: newId(),
        organisationId: newId(),
      },
      { id: newId(), actorId: witness.id, action: 'test.gone', subjectType: 'message', subjectId: newId() },
      { id: newId(), actorId: witness.id, action: 'test.gone', subjectType: 'legal_page', subjectId: 'impressum' },
      { id: newId(), actorId: witness.id, action: 'test.gone', subjectType: 'workspace', subjectId: 'not-a-uuid' },
    ]);
    const byGone = await entriesOf(`actor=${gone}`);
    expect(byGone.items[0]?.actor).toEqual({ id: gone, name: null, deleted: true, link: null });
    const items = (await entriesOf(`actor=${witness.id}`)).items;
    const of = (type: string) => items.find((e) => e.subject?.type === type);
    expect(of('organisation')).toMatchObject({
      subject: { name: null, deleted: true, link: null },
      organisation: { name: null, deleted: true, link: null },
    });
    expect(of('message')?.subject).toMatchObject({ name: null, deleted: false, link: null });
    expect(of('legal_page')?.subject).toMatchObject({ name: 'impressum', link: '/admin/legal/impressum' });
    expect(of('workspace')?.subject).toMatchObject({ id: 'not-a-uuid', name: null, deleted: true, link: null });
  });
});

describe('GET /api/admin/audit: the services and events an entry names', () => {
  it('names an offer, a purchase and an event with their pages, and says "deleted" once one is gone', async () => {
    const organisation = await createOrganisation(t);
    const witness = await createPerson(t, { organisation });
    const organisationId = organisation.id;
    const word = unique('benannt');
    const offer = newId();
    const purchase = newId();
    const event = newId();
    await t.deps.db.execute(
      sql`insert into service_offers (id, organisation_id, title, price_model, legal_basis, audience, created_by)
          values (${offer}, ${organisationId}, ${`Angebot ${word}`}, 'cost-recovery', 'zweckvereinbarung', 'platform', ${witness.id})`,
    );
    await t.deps.db.execute(
      sql`insert into events (id, title, starts_at, ends_at, visibility, created_by)
          values (${event}, ${`Forum ${word}`}, now(), now() + interval '1 hour', 'platform', ${witness.id})`,
    );
    await t.deps.db.insert(auditLog).values([
      { id: newId(), actorId: witness.id, action: 'test.named', subjectType: 'service_offer', subjectId: offer },
      { id: newId(), actorId: witness.id, action: 'test.named', subjectType: 'event', subjectId: event },
      {
        id: newId(),
        actorId: witness.id,
        action: 'test.named',
        subjectType: 'procurement_purchase',
        subjectId: purchase,
      },
    ]);
    const items = (await entriesOf(`actor=${witness.id}`)).items;
    const of = (type: string) => items.find((e) => e.subject?.type === type)?.subject;
    expect(of('service_offer')).toMatchObject({ name: `Angebot ${word}`, link: `/services/offers/${offer}` });
    expect(of('event')).toMatchObject({ name: `Forum ${word}`, link: `/events/${event}` });
    expect(of('procurement_purchase')).toMatchObject({ name: null, deleted: true, link: null });
  });
});

describe('GET /api/admin/audit: filters and paging', () => {
  // Summer time began on 29 March 2020 at 02:00: that day had 23 hours in Germany.
  const day = [
    { at: '2020-03-28T22:59:59Z', action: 'test.before' }, // 23:59:59 on the 28th
    { at: '2020-03-28T23:00:00Z', action: 'test.first' }, // 00:00 on the 29th
    { at: '2020-03-29T12:00:00Z', action: 'test.other' },
    { at: '2020-03-29T21:59:59Z', action: 'test.last' }, // 23:59:59 on the 29th (summer time)
    { at: '2020-03-29T22:00:00Z', action: 'test.after' }, // 00:00 on the 30th
  ];

  it('filters by person, by action and by whole local days, with paging', async () => {
    const person = await createPerson(t);
    const other = await createPerson(t);
    await entriesAt(person.id, day);
    await entriesAt(other.id, day);
    const actions = async (query: string) =>
      (await entriesOf(`actor=${person.id}&${query}`)).items.map((e) => e.action);
    expect(await actions('from=2020-03-29&to=2020-03-29')).toEqual(['test.last', 'test.other', 'test.first']);
    expect(await actions('from=2020-03-29')).toEqual(['test.after', 'test.last', 'test.other', 'test.first']);
    expect(await actions('to=2020-03-28')).toEqual(['test.before']);
    expect(await actions('action=test.l')).toEqual(['test.last']);
    const page = await entriesOf(`actor=${person.id}&from=2020-03-29&to=2020-03-29&offset=1&limit=1`);
    expect(page).toMatchObject({ total: 3, items: [{ action: 'test.other' }] });
    expect((await entriesOf(`actor=${person.id}`)).total).toBe(5);
  });

  it('refuses a range that ends before it begins, impossible days and unknown parameters', async () => {
    for (const query of [
      'from=2020-03-30&to=2020-03-29',
      'from=2020-02-30',
      'to=29.03.2020',
      'actor=nobody',
      'sort=at',
    ]) {
      expect(problemOf(await get(`/api/admin/audit?${query}`, admin.cookie), 400).type, query).toBe(
        '/problems/validation',
      );
      expect(problemOf(await get(`/api/admin/audit.csv?${query}`, admin.cookie), 400).type, query).toBe(
        '/problems/validation',
      );
    }
    expect(problemOf(await get(`/api/admin/audit?action=${'a'.repeat(101)}`, admin.cookie), 400).type).toBe(
      '/problems/validation',
    );
  });

  it('filters the action prefix literally', async () => {
    expect(await entriesOf('action=%25')).toEqual({ items: [], total: 0 });
  });

  it('shows sign-ins and failed sign-ins, newest first, with address and details', async () => {
    const person = await createPerson(t);
    const ip = uniqueIp();
    const login = (password: string) =>
      t.request({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: person.email, password },
        remoteAddress: ip,
      });
    await login('wrong password');
    await login(person.password);
    const res = await entriesOf('action=auth.login&limit=200');
    const mine = res.items.filter((e) => e.subject?.id === person.id);
    expect(mine).toEqual([
      expect.objectContaining({ action: 'auth.login', actor: expect.objectContaining({ id: person.id }), ip }),
      expect.objectContaining({ action: 'auth.login_failed', actor: null, ip, details: { email: person.email } }),
    ]);
    const all = res.items.map((e) => e.at);
    expect([...all].sort().reverse()).toEqual(all);
  });
});

describe('GET /api/admin/audit.csv', () => {
  it('exports the filtered entries for German Excel, with names, quoting and no formulas', async () => {
    const organisation = await createOrganisation(t, { name: `+49 Verband; "Nord" ${unique('n')}` });
    const person = await createPerson(t, { organisation, name: `=HYPERLINK("http://evil.example") ${unique('e')}` });
    await t.deps.db.insert(auditLog).values({
      id: newId(),
      at: new Date('2020-07-01T10:00:00Z'),
      actorId: person.id,
      action: 'test.export',
      subjectType: 'organisation',
      subjectId: organisation.id,
      organisationId: organisation.id,
      ip: '192.0.2.7',
      details: { note: 'Zeile 1\nZeile 2', formula: '@SUM(A1)' },
    });
    await entriesAt(person.id, [{ at: '2019-01-01T10:00:00Z', action: 'test.too-early' }]);

    const res = await get(`/api/admin/audit.csv?actor=${person.id}&from=2020-01-01`, admin.cookie);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="protokoll-\d{4}-\d{2}-\d{2}\.csv"/);
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = res.body.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe(
      'Zeitpunkt (Europe/Berlin);Aktion;Handelnde Person;E-Mail-Adresse der handelnden Person;Art des Gegenstands;Gegenstand;ID des Gegenstands;Organisation;IP-Adresse;Details',
    );
    const quoted = (s: string) => `"${s.replace(/"/g, '""')}"`;
    expect(lines[1]).toBe(
      [
        '2020-07-01 12:00:00',
        'test.export',
        quoted(`'${person.name}`),
        person.email,
        'Organisation',
        quoted(`'${organisation.name}`),
        organisation.id,
        quoted(`'${organisation.name}`),
        '192.0.2.7',
        quoted(JSON.stringify({ note: 'Zeile 1\nZeile 2', formula: '@SUM(A1)' })),
      ].join(';'),
    );
    // The line break inside the details stays inside its quoted cell: one entry, then the end.
    expect(lines.slice(2)).toEqual(['']);
  });

  it('speaks English to an admin who reads English, and gives every matching entry', async () => {
    const english = await createPerson(t, { platformAdmin: true });
    await t.deps.db.update(persons).set({ locale: 'en' }).where(eq(persons.id, english.id));
    const person = await createPerson(t);
    const many = Array.from({ length: 1205 }, (_, i) => ({
      at: new Date(Date.UTC(2021, 0, 1, 0, 0, i)).toISOString(),
    }));
    await entriesAt(person.id, many);
    const res = await get(`/api/admin/audit.csv?actor=${person.id}`, english.cookie);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/filename="audit-log-/);
    const lines = res.body
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toMatch(/^Time \(Europe\/Berlin\);Action;Actor;/);
    expect(lines).toHaveLength(1 + 1205);
    // Newest first, each once, across the export's batches.
    expect(lines[1]).toMatch(/^2021-01-01 01:20:04;test\.dated;/);
    expect(new Set(lines.slice(1).map((l) => l.slice(0, 19))).size).toBe(1205);
  });

  it('does not exist for members and signed-out people', async () => {
    const member = await createPerson(t);
    const orgAdmin = await createPerson(t, { organisation: await createOrganisation(t), role: 'admin' });
    for (const url of ['/api/admin/audit', '/api/admin/audit.csv']) {
      for (const cookie of [member.cookie, orgAdmin.cookie, undefined]) {
        const res = await get(url, cookie);
        expect(problemOf(res, 404).type).toBe('/problems/not-found');
        expect(res.body).not.toContain('auth.login');
      }
    }
  });
});
