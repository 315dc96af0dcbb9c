import { describe, expect, it } from 'vitest';
import { parseExchangeSearch, withFilter } from './exchange-search.ts';
import { endsLinks } from './share-form.tsx';

describe('the exchange’s address', () => {
  it('keeps only filters the API accepts', () => {
    expect(
      parseExchangeSearch({
        q: '  Wohnsitz ',
        tag: 'Meldewesen',
        language: 'en',
        organisationId: '0190a0c2-7f3e-7d4a-9c1b-2a3b4c5d6e7f',
        leikaKey: 99115,
        offset: '20',
      }),
    ).toEqual({
      q: 'Wohnsitz',
      tag: 'Meldewesen',
      language: 'en',
      organisationId: '0190a0c2-7f3e-7d4a-9c1b-2a3b4c5d6e7f',
      leikaKey: '99115',
      offset: 20,
    });
    expect(
      parseExchangeSearch({ language: 'not a tag', organisationId: 'x', leikaKey: '12a', offset: -3, tag: '' }),
    ).toEqual({
      q: undefined,
      tag: undefined,
      language: undefined,
      organisationId: undefined,
      leikaKey: undefined,
      offset: undefined,
    });
  });

  it('starts again at the first page when a filter changes', () => {
    expect(withFilter({ tag: 'Umzug', offset: 40 }, 'language', 'ar')).toEqual({
      tag: 'Umzug',
      language: 'ar',
      offset: undefined,
    });
    expect(withFilter({ tag: 'Umzug' }, 'tag', undefined)).toEqual({ tag: undefined, offset: undefined });
  });
});

describe('ending links of other organisations', () => {
  it('warns when sharing stops or narrows to the alliances, not when it widens or starts', () => {
    expect(endsLinks('platform', 'none')).toBe(true);
    expect(endsLinks('alliances', 'none')).toBe(true);
    expect(endsLinks('platform', 'alliances')).toBe(true);
    expect(endsLinks('alliances', 'platform')).toBe(false);
    expect(endsLinks(null, 'platform')).toBe(false);
    expect(endsLinks('platform', 'platform')).toBe(false);
  });
});
