import { and, asc, eq, isNotNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { newId } from '../../../platform/db/ids.ts';
import { createOrganisation, createPerson, unique } from '../../../test/factories.ts';
import { buildTestApp, problemOf } from '../../../test/test-app.ts';
import { organisations } from '../../organisations/tables.ts';
import { changeState, createRecord, getRecord, partner, publishedRecord, recordInput } from '../atlas-fixtures.ts';

const t = await buildTestApp();

/** A Gemeinde of the directory (it lies in a Kreis), with a confirmed member made for the test. */
async function directoryGemeinde() {
  const [gemeinde] = await t.deps.db
    .select({
      id: organisations.id,
      name: organisations.name,
      kreisId: organisations.kreisId,
      landCode: organisations.landCode,
      latitude: organisations.latitude,
      longitude: organisations.longitude,
    })
    .from(organisations)
    .where(and(eq(organisations.type, 'gemeinde'), isNotNull(organisations.kreisId), isNotNull(organisations.latitude)))
    .orderBy(asc(organisations.ags))
    .limit(1);
  if (!gemeinde) throw new Error('the test database has no directory');
  const [kreis] = await t.deps.db
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, gemeinde.kreisId as string));
  const member = await createPerson(t, { organisation: { ...gemeinde, domain: 'gemeinde.example' } });
  return { gemeinde, kreisName: kreis?.name as string, member };
}

describe('POST /api/atlas/cooperations', () => {
  it('creates a draft with a German slug, the partners’ Länder and Kreise and their centre as location', async () => {
    const { gemeinde, kreisName, member } = await directoryGemeinde();
    const other = await createOrganisation(t, { landCode: '09' });
    const tag = unique('w');
    const input = recordInput([gemeinde.id, other.id], { title: `Über Grenzen: Wasserversorgung ${tag}` });
    const record = await createRecord(t, member, input);
    expect(record).toMatchObject({
      slug: `ueber-grenzen-wasserversorgung-${tag}`,
      state: 'draft',
      revision: 1,
      partners: [expect.objectContaining({ id: gemeinde.id }), expect.objectContaining({ id: other.id })],
      landCodes: [gemeinde.landCode, '09'].sort(),
      kreise: [{ id: gemeinde.kreisId, name: kreisName }],
      locationSet: false,
      contacts: [expect.objectContaining({ name: 'Erika Muster', email: 'erika@bauhof.example' })],
      viewer: { canEdit: true, canSubmit: true, canPublish: false, canArchive: false, canContact: false },
    });
    expect(record.location?.latitude).toBeCloseTo(((gemeinde.latitude as number) + 53.4) / 2, 6);
    expect(record.location?.longitude).toBeCloseTo(((gemeinde.longitude as number) + 10) / 2, 6);
  });

  it('gives records with the same title different slugs and keeps a location the editor placed', async () => {
    const p = await partner(t);
    const title = `Gleicher Titel ${unique('s')}`;
    const first = await createRecord(t, p.member, recordInput([p.organisation.id], { title }));
    const second = await createRecord(
      t,
      p.member,
      recordInput([p.organisation.id], { title, location: { latitude: 51.5, longitude: 7.2 } }),
    );
    expect(second.slug).toBe(`${first.slug}-2`);
    expect(second).toMatchObject({ location: { latitude: 51.5, longitude: 7.2 }, locationSet: true });
  });

  it('refuses a slug another record has (409)', async () => {
    const p = await partner(t);
    const first = await createRecord(t, p.member, recordInput([p.organisation.id]));
    const res = await t.request({
      method: 'POST',
      url: '/api/atlas/cooperations',
      cookie: p.member.cookie,
      payload: recordInput([p.organisation.id], { slug: first.slug }),
    });
    expect(problemOf(res, 409).type).toBe('/problems/slug-taken');
  });

  it('refuses the addresses of the atlas pages /atlas/new and /atlas/mine as slugs (409)', async () => {
    const p = await partner(t);
    for (const slug of ['new', 'mine']) {
      const res = await t.request({
        method: 'POST',
        url: '/api/atlas/cooperations',
        cookie: p.member.cookie,
        payload: recordInput([p.organisation.id], { slug }),
      });
      expect(problemOf(res, 409).type).toBe('/problems/slug-taken');
    }
  });

  it('removes scripts, event handlers, javascript: links, iframes and styles but keeps the formatting', async () => {
    const p = await partner(t);
    const hostile = [
      '<h3>Ablauf</h3><p style="color:red" onclick="steal()">Wir <strong>teilen</strong> <em>alles</em>.</p>',
      '<script>alert(1)</script><style>body{display:none}</style>',
      '<img src="x" onerror="alert(2)"><iframe src="https://evil.example/"></iframe>',
      '<a href="javascript:alert(3)">Falle</a> <a href="https://kommune.example/bericht" target="_blank">Bericht</a>',
      '<ul><li>eins</li></ul><blockquote>Zitat</blockquote>',
    ].join('');
    const record = await createRecord(
      t,
      p.member,
      recordInput([p.organisation.id], {
        description: hostile,
        lessonsLearned: '<p onmouseover="x()">Lernen<br>mit <a href="mailto:info@kommune.example">Mail</a></p>',
        transferRequirements: '<p>Voraussetzung</p><script>alert(4)</script>',
      }),
    );
    for (const field of [record.description, record.lessonsLearned, record.transferRequirements]) {
      expect(field).not.toMatch(/script|style|onclick|onerror|onmouseover|iframe|javascript:|<img|alert/i);
    }
    expect(record.description).toContain('<h3>Ablauf</h3><p>Wir <strong>teilen</strong> <em>alles</em>.</p>');
    expect(record.description).toContain('<a href="https://kommune.example/bericht" rel="noopener">Bericht</a>');
    expect(record.description).toContain('Falle');
    expect(record.description).toContain('<ul><li>eins</li></ul><blockquote>Zitat</blockquote>');
    expect(record.lessonsLearned).toBe(
      '<p>Lernen<br />mit <a href="mailto:info@kommune.example" rel="noopener">Mail</a></p>',
    );
    expect(record.transferRequirements).toBe('<p>Voraussetzung</p>');
  });

  it('keeps plain-text transfer requirements as written', async () => {
    const p = await partner(t);
    const record = await createRecord(
      t,
      p.member,
      recordInput([p.organisation.id], { transferRequirements: 'Rat & Kreistag müssen zustimmen (> 50 %).' }),
    );
    expect(record.transferRequirements).toBe('Rat & Kreistag müssen zustimmen (> 50 %).');
  });

  it.each([
    ['an unknown sector', { sector: '11' }, 'body:/sector'],
    ['an unknown sector group', { sectorGroup: '06.9' }, 'body:/sectorGroup'],
    ['a group of another sector', { sector: '06', sectorGroup: '03.2' }, 'body:/sectorGroup'],
    ['an unknown task field', { fields: ['bauhof', 'raumfahrt'] }, 'body:/fields/1'],
    ['an unknown legal form', { legalForm: 'kaffeekasse' }, 'body:/legalForm'],
    ['an unknown project status', { status: 'vielleicht' }, 'body:/status'],
    ['a summary over 300 characters', { summary: 'x'.repeat(301) }, 'body:/summary'],
    ['an end before the start', { startYear: 2020, endYear: 2019 }, 'body:/endYear'],
    ['a start year before 1900', { startYear: 1850 }, 'body:/startYear'],
    ['a contact without e-mail or phone', { contacts: [{ name: 'Nur Name' }] }, 'body:/contacts/0'],
    ['an unknown contact person', { contacts: [{ personId: newId() }] }, 'body:/contacts/0/personId'],
    ['a website that is no web address', { website: 'javascript:alert(1)' }, 'body:/website'],
    ['an extra field', { secret: true } as object, 'body:/secret'],
  ])('refuses %s (400 naming the field)', async (_label, overrides, field) => {
    const p = await partner(t);
    const res = await t.request({
      method: 'POST',
      url: '/api/atlas/cooperations',
      cookie: p.member.cookie,
      payload: recordInput([p.organisation.id], overrides),
    });
    const problem = problemOf(res, 400);
    expect(problem.type).toBe('/problems/validation');
    expect(problem.errors?.map((e) => e.field)).toContain(field);
  });

  it('refuses an unknown partner organisation (400 naming it)', async () => {
    const p = await partner(t);
    const res = await t.request({
      method: 'POST',
      url: '/api/atlas/cooperations',
      cookie: p.member.cookie,
      payload: recordInput([p.organisation.id, newId()]),
    });
    expect(problemOf(res, 400).errors).toEqual([{ field: 'body:/partnerIds/1', message: expect.any(String) }]);
  });

  it('requires sign-in (401)', async () => {
    const p = await partner(t);
    const res = await t.request({
      method: 'POST',
      url: '/api/atlas/cooperations',
      payload: recordInput([p.organisation.id]),
    });
    expect(problemOf(res, 401).type).toBe('/problems/unauthenticated');
  });

  it('refuses people who are no confirmed member of a named partner (403); admins may file for others', async () => {
    const p = await partner(t);
    const outsider = await partner(t);
    const pending = await createPerson(t, { organisation: p.organisation, pending: true });
    for (const person of [outsider.member, pending, await createPerson(t)]) {
      const res = await t.request({
        method: 'POST',
        url: '/api/atlas/cooperations',
        cookie: person.cookie,
        payload: recordInput([p.organisation.id]),
      });
      expect(problemOf(res, 403).type).toBe('/problems/forbidden');
    }
    const admin = await createPerson(t, { platformAdmin: true });
    expect((await createRecord(t, admin, recordInput([p.organisation.id]))).state).toBe('draft');
  });
});

describe('GET /api/atlas/cooperations/:slug', () => {
  it('shows a draft to the people of every partner and to admins, and to nobody else (404)', async () => {
    const a = await partner(t);
    const b = await partner(t);
    const record = await createRecord(t, a.member, recordInput([a.organisation.id, b.organisation.id]));
    for (const person of [a.member, b.member, await createPerson(t, { platformAdmin: true })]) {
      expect((await getRecord(t, person, record.slug)).statusCode).toBe(200);
    }
    const outsider = await partner(t);
    const pending = await createPerson(t, { organisation: a.organisation, pending: true });
    for (const person of [null, outsider.member, pending, await createPerson(t)]) {
      expect(problemOf(await getRecord(t, person, record.slug), 404).type).toBe('/problems/not-found');
      expect(problemOf(await getRecord(t, person, record.id), 404).type).toBe('/problems/not-found');
    }
  });

  it('shows a published record to everyone, by slug or ID, but contacts’ e-mail and phone only when signed in', async () => {
    const owner = await partner(t);
    const record = await publishedRecord(t, owner);
    const signedOut = await getRecord(t, null, record.slug);
    expect(signedOut.statusCode).toBe(200);
    expect(signedOut.json()).toMatchObject({
      state: 'published',
      publishedAt: expect.any(String),
      contacts: [{ name: 'Erika Muster', role: 'Leitung Bauhof', email: null, phone: null }],
      viewer: { canEdit: false, canSubmit: false, canPublish: false, canArchive: false, canContact: false },
    });
    const outsider = await partner(t);
    const signedIn = await getRecord(t, outsider.member, record.id);
    expect(signedIn.json()).toMatchObject({
      slug: record.slug,
      contacts: [{ email: 'erika@bauhof.example', phone: '0123 456' }],
      viewer: { canEdit: false, canContact: true },
    });
  });

  it('names a linked contact by the person’s name and organisation', async () => {
    const owner = await partner(t);
    const colleague = await createPerson(t, { organisation: owner.organisation, name: `Kim ${unique('k')}` });
    const record = await publishedRecord(t, owner, { contacts: [{ personId: colleague.id, role: 'IT' }] });
    expect((await getRecord(t, null, record.slug)).json().contacts).toEqual([
      expect.objectContaining({
        personId: colleague.id,
        name: colleague.name,
        organisationName: owner.organisation.name,
      }),
    ]);
  });

  it('answers 404 for an unknown slug and 400 for a malformed one', async () => {
    expect((await getRecord(t, null, `gibt-es-nicht-${unique('n')}`)).statusCode).toBe(404);
    expect(problemOf(await getRecord(t, null, 'Gross_Schreibung'), 400).type).toBe('/problems/validation');
  });

  it('hides an archived record from everyone but partners and admins', async () => {
    const owner = await partner(t);
    const record = await publishedRecord(t, owner);
    const admin = await createPerson(t, { platformAdmin: true });
    expect((await changeState(t, admin, record.id, 'archived')).statusCode).toBe(200);
    expect((await getRecord(t, null, record.slug)).statusCode).toBe(404);
    expect((await getRecord(t, owner.member, record.slug)).json()).toMatchObject({
      state: 'archived',
      viewer: { canEdit: false },
    });
  });
});
