import { readFileSync, writeFileSync } from 'node:fs';
import type { APIRequestContext, Browser, Page } from '@playwright/test';
import { makeOrganisationAdmin, platformAdminApi } from './admin.ts';
import { findOrganisation, registerVerifiedViaApi, uniqueEmail } from './api.ts';
import { expect, expectAccessible, shot, test } from './fixtures.ts';
import { signInThroughUi } from './signin.ts';

// The round trip through a translation agency: an editor downloads a German page as XLIFF 2.0 for
// Arabic, the agency fills in every <target> (keeping the inline markup), the editor uploads the file,
// reads the check and confirms it. Citizens without JavaScript read the Arabic right to left; when the
// German changes, the Arabic stays online and the editor sees it as outdated.

const SUFFIX = Date.now().toString(36);
const XLIFF20_NS = 'urn:oasis:names:tc:xliff:document:2.0';

const GERMAN_TITLE = 'Wohnsitz anmelden';
const GERMAN_BODY =
  '<p>Sie melden Ihren Wohnsitz innerhalb von <strong>zwei Wochen</strong> beim Bürgerbüro an.</p>' +
  '<p>Mehr unter <a href="https://www.seevetal.de">seevetal.de</a>.</p>';
const ARABIC_TITLE = 'تسجيل مكان الإقامة';
const ARABIC_FIRST = 'سجّل مكان إقامتك خلال أسبوعين لدى مكتب خدمة المواطنين.';

/** What the agency writes for each run of German text of the file; a run not listed fails the journey. */
const AGENCY: Record<string, string> = {
  [GERMAN_TITLE]: ARABIC_TITLE,
  'Sie melden Ihren Wohnsitz innerhalb von ': 'سجّل مكان إقامتك خلال ',
  'zwei Wochen': 'أسبوعين',
  ' beim Bürgerbüro an.': ' لدى مكتب خدمة المواطنين.',
  'Mehr unter ': 'لمزيد من المعلومات: ',
  'seevetal.de': 'موقع سيفيتال',
  '.': '.',
};

// biome-ignore lint/suspicious/noExplicitAny: answers of the API, read by their known fields
async function ok(response: Awaited<ReturnType<APIRequestContext['get']>>, status = 200): Promise<any> {
  expect(response.status(), await response.text()).toBe(status);
  return response.json();
}

/** The markup of an inline text: its tags in order, without the text between them. */
const tagsOf = (inline: string) => inline.match(/<[^>]+>/g) ?? [];

/**
 * What a translation tool does: after each unit's <source> a <target> whose text runs are the agency's
 * Arabic and whose inline elements (<pc>, <ph>) are the source's, untouched.
 */
function translate(xliff: string): string {
  return xliff.replace(/<source>([\s\S]*?)<\/source>/g, (_, source: string) => {
    const target = source
      .split(/(<[^>]+>)/)
      .map((part) => {
        if (part.startsWith('<') || part.trim() === '') return part;
        const arabic = AGENCY[part];
        if (arabic === undefined) throw new Error(`the agency has no Arabic for "${part}"`);
        return arabic;
      })
      .join('');
    return `<source>${source}</source>\n        <target>${target}</target>`;
  });
}

/** The file as an XML parser reads it: root namespace, version, languages, and each unit's source and target. */
function readXliff(page: Page, xml: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const root = doc.documentElement;
    return {
      wellFormed: doc.getElementsByTagName('parsererror').length === 0,
      namespace: root.namespaceURI,
      name: root.localName,
      version: root.getAttribute('version'),
      srcLang: root.getAttribute('srcLang'),
      trgLang: root.getAttribute('trgLang'),
      units: [...root.getElementsByTagName('unit')].map((unit) => ({
        id: unit.getAttribute('id'),
        source: unit.getElementsByTagName('source')[0]?.textContent ?? null,
        target: unit.getElementsByTagName('target')[0]?.textContent ?? null,
      })),
    };
  }, xml);
}

/**
 * axe for a page read without JavaScript: axe needs timers, which such a page does not run, so it
 * checks the same address in a browser that gets none of the app's scripts.
 */
async function accessibleWithoutScripts(browser: Browser, url: string, name: string) {
  const mirror = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await mirror.route('**/*.js', (route) => route.abort());
  const copy = await mirror.newPage();
  await copy.goto(url);
  await expect(copy.getByRole('heading', { level: 1, name: ARABIC_TITLE })).toBeVisible();
  await expectAccessible(copy, name);
  await copy.setViewportSize({ width: 320, height: 800 });
  await expectAccessible(copy, `${name}-320`);
  await mirror.close();
}

test('an editor sends a page out as XLIFF 2.0 for Arabic, takes the translation back in, and citizens read it right to left', async ({
  page,
  browser,
}) => {
  // About half a minute alone; axe over the editor's long page and a second browser for the citizen's take longer on a busy machine.
  test.setTimeout(120_000);
  const platform = await platformAdminApi();
  const seevetal = await findOrganisation(platform, 'Seevetal');
  const editor = { name: 'Emil Übersetzung', email: uniqueEmail('emil.uebersetzung') };
  const api = await registerVerifiedViaApi({ ...editor, organisationId: seevetal.id });
  await makeOrganisationAdmin(platform, seevetal.id, (await ok(await api.get('/api/me'))).id);
  const slug = `wohnsitz-anmelden-xliff-${SUFFIX}`;
  const created = await ok(
    await api.post('/api/content/pages', {
      data: { organisationId: seevetal.id, slug, title: GERMAN_TITLE, bodyHtml: GERMAN_BODY },
    }),
    201,
  );

  // The editor opens the page and adds Arabic as a tab: the XLIFF exchange is offered for it.
  await page.setViewportSize({ width: 1280, height: 800 });
  await signInThroughUi(page, editor.email, editor.name);
  await page.goto(`/content/pages/${created.id}`);
  await expect(page.getByRole('heading', { level: 1, name: GERMAN_TITLE })).toBeVisible();
  await page.getByLabel('Sprache', { exact: true }).selectOption({ label: 'Arabisch' });
  await page.getByRole('button', { name: 'Sprache hinzufügen' }).click();
  await expect(page.getByRole('heading', { name: 'Übersetzung: Arabisch' })).toBeVisible();
  const tabs = page.getByRole('navigation', { name: 'Sprachen der Seite' });
  const arabicTab = tabs.getByRole('link', { name: /Arabisch/ });
  await expect(arabicTab).toContainText('neu, noch nicht gespeichert');

  // The XLIFF 2.0 download: German to Arabic, one unit for the title and one per paragraph.
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'XLIFF 2.0 für Arabisch herunterladen' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.xlf$/);
  const exported = test.info().outputPath(`${slug}.ar.xlf`);
  await download.saveAs(exported);
  const original = readFileSync(exported, 'utf8');
  const sent = await readXliff(page, original);
  expect(sent).toMatchObject({
    wellFormed: true,
    namespace: XLIFF20_NS,
    name: 'xliff',
    version: '2.0',
    srcLang: 'de',
    trgLang: 'ar',
  });
  expect(sent.units.map((u) => u.source)).toEqual([
    GERMAN_TITLE,
    'Sie melden Ihren Wohnsitz innerhalb von zwei Wochen beim Bürgerbüro an.',
    'Mehr unter seevetal.de.',
  ]);
  expect(sent.units.every((u) => u.target === null)).toBe(true);
  // Sent out, Arabic counts as being translated.
  await page.reload();
  await expect(arabicTab).toContainText('in Übersetzung');

  // The agency fills every target; the inline markup (bold, the link) stays as it came.
  const translated = translate(original);
  const returned = await readXliff(page, translated);
  expect(returned.wellFormed).toBe(true);
  expect(returned.units.map((u) => u.target)).toEqual([
    ARABIC_TITLE,
    ARABIC_FIRST,
    'لمزيد من المعلومات: موقع سيفيتال.',
  ]);
  const sources = [...translated.matchAll(/<source>([\s\S]*?)<\/source>\s*<target>([\s\S]*?)<\/target>/g)];
  expect(sources).toHaveLength(3);
  for (const [, source = '', target = ''] of sources) expect(tagsOf(target)).toEqual(tagsOf(source));
  expect(translated).toMatch(/<target>[^<]*<pc [^>]*subType="xlf:b"[^>]*>أسبوعين<\/pc>/);
  expect(translated).toMatch(/<target>[^<]*<pc [^>]*type="link"[^>]*dataRefStart="[^"]+"[^>]*>موقع سيفيتال<\/pc>/);
  const upload = test.info().outputPath(`${slug}.ar.translated.xlf`);
  writeFileSync(upload, translated);

  // The editor uploads it: the check matches every unit and writes nothing yet.
  const opener = page.getByRole('button', { name: 'XLIFF-Datei hochladen' });
  await opener.click();
  const dialog = page.getByRole('dialog', { name: 'XLIFF-Datei hochladen' });
  await dialog.getByLabel('XLIFF-Datei').setInputFiles(upload);
  await dialog.getByRole('button', { name: 'Datei prüfen' }).click();
  await expect(dialog.getByRole('heading', { name: 'Prüfbericht' })).toBeVisible();
  await expect(dialog.getByText('Die Datei kann übernommen werden.')).toBeVisible();
  await expect(dialog.getByText('3 von 3 Abschnitten passen und haben eine Übersetzung.')).toBeVisible();
  await expect(dialog.getByText('Alle Abschnitte passen.')).toBeVisible();
  await expect(dialog.getByText('wird übernommen', { exact: true })).toBeVisible();
  await expect(dialog.getByRole('table')).toHaveCount(0);
  await expect(arabicTab).toContainText('in Übersetzung');
  await expectAccessible(page, 'content-xliff-journey-report');
  await shot(page, 'content-xliff-journey-report');

  // Confirmed, the Arabic is current: a reviewed translation from an XLIFF file.
  await dialog.getByRole('button', { name: 'Übersetzung übernehmen' }).click();
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Die Übersetzung aus der XLIFF-Datei' })).toHaveText(
    'Die Übersetzung aus der XLIFF-Datei ist für eine Seite gespeichert.',
  );
  await expect(arabicTab).toContainText('aktuell');
  await expect(page.locator('.content-text-form p', { hasText: 'Stand:' })).toContainText('aktuell');
  // The form nobody typed in shows the imported text at once, without a reload, and nothing counts as unsaved.
  await expect(page.getByLabel('Titel (Arabisch)')).toHaveValue(ARABIC_TITLE);
  await expect(page.getByRole('textbox', { name: 'Text (Arabisch)' })).toContainText(ARABIC_FIRST);
  await expect(arabicTab).not.toContainText('ungespeichert');
  await expect(page.getByText('Arabisch ist noch nicht gespeichert', { exact: false })).toBeHidden();
  await shot(page, 'content-xliff-journey-imported');
  // Opened again, the Arabic tab holds the translation, right to left.
  await page.reload();
  await expect(page.getByLabel('Titel (Arabisch)')).toHaveValue(ARABIC_TITLE);
  await expect(page.getByLabel('Titel (Arabisch)')).toHaveAttribute('dir', 'rtl');
  await page.getByRole('link', { name: 'Versionen und Vergleich' }).click();
  await expect(page.getByRole('heading', { name: 'Arabisch: eine Version' })).toBeVisible();
  await expect(page.getByText('Aus XLIFF', { exact: true })).toBeVisible();

  // The public address of the Arabic page, as the public JSON lists it.
  const listed = await ok(await api.get(`/api/public/organisations/${seevetal.id}/pages?language=ar`));
  const entry = listed.pages.find((p: { id: string }) => p.id === created.id);
  expect(entry, 'the Arabic page is listed publicly').toBeTruthy();
  const arabicPath = new URL(entry.url).pathname;
  expect(arabicPath).toBe(`/inhalte/${listed.organisation.slug}/ar/${slug}`);

  // A citizen without JavaScript reads the Arabic right to left, offered the German too.
  const citizen = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
  const reader = await citizen.newPage();
  await reader.goto(arabicPath);
  const article = reader.locator('article.content-page');
  await expect(article.getByRole('heading', { level: 1, name: ARABIC_TITLE })).toBeVisible();
  await expect(article).toContainText(ARABIC_FIRST);
  await expect(article.getByRole('link', { name: 'موقع سيفيتال' })).toHaveAttribute('href', 'https://www.seevetal.de');
  await expect(article.locator('strong')).toHaveText('أسبوعين');
  await expect(article).toHaveAttribute('dir', 'rtl');
  await expect(article).toHaveAttribute('lang', 'ar');
  await expect(article).not.toContainText('Wohnsitz');
  const languages = reader.getByRole('navigation', { name: 'Sprachen' });
  await expect(languages.getByRole('link', { name: 'Deutsch' })).toHaveAttribute(
    'href',
    `/inhalte/${listed.organisation.slug}/de/${slug}`,
  );
  await expect(languages.getByRole('link', { name: 'العربية' })).toHaveAttribute('aria-current', 'page');
  await shot(reader, 'content-xliff-journey-public-ar-1280');
  await reader.setViewportSize({ width: 320, height: 800 });
  await expect.poll(() => reader.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await shot(reader, 'content-xliff-journey-public-ar-320');
  await accessibleWithoutScripts(browser, reader.url(), 'content-xliff-journey-public-ar');

  // The German changes (not a small correction): Arabic stays online and is outdated for the editor.
  await ok(
    await api.put(`/api/content/pages/${created.id}/languages/de`, {
      data: {
        title: GERMAN_TITLE,
        bodyHtml: `${GERMAN_BODY}<p>Bringen Sie Ihren Personalausweis mit.</p>`,
      },
    }),
  );
  await reader.goto(`/inhalte/${listed.organisation.slug}/de/${slug}`);
  await expect(reader.getByText('Bringen Sie Ihren Personalausweis mit.')).toBeVisible();
  await reader.goto(arabicPath);
  await expect(article.getByRole('heading', { level: 1, name: ARABIC_TITLE })).toBeVisible();
  await expect(article).toContainText(ARABIC_FIRST);
  await expect(article).not.toContainText('Personalausweis');
  await citizen.close();

  await page.goto(`/content/pages/${created.id}?language=ar`);
  await expect(page.getByRole('heading', { name: 'Übersetzung: Arabisch' })).toBeVisible();
  await expect(arabicTab).toContainText('veraltet');
  await expect(page.locator('.content-text-form p', { hasText: 'Stand:' })).toContainText('veraltet');
  await expect(
    page.getByText('Die bisherige Übersetzung wurde aus Version 1 gemacht; aktuell ist Version 2.'),
  ).toBeVisible();
  await shot(page, 'content-xliff-journey-outdated');
});
