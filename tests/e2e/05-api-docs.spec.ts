import { expect, test } from './fixtures.ts';

test('the API documentation renders under the platform security policy', async ({ page }) => {
  const blocked: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) blocked.push(message.text());
  });
  const response = await page.goto('/api/docs');
  expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
  await expect(page.getByText('Allmende API').first()).toBeVisible();
  await expect(page.getByText('/api/organisations').first()).toBeVisible();
  expect(blocked).toEqual([]);
});
