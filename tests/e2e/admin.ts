import type { APIRequestContext } from '@playwright/test';
import { expect } from '@playwright/test';
import { apiClient, PASSWORD } from './api.ts';
import { setupToken } from './server.ts';

/** The first platform administrator, created by the first-run journey (or here, when it runs alone). */
export const PLATFORM_ADMIN = {
  name: 'Petra Plattform',
  email: 'petra.plattform@allmende.example',
  password: PASSWORD,
};

/** An API client signed in as the platform administrator, doing the first-run setup when nobody has. */
export async function platformAdminApi(): Promise<APIRequestContext> {
  const api = await apiClient();
  const setup = await (await api.get('/api/setup')).json();
  if (setup.needed) {
    const res = await api.post('/api/setup', { data: { token: await setupToken(), ...PLATFORM_ADMIN } });
    expect(res.status(), await res.text()).toBe(201);
    return api;
  }
  const login = await api.post('/api/auth/login', {
    data: { email: PLATFORM_ADMIN.email, password: PLATFORM_ADMIN.password },
  });
  expect(login.status(), await login.text()).toBe(200);
  return api;
}

/** Confirms a person's home organisation and makes them its administrator, as a platform admin may. */
export async function makeOrganisationAdmin(admin: APIRequestContext, organisationId: string, personId: string) {
  const confirmed = await admin.post(`/api/organisations/${organisationId}/members/${personId}/confirm`);
  expect(confirmed.status(), await confirmed.text()).toBe(204);
  const promoted = await admin.patch(`/api/organisations/${organisationId}/members/${personId}`, {
    data: { role: 'admin' },
  });
  expect(promoted.status(), await promoted.text()).toBe(204);
}
