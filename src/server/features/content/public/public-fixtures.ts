import { and, eq } from 'drizzle-orm';
import { expect } from 'vitest';
import {
  createOrganisation,
  createPerson,
  type TestOrganisation,
  type TestPerson,
  unique,
} from '../../../test/factories.ts';
import type { TestApp } from '../../../test/test-app.ts';
import { contentPages, contentVersions } from '../tables.ts';

// A small tree of citizen information for the tests of the public pages, written through the API
// as an editor would: "Bürgerservice" with "Wohnsitz anmelden" below it (German, Arabic, a newer
// German draft), "Hundesteuer" below that, a page that is only a draft, and one below the draft.

export interface ContentWorld {
  organisation: TestOrganisation;
  /** The organisation's part of the addresses. */
  slug: string;
  admin: TestPerson;
  service: { id: string; slug: string };
  residence: { id: string; slug: string };
  dogTax: { id: string; slug: string };
  draftOnly: { id: string; slug: string };
  belowDraft: { id: string; slug: string };
}

export async function createPage(
  t: TestApp,
  admin: TestPerson,
  organisationId: string,
  input: Record<string, unknown>,
): Promise<{ id: string; slug: string }> {
  const slug = (input.slug as string | undefined) ?? unique('seite').toLowerCase();
  const res = await t.request({
    method: 'POST',
    url: '/api/content/pages',
    cookie: admin.cookie,
    payload: { organisationId, slug, ...input },
  });
  expect(res.statusCode, res.body).toBe(201);
  return { id: res.json().id as string, slug };
}

export async function saveText(
  t: TestApp,
  admin: TestPerson,
  pageId: string,
  language: string,
  input: { title: string; bodyHtml: string; draft?: boolean },
) {
  const res = await t.request({
    method: 'PUT',
    url: `/api/content/pages/${pageId}/languages/${language}`,
    cookie: admin.cookie,
    payload: input,
  });
  expect(res.statusCode, res.body).toBe(200);
}

/** A German noun no other test's text contains (letters only, so it stays one word for the stemmer). */
export function uniqueNoun(prefix: string): string {
  const letters = unique('')
    .replace(/[^a-z0-9]/g, '')
    .replace(/[0-9]/g, (d) => 'abcdefghij'[Number(d)] as string);
  return `${prefix}${letters}`;
}

export async function createContentWorld(t: TestApp): Promise<ContentWorld> {
  const name = `Seevetal ${uniqueNoun('ort')}`;
  const organisation = await createOrganisation(t, { name, type: 'gemeinde' });
  const admin = await createPerson(t, { organisation, role: 'admin' });
  const slug = name.toLowerCase().replace(' ', '-');
  const service = await createPage(t, admin, organisation.id, {
    slug: 'buergerservice',
    title: 'Bürgerservice',
    bodyHtml: '<p>Alles rund um das Bürgerbüro.</p>',
  });
  const residence = await createPage(t, admin, organisation.id, {
    slug: 'wohnsitz-anmelden',
    parentId: service.id,
    title: 'Wohnsitz anmelden',
    bodyHtml: '<p>Sie melden Ihren Wohnsitz innerhalb von zwei Wochen im <strong>Bürgerbüro</strong> an.</p>',
    contact: 'Bürgerbüro Hittfeld\nTelefon 04105 55-0',
    validUntil: '2099-12-31',
  });
  await saveText(t, admin, residence.id, 'ar', {
    title: 'تسجيل السكن',
    bodyHtml: '<p>سجل مكان سكنك خلال أسبوعين.</p>',
  });
  await saveText(t, admin, residence.id, 'en', { title: 'Register (draft)', bodyHtml: '<p>Draft</p>', draft: true });
  await saveText(t, admin, residence.id, 'de', {
    title: 'Entwurf: Wohnsitz ummelden',
    bodyHtml: '<p>Geheimer Entwurfstext</p>',
    draft: true,
  });
  const dogTax = await createPage(t, admin, organisation.id, {
    slug: 'hundesteuer',
    parentId: residence.id,
    title: 'Hundesteuer',
    bodyHtml: '<p>Hunde melden Sie bei der Steuerstelle an.</p>',
  });
  const draftOnly = await createPage(t, admin, organisation.id, {
    slug: 'baustelle',
    title: 'Baustelle',
    bodyHtml: '<p>Noch nicht fertig.</p>',
    draft: true,
  });
  const belowDraft = await createPage(t, admin, organisation.id, {
    slug: 'unterseite',
    parentId: draftOnly.id,
    title: 'Unterseite einer unfertigen Seite',
    bodyHtml: '<p>Veröffentlicht, aber unter einem Entwurf.</p>',
  });
  return { organisation, slug, admin, service, residence, dogTax, draftOnly, belowDraft };
}

/** Marks a page as adopted from another organisation (what the sharing feature records). */
export async function markAdopted(t: TestApp, pageId: string, from: TestOrganisation, licence: string | null) {
  await t.deps.db
    .update(contentPages)
    .set({
      adoptionMode: 'copy',
      adoptedFromOrganisationId: from.id,
      adoptedFromOrganisationName: from.name,
      adoptedLicence: licence,
    })
    .where(eq(contentPages.id, pageId));
}

/** Writes a version's body straight into the database, past the sanitiser (as an older bug might have). */
export async function overwriteBody(t: TestApp, pageId: string, language: string, bodyHtml: string) {
  await t.deps.db
    .update(contentVersions)
    .set({ bodyHtml })
    .where(
      and(eq(contentVersions.pageId, pageId), eq(contentVersions.language, language), eq(contentVersions.draft, false)),
    );
}
