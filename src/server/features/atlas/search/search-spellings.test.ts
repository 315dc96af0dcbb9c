import { describe, expect, it } from 'vitest';
import { usualSpelling } from './search-spellings.ts';

describe('usualSpelling', () => {
  it('takes the letters most records use', () => {
    expect(
      usualSpelling(
        new Map([
          ['Suedwestfalen', 1],
          ['Südwestfalen', 2],
        ]),
      ),
    ).toBe('Südwestfalen');
    expect(
      usualSpelling(
        new Map([
          ['Suedwestfalen', 3],
          ['Südwestfalen', 2],
        ]),
      ),
    ).toBe('Suedwestfalen');
  });

  it('prefers umlauts and ß on a tie', () => {
    expect(
      usualSpelling(
        new Map([
          ['Strasse', 1],
          ['Straße', 1],
        ]),
      ),
    ).toBe('Straße');
    expect(
      usualSpelling(
        new Map([
          ['Müll', 2],
          ['Muell', 2],
        ]),
      ),
    ).toBe('Müll');
  });

  it('counts capitalisations of the same letters together, then writes the most frequent one', () => {
    const forms = new Map([
      ['Suedwestfalen', 2],
      ['Südwestfalen', 2],
      ['SÜDWESTFALEN', 1],
    ]);
    expect(usualSpelling(forms)).toBe('Südwestfalen');
    expect(
      usualSpelling(
        new Map([
          ['gemeinsame', 3],
          ['Gemeinsame', 2],
        ]),
      ),
    ).toBe('gemeinsame');
  });
});
