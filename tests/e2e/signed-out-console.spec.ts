import { expect, expectAccessible, shot, test } from './fixtures.ts';

// A signed-out visitor's browser console stays clean: the app learns "signed out" from
// GET /api/auth/session (200 with me: null), not from a 401 of /api/me, which the browser would log.

for (const [path, name] of [
  ['/', 'signed-out-start'],
  ['/atlas', 'signed-out-atlas'],
  ['/organisations', 'signed-out-organisations'],
] as const) {
  test(`a signed-out visit of ${path} logs no error and no failed request`, async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });

    const session = page.waitForResponse((response) => response.url().endsWith('/api/auth/session'));
    await page.goto(path);
    expect(await (await session).json()).toEqual({ me: null });
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    await expect(page.getByRole('link', { name: 'Anmelden' }).first()).toBeVisible();
    await page.waitForLoadState('networkidle');

    await shot(page, name);
    await expectAccessible(page, name);
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
  });
}
