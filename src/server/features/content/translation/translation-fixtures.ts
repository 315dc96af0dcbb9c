import { expect } from 'vitest';
import { createOrganisation, createPerson, type TestPerson } from '../../../test/factories.ts';
import type { TestApp } from '../../../test/test-app.ts';

// Organisations, people and pages for the XLIFF route tests, made through the API.

export const BODY = [
  '<h2>Was Sie brauchen</h2>',
  '<p>Bitte bringen Sie Ihren <strong>Personalausweis</strong> mit.</p>',
  '<p>Termine können Sie <a href="https://example.org/termine">online buchen</a>.</p>',
].join('\n');

export async function xliffWorld(t: TestApp) {
  const organisation = await createOrganisation(t, { name: 'Gemeinde Seevetal' });
  const admin = await createPerson(t, { organisation, role: 'admin' });
  const member = await createPerson(t, { organisation });
  const otherOrganisation = await createOrganisation(t);
  const outsider = await createPerson(t, { organisation: otherOrganisation, role: 'admin' });
  return { organisation, admin, member, otherOrganisation, outsider };
}

let pages = 0;

export function call(
  t: TestApp,
  person: TestPerson | null,
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  payload?: object,
) {
  return t.request({ method, url, cookie: person?.cookie, ...(payload === undefined ? {} : { payload }) });
}

/** A published page in German, with the body above unless told otherwise. */
export async function createdPage(
  t: TestApp,
  person: TestPerson,
  organisationId: string,
  over: Record<string, unknown> = {},
): Promise<{ id: string; slug: string }> {
  pages += 1;
  const res = await call(t, person, 'POST', '/api/content/pages', {
    organisationId,
    slug: `wohnsitz-${pages}-${process.pid}-${Date.now().toString(36)}`,
    title: 'Wohnsitz anmelden',
    bodyHtml: BODY,
    ...over,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

/** Saves a version in one language, expecting success. */
export async function saved(
  t: TestApp,
  person: TestPerson,
  pageId: string,
  language: string,
  body: Record<string, unknown>,
) {
  const res = await call(t, person, 'PUT', `/api/content/pages/${pageId}/languages/${language}`, body);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

export const statusOf = (page: { languages: { language: string; status: string | null }[] }, language: string) =>
  page.languages.find((l) => l.language === language)?.status;

/** The page as its organisation sees it. */
export async function pageOf(t: TestApp, person: TestPerson, pageId: string) {
  const res = await call(t, person, 'GET', `/api/content/pages/${pageId}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/** Uploads a returned file for checking, as a tool or the web app sends it. */
export function upload(t: TestApp, person: TestPerson | null, xml: string | Buffer, query = '', headers = {}) {
  return t.request({
    method: 'POST',
    url: `/api/content/xliff${query}`,
    cookie: person?.cookie,
    payload: xml,
    headers: { 'content-type': 'application/xliff+xml', ...headers },
  });
}
