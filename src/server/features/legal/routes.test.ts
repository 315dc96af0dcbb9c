import { and, desc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { FEDERAL_ARBITRATION } from '../../../shared/contracts/legal.ts';
import { auditLog } from '../../platform/audit/tables.ts';
import { createOrganisation, createPerson } from '../../test/factories.ts';
import { buildTestAppOnOwnPglite, problemOf } from '../../test/test-app.ts';

// A copy of the database of its own: the legal pages are one per platform, and these tests empty them.
const t = await buildTestAppOnOwnPglite();
const admin = await createPerson(t, { platformAdmin: true });
const organisation = await createOrganisation(t);
const organisationAdmin = await createPerson(t, { organisation, role: 'admin' });
const member = await createPerson(t, { organisation });

const get = (url: string, cookie?: string) => t.request({ method: 'GET', url, cookie });
const put = (page: string, payload: unknown, cookie?: string) =>
  t.request({ method: 'PUT', url: `/api/legal/${page}`, payload: payload as object, cookie });

const CONTACTS = { feedbackEmail: '', feedbackPhone: '', arbitration: FEDERAL_ARBITRATION };
const empty = (page: string) =>
  put(page, { de: '', en: '', ...(page === 'barrierefreiheit' ? { accessibility: CONTACTS } : {}) }, admin.cookie);

async function auditOf(page: string) {
  return t.deps.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.subjectType, 'legal_page'), eq(auditLog.subjectId, page), eq(auditLog.actorId, admin.id)))
    .orderBy(desc(auditLog.at));
}

describe('reading the legal pages signed out', () => {
  it('serves an empty page as not filled in, and says so in the status', async () => {
    for (const page of ['impressum', 'datenschutz', 'barrierefreiheit'])
      expect((await empty(page)).statusCode).toBe(200);
    const res = await get('/api/legal/impressum');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      page: 'impressum',
      filled: false,
      texts: { de: '', en: '' },
      accessibility: null,
    });
    const status = (await get('/api/legal')).json();
    expect(status.complete).toBe(false);
    expect(status.pages.map((p: { page: string; filled: boolean }) => [p.page, p.filled])).toEqual([
      ['impressum', false],
      ['datenschutz', false],
      ['barrierefreiheit', false],
    ]);
  });

  it('names the federal Schlichtungsstelle until the operator names another', async () => {
    const res = (await get('/api/legal/barrierefreiheit')).json();
    expect(res.accessibility).toEqual({
      feedbackEmail: '',
      feedbackPhone: '',
      arbitration: FEDERAL_ARBITRATION,
      arbitrationIsDefault: true,
    });
  });

  it('refuses a page that does not exist', async () => {
    expect(problemOf(await get('/api/legal/agb'), 400).type).toBe('/problems/validation');
  });
});

describe('writing the legal pages', () => {
  it('lets the platform admin write both languages; everyone reads them; the audit log records it', async () => {
    await empty('impressum');
    const res = await put(
      'impressum',
      { de: '<h3>Anbieter</h3><p>Landkreis Musterkreis</p>', en: '<p>District of Musterkreis</p>' },
      admin.cookie,
    );
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ filled: true, texts: { de: '<h3>Anbieter</h3><p>Landkreis Musterkreis</p>' } });

    const read = (await get('/api/legal/impressum')).json();
    expect(read.texts).toEqual({
      de: '<h3>Anbieter</h3><p>Landkreis Musterkreis</p>',
      en: '<p>District of Musterkreis</p>',
    });
    expect(read.updatedAt).toEqual(expect.any(String));
    const status = (await get('/api/legal')).json();
    expect(status.pages[0]).toMatchObject({ page: 'impressum', filled: true, languages: ['de', 'en'] });

    const [entry] = await auditOf('impressum');
    expect(entry).toMatchObject({ action: 'legal.updated', details: { changed: ['de', 'en'], filled: true } });
  });

  it('writes no audit entry when a save changes nothing', async () => {
    const body = { de: '<p>Gleich bleibt gleich</p>', en: '' };
    await put('datenschutz', body, admin.cookie);
    const before = (await auditOf('datenschutz')).length;
    expect((await put('datenschutz', body, admin.cookie)).statusCode).toBe(200);
    expect(await auditOf('datenschutz')).toHaveLength(before);
  });

  it('asks signed-out callers to sign in and refuses members and organisation admins', async () => {
    await put('impressum', { de: '<p>Vom Betreiber</p>', en: '' }, admin.cookie);
    const body = { de: '<p>Übernommen</p>', en: '' };
    expect(problemOf(await put('impressum', body), 401).type).toBe('/problems/unauthenticated');
    expect(problemOf(await put('impressum', body, member.cookie), 403).type).toBe('/problems/forbidden');
    expect(problemOf(await put('impressum', body, organisationAdmin.cookie), 403).type).toBe('/problems/forbidden');
    // Refused before validation: outsiders learn nothing about the body either.
    expect(problemOf(await put('impressum', { nonsense: true }, member.cookie), 403).type).toBe('/problems/forbidden');
    expect((await get('/api/legal/impressum')).json().texts.de).toBe('<p>Vom Betreiber</p>');
  });

  it('removes scripts, event handlers and script links, and keeps the formatting', async () => {
    const res = await put(
      'datenschutz',
      {
        de: '<p onclick="steal()">Daten<script>alert(1)</script></p><img src=x onerror="alert(2)"><a href="javascript:alert(3)">Link</a> <a href="mailto:datenschutz@kreis.example">Mail</a>',
        en: '<iframe src="https://evil.example"></iframe><p style="color:red"><strong>Data</strong></p>',
      },
      admin.cookie,
    );
    expect(res.statusCode).toBe(200);
    const { texts } = (await get('/api/legal/datenschutz')).json();
    expect(texts.de).toBe('<p>Daten</p><a>Link</a> <a href="mailto:datenschutz@kreis.example" rel="noopener">Mail</a>');
    expect(texts.en).toBe('<p><strong>Data</strong></p>');
  });

  it('serves a language without text as empty, so the page falls back to the other', async () => {
    await put('impressum', { de: '<p>Nur Deutsch</p>', en: '<p>  </p><p></p>' }, admin.cookie);
    const read = (await get('/api/legal/impressum')).json();
    expect(read).toMatchObject({ filled: true, texts: { de: '<p>Nur Deutsch</p>', en: '' } });
    expect((await get('/api/legal')).json().pages[0].languages).toEqual(['de']);

    // English alone does not fill a German public body's page.
    await put('impressum', { de: '', en: '<p>English only</p>' }, admin.cookie);
    expect((await get('/api/legal/impressum')).json()).toMatchObject({
      filled: false,
      texts: { de: '', en: '<p>English only</p>' },
    });
  });
});

describe('the accessibility statement', () => {
  it('is filled in with its text and a feedback address, and keeps the operator’s Schlichtungsstelle', async () => {
    const land = {
      name: 'Landesbeauftragte für Menschen mit Behinderungen – Schlichtungsstelle',
      address: ' Musterstraße 1 \n\n 12345 Musterstadt ',
      phone: '0123 45678',
      email: 'Schlichtung@Land.Example',
      website: 'https://land.example/schlichtung',
    };
    const text = { de: '<p>Diese Plattform ist teilweise barrierefrei.</p>', en: '' };
    const noContact = await put(
      'barrierefreiheit',
      { ...text, accessibility: { ...CONTACTS, arbitration: land } },
      admin.cookie,
    );
    expect(noContact.json().filled).toBe(false);

    const res = await put(
      'barrierefreiheit',
      {
        ...text,
        accessibility: {
          feedbackEmail: 'barrierefrei@kreis.example',
          feedbackPhone: '+49 4171 693-0',
          arbitration: land,
        },
      },
      admin.cookie,
    );
    expect(res.statusCode).toBe(200);
    expect((await get('/api/legal/barrierefreiheit')).json()).toMatchObject({
      filled: true,
      accessibility: {
        feedbackEmail: 'barrierefrei@kreis.example',
        feedbackPhone: '+49 4171 693-0',
        arbitration: { ...land, address: 'Musterstraße 1\n12345 Musterstadt', email: 'schlichtung@land.example' },
        arbitrationIsDefault: false,
      },
    });
    const [entry] = await auditOf('barrierefreiheit');
    expect(entry?.details).toEqual({ changed: ['feedbackEmail', 'feedbackPhone'], filled: true });
  });

  it('takes contacts only for the accessibility statement, and requires them there', async () => {
    const missing = problemOf(await put('barrierefreiheit', { de: '<p>x</p>', en: '' }, admin.cookie), 400);
    expect(missing.errors?.[0]?.field).toBe('body:/accessibility');
    const extra = problemOf(
      await put('impressum', { de: '<p>x</p>', en: '', accessibility: CONTACTS }, admin.cookie),
      400,
    );
    expect(extra.errors?.[0]?.field).toBe('body:/accessibility');
  });
});

describe('bad input', () => {
  const refused = async (page: string, payload: unknown) => problemOf(await put(page, payload, admin.cookie), 400).type;

  it('refuses over-long, missing, extra and wrong-typed fields as problem+json', async () => {
    expect(await refused('impressum', { de: 'x'.repeat(100_001), en: '' })).toBe('/problems/validation');
    expect(await refused('impressum', { de: '<p>x</p>' })).toBe('/problems/validation');
    expect(await refused('impressum', { de: '<p>x</p>', en: '', style: 'x' })).toBe('/problems/validation');
    expect(await refused('impressum', { de: 1, en: '' })).toBe('/problems/validation');
    const contacts = (over: object) => ({ de: '', en: '', accessibility: { ...CONTACTS, ...over } });
    expect(await refused('barrierefreiheit', contacts({ feedbackEmail: 'keine-adresse' }))).toBe(
      '/problems/validation',
    );
    expect(await refused('barrierefreiheit', contacts({ feedbackPhone: 'call me' }))).toBe('/problems/validation');
    const arbitration = (over: object) => contacts({ arbitration: { ...FEDERAL_ARBITRATION, ...over } });
    expect(await refused('barrierefreiheit', arbitration({ website: 'javascript:alert(1)' }))).toBe(
      '/problems/validation',
    );
    expect(await refused('barrierefreiheit', arbitration({ name: '' }))).toBe('/problems/validation');
    expect(await refused('barrierefreiheit', arbitration({ name: '   ' }))).toBe('/problems/validation');
  });

  it('refuses a body beyond the size limit with 413', async () => {
    const res = await put('impressum', { de: 'x'.repeat(3 * 1024 * 1024), en: '' }, admin.cookie);
    expect(problemOf(res, 413).status).toBe(413);
  });
});
