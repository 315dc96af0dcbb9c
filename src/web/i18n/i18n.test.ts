import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { translations } from './resources.ts';

const { de, en } = translations;

const WEB = fileURLToPath(new URL('..', import.meta.url));
const PLURAL = /_(zero|one|two|few|many|other)$/;

function keysOf(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keysOf(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('translations', () => {
  const german = new Set(keysOf(de));
  const english = new Set(keysOf(en));

  it('has the same keys in German and English', () => {
    expect([...german].filter((k) => !english.has(k))).toEqual([]);
    expect([...english].filter((k) => !german.has(k))).toEqual([]);
  });

  it('has every key the web app asks for by name', () => {
    const known = new Set([...german].map((k) => k.replace(PLURAL, '')));
    const missing: string[] = [];
    for (const file of sources(WEB)) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z][\w.-]*)'/g)) {
        const key = match[1] ?? '';
        if (!known.has(key)) missing.push(`${key} (${file.slice(WEB.length)})`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('leaves no translation empty', () => {
    const empty = [...keysOf(de).map((k) => ['de', k]), ...keysOf(en).map((k) => ['en', k])].filter(([lang, key]) => {
      const value = (key ?? '')
        .split('.')
        .reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], lang === 'de' ? de : en);
      return typeof value !== 'string' || value.trim() === '';
    });
    expect(empty).toEqual([]);
  });
});
