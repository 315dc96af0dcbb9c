import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

export { E2E_BASE_URL, linkMailedTo, mailsTo, serverLog, setupToken } from './server.ts';
export { expect };

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const BLOCKING = new Set(['serious', 'critical']);
export const SCREENS_DIR = join('test-results', 'screens');

/**
 * Runs axe (WCAG 2.1 A and AA) on the page as it is now and fails on serious or critical violations,
 * listing each rule with the elements at fault. Minor and moderate findings are attached to the report.
 */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const blocking = results.violations.filter((v) => v.impact && BLOCKING.has(v.impact));
  const others = results.violations.filter((v) => !v.impact || !BLOCKING.has(v.impact));
  if (others.length > 0) {
    await base.info().attach(`axe-${name}.json`, {
      body: JSON.stringify(others, null, 2),
      contentType: 'application/json',
    });
  }
  const report = blocking
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 10)
        .map((n) => `    - ${n.target.join(' ')}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`)
        .join('\n');
      const more = v.nodes.length > 10 ? `\n    … and ${v.nodes.length - 10} more` : '';
      return `  [${v.impact}] ${v.id}: ${v.help}\n    ${v.helpUrl}\n${nodes}${more}`;
    })
    .join('\n');
  expect(blocking.length, `accessibility violations on "${name}" (${page.url()}):\n${report}`).toBe(0);
}

/** Saves a full-page screenshot as `test-results/screens/<name>.png`. */
export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENS_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENS_DIR, `${name}.png`), fullPage: true });
}

/** Playwright's `test` with the two page checks every journey uses, also available as fixtures. */
export const test = base.extend<{
  expectAccessible: typeof expectAccessible;
  shot: typeof shot;
}>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies by destructuring
  expectAccessible: async ({}, use) => use(expectAccessible),
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies by destructuring
  shot: async ({}, use) => use(shot),
});

/**
 * How far the page reaches past the window's right edge, and the deepest elements that reach past it
 * (tag, class, start of text), so a failure names its cause.
 */
export async function sidewaysOverflow(page: Page): Promise<{ overflow: number; culprits: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const culprits: string[] = [];
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.right <= width + 0.5) continue;
      if (Array.from(el.children).some((c) => c.getBoundingClientRect().right > width + 0.5)) continue;
      const text = (el.textContent ?? '').trim().slice(0, 40);
      culprits.push(`${el.tagName.toLowerCase()}.${String(el.className).split(' ').join('.')} →${r.right} "${text}"`);
    }
    return { overflow: document.documentElement.scrollWidth - width, culprits: culprits.slice(0, 8) };
  });
}

/**
 * The page does not scroll sideways once it has settled (a layout still moving gets five seconds); a failure
 * lists what sticks out.
 */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  let found = await sidewaysOverflow(page);
  for (let waited = 0; found.overflow > 0 && waited < 5_000; waited += 250) {
    await page.waitForTimeout(250);
    found = await sidewaysOverflow(page);
  }
  expect(
    found.overflow,
    `the page scrolls sideways; sticking out:\n  ${found.culprits.join('\n  ')}`,
  ).toBeLessThanOrEqual(0);
}
