import { beforeAll, describe, expect, it } from 'vitest';
import { csvRows } from '../../../test/csv-rows.ts';
import type { TestPerson } from '../../../test/factories.ts';
import { buildTestApp, problemOf, type TestApp } from '../../../test/test-app.ts';
import { fakeWebDist } from '../../../test/web-dist.ts';
import { dayFromToday } from '../project-fixtures.ts';
import { type PortfolioWorld, portfolioWorld } from './portfolio-fixtures.ts';
import { calendarDate } from './report-words.ts';

let t: TestApp;
let w: PortfolioWorld;

beforeAll(async () => {
  t = await buildTestApp({ webDist: fakeWebDist() });
  w = await portfolioWorld(t);
});

const get = (person: TestPerson | null, url: string, language?: 'en' | 'de') =>
  t.request({
    method: 'GET',
    url,
    cookie: [person?.cookie, language ? `allmende_language=${language}` : null].filter(Boolean).join('; ') || undefined,
  });

describe('GET /api/portfolio.csv', () => {
  it('gives Excel the portfolio with German heads, words and dates, reasons worded, formulas defused', async () => {
    const res = await get(w.a.admin, `/api/portfolio.csv?alliance=${w.alliance.id}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="statusbericht-verbund-.*\.csv"/);
    expect(res.body.startsWith('\uFEFF')).toBe(true);
    const rows = csvRows(res.body.slice(1));
    expect(rows[0]).toEqual([
      'Projekt',
      'Arbeitsraum',
      'Federführung',
      'Status',
      'Ampel',
      'Gründe',
      'Fortschritt',
      'Nächster Meilenstein',
      'Ende',
    ]);
    expect(rows.slice(1).map((r) => r[0])).toEqual([
      'Smart Health',
      'Vernetzte Mobilität',
      'Bürgerportal',
      'New Work',
      'Altes Projekt',
    ]);
    const mobility = rows[2] as string[];
    expect(mobility).toEqual([
      'Vernetzte Mobilität',
      w.workspaces.shared.name,
      `${w.a.organisation.name} (${w.aMember.name})`,
      'läuft',
      'Gelb',
      'Meilenstein Ausschreibung +10 Tage gegenüber Plan v2 (gelb ab 7 Tagen)',
      'keine Aufgaben',
      `Ausschreibung (${calendarDate(dayFromToday(30), 'de')})`,
      calendarDate(dayFromToday(300), 'de'),
    ]);
    expect(calendarDate('2027-03-05', 'de')).toBe('05.03.2027');
    const health = rows[1] as string[];
    expect(health[4]).toBe('Rot');
    expect(health[5]?.split('\n')[0]).toBe('100\u00a0% der offenen Aufgaben überfällig (rot ab 30\u00a0%)');
    expect(health[6]).toBe('0 von 3 Aufgaben erledigt (0\u00a0%)');
    // A milestone named like a formula stays text in Excel.
    expect(rows[4]?.[7]).toMatch(/^'=SUMME\(1;2\) \(/);
    expect(res.body).toContain(`"'=SUMME(1;2) (`);
    expect(rows[5]?.slice(3, 5)).toEqual(['abgeschlossen', 'ohne Ampel']);
    // Glasfaser, which A's admin does not see, is nowhere in the file.
    expect(res.body).not.toContain('Glasfaser');
  });

  it('follows the filters, speaks English to English readers, and keeps the walls', async () => {
    const en = await get(w.a.admin, `/api/portfolio.csv?alliance=${w.alliance.id}&level=amber`, 'en');
    expect(en.statusCode, en.body).toBe(200);
    expect(en.headers['content-disposition']).toMatch(/filename="status-report-verbund-/);
    const rows = csvRows(en.body.slice(1));
    expect(rows[0]?.slice(0, 5)).toEqual(['Project', 'Workspace', 'Lead', 'Status', 'Health']);
    expect(rows.length).toBe(2);
    expect(rows[1]?.[5]).toBe('Milestone Ausschreibung +10 days against Plan v2 (amber from 7 days)');
    const url = `/api/portfolio.csv?alliance=${w.alliance.id}`;
    expect(problemOf(await get(null, url), 401).status).toBe(401);
    expect(problemOf(await get(w.outsider, url), 404).status).toBe(404);
    expect(problemOf(await get(w.a.admin, '/api/portfolio.csv'), 400).status).toBe(400);
    const guest = csvRows((await get(w.guest, url)).body.slice(1));
    expect(guest.slice(1).map((r) => r[0])).toEqual(['Bürgerportal']);
  });
});

describe('GET /api/portfolio/report', () => {
  it('renders a printable German status report without scripts: table with heads, colours in words, reasons', async () => {
    const res = await get(w.a.admin, `/api/portfolio/report?alliance=${w.alliance.id}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-store');
    const page = res.body;
    expect(page).toContain('<html lang="de"');
    expect(page).toContain(`<title>Statusbericht: ${w.alliance.name} – Allmende</title>`);
    expect(page).not.toContain('<script type="module"');
    expect(page).toContain('@media print');
    expect(page).toContain('<main id="main-content"');
    expect(page).toContain(`data-page-title="">${w.alliance.name}</h1>`);
    expect(page).toContain(`Stand: ${calendarDate(dayFromToday(0), 'de', 'long')} · 5 Projekte`);
    expect(page).toContain('1 weiteres Projekt ohne Zugriff');
    expect(page).toContain(`<caption class="kern-sr-only">Projekte – ${w.alliance.name}</caption>`);
    expect(page).toContain('<th scope="col" class="kern-table__header">Ampel</th>');
    expect(page).toContain('<th scope="row" class="kern-table__cell" data-label="Projekt">Vernetzte Mobilität</th>');
    expect(page).toContain('<li>Meilenstein Ausschreibung +10 Tage gegenüber Plan v2 (gelb ab 7 Tagen)</li>');
    expect(page).toContain(
      '<span class="kern-badge kern-badge--small kern-badge--danger"><span class="kern-label">Rot</span>',
    );
    expect(page).toContain('Rot: 1');
    expect(page).toContain('Wie die Ampel entsteht');
    // Names are text, never markup.
    expect(page).toContain('=SUMME(1;2)');
    expect(page).not.toContain('Glasfaser');
  });

  it('is English for English readers, counts unseen projects for admins only, and keeps the walls', async () => {
    const en = await get(w.a.admin, `/api/portfolio/report?organisation=${w.a.organisation.id}`, 'en');
    expect(en.statusCode, en.body).toBe(200);
    expect(en.body).toContain('<html lang="en"');
    expect(en.body).toContain('Status report · Organisation');
    expect(en.body).toContain('1 more project without access');
    expect(en.body).toContain('Milestone Ausschreibung +10 days against Plan v2 (amber from 7 days)');
    const member = await get(w.aMember, `/api/portfolio/report?alliance=${w.alliance.id}`);
    expect(member.statusCode).toBe(200);
    expect(member.body).not.toContain('ohne Zugriff');
    const url = `/api/portfolio/report?alliance=${w.alliance.id}`;
    expect(problemOf(await get(null, url), 401).status).toBe(401);
    expect(problemOf(await get(w.outsider, url), 404).status).toBe(404);
    expect(problemOf(await get(w.a.admin, `/api/portfolio/report?alliance=${w.alliance.id}&sort=x`), 400).status).toBe(
      400,
    );
  });
});
