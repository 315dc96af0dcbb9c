import { type APIRequestContext, expect, request as playwrightRequest } from '@playwright/test';
import { E2E_BASE_URL, linkMailedTo } from './server.ts';

export const PASSWORD = 'Sichere-Passphrase-2026';

let counter = 0;
/** An e-mail address no other journey uses. */
export function uniqueEmail(name: string, domain = 'journey.example'): string {
  counter += 1;
  return `${name}.${Date.now().toString(36)}${counter}@${domain}`;
}

/** An API client with its own cookie jar, sending our Origin like the web app does. */
export async function apiClient(): Promise<APIRequestContext> {
  return playwrightRequest.newContext({ baseURL: E2E_BASE_URL, extraHTTPHeaders: { origin: E2E_BASE_URL } });
}

/** Registers through the API, follows the mailed verification link's token, and signs in. */
export async function registerVerifiedViaApi(input: {
  name: string;
  email: string;
  organisationId?: string;
}): Promise<APIRequestContext> {
  const api = await apiClient();
  const registered = await api.post('/api/auth/register', { data: { ...input, password: PASSWORD } });
  expect(registered.status(), await registered.text()).toBe(201);
  const link = await linkMailedTo(input.email, '/verify-email');
  const token = new URL(link).searchParams.get('token');
  const verified = await api.post('/api/auth/verify', { data: { token } });
  expect(verified.status(), await verified.text()).toBe(200);
  const login = await api.post('/api/auth/login', { data: { email: input.email, password: PASSWORD } });
  expect(login.status(), await login.text()).toBe(200);
  return api;
}

/** The first directory organisation a search finds, e.g. `Seevetal`. */
export async function findOrganisation(api: APIRequestContext, q: string): Promise<{ id: string; name: string }> {
  const res = await api.get(`/api/organisations?q=${encodeURIComponent(q)}&limit=1`);
  expect(res.status()).toBe(200);
  const first = (await res.json()).items[0];
  if (!first) throw new Error(`no organisation found for ${q}`);
  return first;
}

/**
 * The body of `POST /api/atlas/cooperations` with every field a record needs, empty where the journey
 * does not care; the journey names what it does care about.
 */
export function cooperationInput(
  fields: { title: string; summary: string; partnerIds: string[] } & Record<string, unknown>,
) {
  return {
    sector: '01',
    fields: ['edv'],
    keywords: [],
    externalPartners: [],
    contacts: [],
    status: 'laufend',
    legalForm: 'verwaltungsvereinbarung',
    awards: [],
    funding: [],
    description: '',
    currentStatus: '',
    lessonsLearned: '',
    furtherInformation: '',
    transferable: false,
    transferRequirements: '',
    ...fields,
  };
}
