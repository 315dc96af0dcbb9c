import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RESERVED_SLUGS, SLUG_PLACES } from '../shared/reserved-slugs.ts';
import { buildTestApp } from './test/test-app.ts';

// The reserved words must follow the routes. This reads them where they are declared (the running
// API's OpenAPI document; the web app's createRoute calls) instead of trusting a copy.

const t = await buildTestApp();
const WEB = join(import.meta.dirname, '..', 'web');

/** The API's paths as Fastify registered them, `{id}` for parameters. */
function apiPaths(): string[] {
  const document = t.app.swagger() as { paths?: Record<string, unknown> };
  return Object.keys(document.paths ?? {});
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return entry.name.endsWith('.tsx') ? [path] : [];
  });
}

/**
 * The web app's full paths: every `const x = createRoute({ getParentRoute: () => parent, path })`
 * joined to its parents' paths, up to the root route (which has no path).
 */
function webPaths(): string[] {
  const declared = new Map<string, { parent: string; path: string; file: string }>();
  const pattern = /const (\w+) = createRoute\(\{\s*getParentRoute: \(\) => (\w+),\s*path: '([^']*)'/g;
  for (const file of filesUnder(WEB)) {
    for (const match of readFileSync(file, 'utf8').matchAll(pattern)) {
      declared.set(match[1] as string, { parent: match[2] as string, path: match[3] as string, file });
    }
  }
  const fullPath = (name: string): string => {
    if (name === 'rootRoute') return '';
    const route = declared.get(name);
    if (!route)
      throw new Error(`route ${name} is not declared as "const ${name} = createRoute({ getParentRoute, path })"`);
    const parent = fullPath(route.parent);
    return route.path === '/' ? parent || '/' : `${parent}${route.path}`;
  };
  return [...declared.keys()].map(fullPath);
}

/** The fixed segments that follow a slug place in the given paths; parameters and file names are no slugs. */
function staticSegmentsAtSlugPlaces(paths: string[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const path of paths) {
    for (const place of SLUG_PLACES) {
      if (!path.startsWith(place)) continue;
      const segment = path.slice(place.length).split('/')[0] ?? '';
      if (/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(segment)) found.set(segment, path);
    }
  }
  return found;
}

describe('reserved slugs', () => {
  it('reads the routes of both sides', () => {
    const api = apiPaths();
    const web = webPaths();
    expect(api).toEqual(expect.arrayContaining(['/api/alliances/invitations', '/api/alliances/{id}']));
    expect(web).toEqual(expect.arrayContaining(['/alliances/new', '/alliances/$id', '/atlas/mine', '/atlas/$slug']));
    expect(web).toContain('/admin/alliances');
  });

  it('holds every fixed route segment where a slug may stand, and nothing else', () => {
    const segments = staticSegmentsAtSlugPlaces([...apiPaths(), ...webPaths()]);
    const missing = [...segments].filter(([word]) => !RESERVED_SLUGS.has(word));
    // A new page such as /alliances/map needs its word in RESERVED_SLUGS (src/shared/reserved-slugs.ts).
    expect(missing).toEqual([]);
    expect([...RESERVED_SLUGS].filter((word) => !segments.has(word))).toEqual([]);
  });
});
