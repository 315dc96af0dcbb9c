import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { filterMatrix } from './matrix-filter.ts';
import { checkMeta, checkTitle, emptyMeta, metaInput, slugFromTitle, tagsOf } from './page-form-state.ts';

const t = ((key: string) => key) as unknown as TFunction;

describe('page facts', () => {
  it('suggests an address from the German title', () => {
    expect(slugFromTitle('Wohnsitz anmelden')).toBe('wohnsitz-anmelden');
    expect(slugFromTitle('  Übergabe der Müllgefäße – Straßenreinigung!  ')).toBe(
      'uebergabe-der-muellgefaesse-strassenreinigung',
    );
    expect(slugFromTitle('Café & Crêpes')).toBe('cafe-crepes');
    expect(slugFromTitle('x'.repeat(100))).toHaveLength(80);
  });

  it('names each fact the API would refuse, and nothing for a good page', () => {
    const good = { ...emptyMeta(), slug: 'wohnsitz-anmelden', leikaKey: '99115003001000', tags: 'Meldewesen, Umzug' };
    expect(Object.values(checkMeta(t, good)).filter(Boolean)).toEqual([]);
    const bad = checkMeta(t, {
      ...emptyMeta(),
      slug: 'Wohnsitz anmelden',
      leikaKey: '12345',
      tags: Array.from({ length: 21 }, (_, i) => `tag${i}`).join(','),
      validUntil: '31.12.2026',
    });
    expect(bad.slug).toBe('content.form.errors.slugInvalid');
    expect(bad.leikaKey).toBe('content.form.errors.leikaInvalid');
    expect(bad.tags).toBe('content.form.errors.tooManyTags');
    expect(bad.validUntil).toBe('content.form.errors.dateInvalid');
    expect(checkMeta(t, emptyMeta()).slug).toBe('content.form.errors.slugRequired');
    expect(checkTitle(t, '   ')).toBe('content.form.errors.titleRequired');
  });

  it('sends empty optional facts as null and tags without repeats', () => {
    expect(tagsOf(' Umzug, , Meldewesen,Umzug ')).toEqual(['Umzug', 'Meldewesen']);
    expect(metaInput({ ...emptyMeta(), slug: ' a ' })).toEqual({
      slug: 'a',
      parentId: null,
      leikaKey: null,
      tags: [],
      contact: null,
      validUntil: null,
    });
  });
});

describe('status matrix filter', () => {
  const matrix = {
    languages: ['de', 'en', 'uk'],
    pages: [
      {
        id: '1',
        slug: 'a',
        title: 'A',
        sourceLanguage: 'de',
        statuses: { de: 'source', en: 'outdated', uk: 'current' },
      },
      {
        id: '2',
        slug: 'b',
        title: 'B',
        sourceLanguage: 'de',
        statuses: { de: 'source', en: 'current', uk: 'missing' },
      },
    ],
  } as const;
  const m = matrix as unknown as Parameters<typeof filterMatrix>[0];

  it('keeps the pages where a shown language has the status', () => {
    expect(filterMatrix(m, { status: 'outdated' }).pages.map((p) => p.id)).toEqual(['1']);
    expect(filterMatrix(m, { status: 'current' }).pages.map((p) => p.id)).toEqual(['1', '2']);
  });

  it('shows only the chosen language, and filters the status in that language alone', () => {
    expect(filterMatrix(m, { language: 'uk' }).languages).toEqual(['uk']);
    expect(filterMatrix(m, { language: 'uk', status: 'current' }).pages.map((p) => p.id)).toEqual(['1']);
    expect(filterMatrix(m, { language: 'en', status: 'missing' }).pages).toEqual([]);
  });
});
