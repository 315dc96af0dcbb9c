import { contentLinkTexts, contentPages, contentVersions } from '../src/server/features/content/tables.ts';
import { countWords } from '../src/server/features/content/words.ts';
import { organisationMemberships, organisations } from '../src/server/features/organisations/tables.ts';
import { persons } from '../src/server/platform/auth/tables.ts';
import type { Db } from '../src/server/platform/db/client.ts';
import { newId } from '../src/server/platform/db/ids.ts';

/**
 * The benchmark's world: `sources` organisations sharing `pages` pages in five languages, and
 * `adopters` organisations each linking `linksPerAdopter` of them with their own opening hours. The
 * first page is linked by every adopter (the one whose change is propagated). Every organisation has
 * one editor, who hears of source changes.
 */
export interface ContentWorld {
  sources: { id: string; name: string; editorId: string }[];
  adopters: { id: string; name: string; editorId: string; links: { id: string; slug: string; sourceId: string }[] }[];
  pages: { id: string; organisationId: string; slug: string }[];
  hotPageId: string;
}

export const LANGUAGES = ['de', 'en', 'ar', 'uk', 'tr'] as const;

const SENTENCES: Record<(typeof LANGUAGES)[number], string> = {
  de: 'Wer in eine neue Wohnung zieht, meldet sich innerhalb von zwei Wochen im Bürgerbüro an. Bitte bringen Sie Ihren Ausweis und die Wohnungsgeberbestätigung mit.',
  en: 'Anyone who moves into a new home registers at the citizens’ office within two weeks. Please bring your identity card and the landlord’s confirmation.',
  ar: 'كل من ينتقل إلى مسكن جديد يسجل في مكتب المواطنين خلال أسبوعين. يرجى إحضار بطاقة الهوية وتأكيد المؤجر.',
  uk: 'Хто переїжджає до нового житла, реєструється в бюро громадян протягом двох тижнів. Будь ласка, візьміть посвідчення особи та підтвердження орендодавця.',
  tr: 'Yeni bir eve taşınan herkes iki hafta içinde vatandaş bürosuna kaydolur. Lütfen kimlik kartınızı ve ev sahibi onayını getirin.',
};

function body(language: (typeof LANGUAGES)[number], n: number): string {
  const paragraphs = Array.from({ length: 6 }, (_, i) => `<p>${SENTENCES[language]} (${n}.${i + 1})</p>`);
  return `<h2>${language === 'de' ? 'Das Wichtigste' : 'Overview'}</h2>${paragraphs.join('')}<ul><li>${SENTENCES[language]}</li></ul>`;
}

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>, size = 500) {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

async function organisationWithEditor(db: Db, name: string) {
  const id = newId();
  const editorId = newId();
  await db.insert(organisations).values({ id, name, searchName: name.toLowerCase(), type: 'gemeinde' });
  await db.insert(persons).values({
    id: editorId,
    name: `Redaktion ${name}`,
    email: `redaktion-${id}@bench.example`,
    passwordHash: 'not-for-signing-in',
    emailVerifiedAt: new Date(),
  });
  await db
    .insert(organisationMemberships)
    .values({ personId: editorId, organisationId: id, role: 'editor', status: 'confirmed', confirmedAt: new Date() });
  return { id, name, editorId };
}

export async function seedContent(
  db: Db,
  options: { sources: number; pages: number; adopters: number; linksPerAdopter: number },
): Promise<ContentWorld> {
  const sources: ContentWorld['sources'] = [];
  for (let i = 0; i < options.sources; i += 1) sources.push(await organisationWithEditor(db, `Quellgemeinde ${i + 1}`));
  const pages = Array.from({ length: options.pages }, (_, i) => ({
    id: newId(),
    organisationId: (sources[i % sources.length] as { id: string }).id,
    slug: `seite-${i + 1}`,
  }));
  const sharedAt = new Date();
  await insertChunked(pages, (chunk) =>
    db
      .insert(contentPages)
      .values(
        chunk.map((p) => ({ ...p, sharedWith: 'platform', licence: 'CC-BY-4.0', sharedAt, tags: ['Meldewesen'] })),
      ),
  );
  const versions = pages.flatMap((p, i) =>
    LANGUAGES.map((language) => {
      const title = `${language === 'de' ? 'Wohnsitz anmelden' : 'Registering'} ${i + 1}`;
      const html = body(language, i + 1);
      return {
        id: newId(),
        pageId: p.id,
        language,
        number: 1,
        title,
        bodyHtml: html,
        words: countWords(title, html),
        basisLanguage: language === 'de' ? null : 'de',
        basisNumber: language === 'de' ? null : 1,
      };
    }),
  );
  await insertChunked(versions, (chunk) => db.insert(contentVersions).values(chunk), 250);

  const hot = pages[0] as (typeof pages)[number];
  const adopters: ContentWorld['adopters'] = [];
  for (let a = 0; a < options.adopters; a += 1) {
    const organisation = await organisationWithEditor(db, `Gemeinde ${a + 1}`);
    const chosen = new Set<number>([0]);
    for (let k = 1; chosen.size < Math.min(options.linksPerAdopter, pages.length); k += 1) {
      chosen.add((a * 37 + k * 11) % pages.length);
    }
    const links = [...chosen].map((index, k) => {
      const source = pages[index] as (typeof pages)[number];
      return {
        id: newId(),
        slug: `verlinkt-${k + 1}`,
        sourceId: source.id,
        sourceOrganisationId: source.organisationId,
      };
    });
    await insertChunked(links, (chunk) =>
      db.insert(contentPages).values(
        chunk.map((l) => ({
          id: l.id,
          organisationId: organisation.id,
          slug: l.slug,
          adoptionMode: 'link',
          adoptedFromPageId: l.sourceId,
          adoptedFromOrganisationId: l.sourceOrganisationId,
          adoptedFromOrganisationName: 'Quellgemeinde',
          adoptedFromVersion: 1,
          adoptedLicence: 'CC-BY-4.0',
        })),
      ),
    );
    await insertChunked(links, (chunk) =>
      db.insert(contentLinkTexts).values(
        chunk.map((l) => ({
          pageId: l.id,
          language: 'de',
          beforeHtml: `<p>Bürgerbüro ${organisation.name}, Rathausplatz 1</p>`,
          afterHtml: '<p>Geöffnet Mo–Fr 8–12 Uhr, Do 14–18 Uhr</p>',
        })),
      ),
    );
    adopters.push({ ...organisation, links: links.map(({ id, slug, sourceId }) => ({ id, slug, sourceId })) });
  }
  return { sources, adopters, pages, hotPageId: hot.id };
}
