import { and, eq } from 'drizzle-orm';
import { expect } from 'vitest';
import type { ContentMediaItem } from '../../../../shared/contracts/content-media.ts';
import { createOrganisation, createPerson, type TestPerson } from '../../../test/factories.ts';
import type { TestApp } from '../../../test/test-app.ts';
import { organisationMemberships } from '../../organisations/tables.ts';
import { plain } from './test-images.ts';

// What the library's route tests share: an organisation with its admin, editor and member, another
// organisation's admin, and uploads through the API.

export async function libraryWorld(t: TestApp) {
  const organisation = await createOrganisation(t, { name: `Stadt Musterstadt ${Date.now()}` });
  const admin = await createPerson(t, { organisation, role: 'admin' });
  const editor = await createPerson(t, { organisation });
  await t.deps.db
    .update(organisationMemberships)
    .set({ role: 'editor' })
    .where(
      and(eq(organisationMemberships.personId, editor.id), eq(organisationMemberships.organisationId, organisation.id)),
    );
  const member = await createPerson(t, { organisation });
  const pending = await createPerson(t, { organisation, pending: true });
  const other = await createOrganisation(t);
  const outsider = await createPerson(t, { organisation: other, role: 'admin' });
  const homeless = await createPerson(t);
  return { organisation, admin, editor, member, pending, other, outsider, homeless };
}

export const libraryUrl = (organisationId: string) => `/api/content/organisations/${organisationId}/media`;

export interface UploadOptions {
  type?: string;
  details?: Record<string, string>;
  fileName?: string;
}

export function upload(
  t: TestApp,
  person: TestPerson | null,
  organisationId: string,
  bytes: Buffer | string,
  options: UploadOptions = {},
) {
  const details = options.details ?? { author: 'Jane Doe', licence: 'CC-BY-4.0' };
  return t.request({
    method: 'POST',
    url: `${libraryUrl(organisationId)}?${new URLSearchParams(details)}`,
    cookie: person?.cookie,
    headers: {
      'content-type': options.type ?? 'image/png',
      ...(options.fileName ? { 'x-file-name': encodeURIComponent(options.fileName) } : {}),
    },
    payload: bytes,
  });
}

/** Uploads a small PNG (or the bytes given) and returns the library's item for it. */
export async function uploaded(
  t: TestApp,
  person: TestPerson,
  organisationId: string,
  details: Record<string, string> = {},
  bytes?: Buffer,
): Promise<ContentMediaItem> {
  const res = await upload(t, person, organisationId, bytes ?? (await plain('png')), {
    details: { author: 'Jane Doe', licence: 'CC-BY-4.0', ...details },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

export function call(
  t: TestApp,
  person: TestPerson | null,
  method: 'GET' | 'PATCH' | 'DELETE',
  url: string,
  payload?: object,
) {
  return t.request({ method, url, cookie: person?.cookie, ...(payload === undefined ? {} : { payload }) });
}
