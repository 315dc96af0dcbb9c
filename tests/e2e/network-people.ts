import type { APIRequestContext, Page } from '@playwright/test';
import { makeOrganisationAdmin } from './admin.ts';
import { findOrganisation, registerVerifiedViaApi, uniqueEmail } from './api.ts';
import { expect } from './fixtures.ts';

// What the network's journeys share: a person of a named place, signed up and verified through the API
// and made admin of their organisation, and the check that a page does not scroll sideways.

/** Fails when the page is wider than the window (at 320 px nothing may scroll sideways). */
export async function noSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
}

/** A verified person of the organisation named `place`, admin there, with their API context. */
export async function person(platform: APIRequestContext, name: string, mail: string, place: string) {
  const organisation = await findOrganisation(platform, place);
  const email = uniqueEmail(mail);
  const api = await registerVerifiedViaApi({ name, email, organisationId: organisation.id });
  await makeOrganisationAdmin(platform, organisation.id, (await (await api.get('/api/me')).json()).id);
  return { name, email, api };
}
