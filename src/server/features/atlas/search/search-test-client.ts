import { expect } from 'vitest';
import type { SearchResult } from '../../../../shared/contracts/atlas.ts';
import type { TestApp } from '../../../test/test-app.ts';

/** Query parameters as a visitor's browser sends them: several values of one filter repeat the key. */
export type SearchParams = Record<string, string | string[] | undefined>;

export function queryString(params: SearchParams): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) query.append(key, v);
  }
  return query.toString();
}

/** GET /api/atlas/cooperations, asserting a 200. */
export async function searchAs(t: TestApp, params: SearchParams, cookie?: string): Promise<SearchResult> {
  const response = await t.request({ method: 'GET', url: `/api/atlas/cooperations?${queryString(params)}`, cookie });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as SearchResult;
}
