import type { APIRequestContext, Page } from '@playwright/test';
import { expect, expectAccessible, shot } from './fixtures.ts';

// Steps the project journeys share (projects, timeline, portfolio, the alliance's journey).

/** A calendar day `days` from today, as the API takes it. */
export function dayFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** The body of an answer that must have succeeded; its text is the message when it did not. */
export async function created<T>(response: Awaited<ReturnType<APIRequestContext['post']>>): Promise<T> {
  expect(response.status(), await response.text()).toBeLessThan(300);
  return (await response.json()) as T;
}

/** Checks a page with axe and photographs it at 1280 and at 320 px, where nothing may scroll sideways. */
export async function checkPage(page: Page, name: string) {
  await expectAccessible(page, name);
  await shot(page, `${name}-1280`);
  await page.setViewportSize({ width: 320, height: 800 });
  await expectAccessible(page, `${name}-320`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${name} scrolls sideways at 320 px`).toBeLessThanOrEqual(0);
  await shot(page, `${name}-320`);
  await page.setViewportSize({ width: 1280, height: 900 });
}
