import { expect } from 'vitest';
import { createOrganisation, createPerson, type TestPerson, unique } from '../../../test/factories.ts';
import type { TestApp } from '../../../test/test-app.ts';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** An organisation with its admin, an editor and a plain member, and another organisation with its admin. */
export async function town(t: TestApp, name = `Gemeinde ${unique('g')}`) {
  const organisation = await createOrganisation(t, { name });
  const admin = await createPerson(t, { organisation, role: 'admin' });
  const editor = await createPerson(t, { organisation, role: 'editor' });
  const member = await createPerson(t, { organisation });
  const other = await createOrganisation(t);
  const outsider = await createPerson(t, { organisation: other, role: 'admin' });
  return { organisation, admin, editor, member, outsider, other };
}
export type Town = Awaited<ReturnType<typeof town>>;

export function caller(t: TestApp) {
  return (person: TestPerson | null, method: Method, url: string, payload?: object) =>
    t.request({ method, url, cookie: person?.cookie, ...(payload === undefined ? {} : { payload }) });
}

/** A request that must succeed with `status`; its JSON answer. */
export function succeeding(t: TestApp) {
  const call = caller(t);
  return async (person: TestPerson | null, method: Method, url: string, payload?: object, status = 200) => {
    const res = await call(person, method, url, payload);
    expect(res.statusCode, `${method} ${url}: ${res.body}`).toBe(status);
    return res.statusCode === 204 ? null : res.json();
  };
}

export const slug = (prefix = 'seite') =>
  unique(prefix)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-');

export interface CreatedPage {
  id: string;
  slug: string;
  organisationId: string;
  parentId: string | null;
}

/** A page written by `person`, with German text unless told otherwise. */
export async function createdPage(
  t: TestApp,
  person: TestPerson,
  organisationId: string,
  over: Record<string, unknown> = {},
): Promise<CreatedPage> {
  return succeeding(t)(
    person,
    'POST',
    '/api/content/pages',
    {
      organisationId,
      slug: slug(),
      title: 'Wohnsitz anmelden',
      bodyHtml: '<p>Sie melden Ihren Wohnsitz im Bürgerbüro an.</p>',
      ...over,
    },
    201,
  );
}

export const statusOf = (page: { languages: { language: string; status: string | null }[] }, language: string) =>
  page.languages.find((l) => l.language === language)?.status;
