import { expect, type Page } from '@playwright/test';
import { PASSWORD } from './api.ts';

/** Signs in through the sign-in page and waits for the personal start page. */
export async function signInThroughUi(page: Page, email: string, name: string, password = PASSWORD) {
  await page.goto('/sign-in');
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Passwort', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Willkommen, ${name}` })).toBeVisible();
}
