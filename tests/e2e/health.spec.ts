import { expect, expectAccessible, shot, test } from './fixtures.ts';

test('the start page opens with a main heading and passes axe', async ({ page, request }) => {
  const health = await request.get('/api/health');
  expect(health.ok()).toBe(true);
  expect(await health.json()).toMatchObject({ status: 'ok' });

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await shot(page, 'start');
  await expectAccessible(page, 'start');
});
