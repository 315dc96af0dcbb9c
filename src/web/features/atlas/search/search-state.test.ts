import { describe, expect, it } from 'vitest';
import { highlightParts } from './search-highlight.tsx';
import { activeFilterCount, apiQuery, chosen, parseAtlasSearch, toggled } from './search-state.ts';

describe('the /atlas address', () => {
  it('keeps the filters a shared link carries', () => {
    const search = parseAtlasSearch({
      q: ' Feuerwehr ',
      land: 'NW,sn',
      sector: 10,
      legalForm: 'zweckverband',
      transferable: 'true',
      startFrom: '2005',
      startTo: 2020,
      sort: 'newest',
      page: '3',
    });
    expect(search).toMatchObject({
      q: 'Feuerwehr',
      land: 'NW,SN',
      sector: '10',
      legalForm: 'zweckverband',
      transferable: true,
      startFrom: 2005,
      startTo: 2020,
      sort: 'newest',
      page: 3,
    });
  });

  it('drops what the page does not understand instead of sending it on', () => {
    const search = parseAtlasSearch({
      land: '99,05,NW,XX',
      legalForm: 'gmbh-und-co',
      kreis: 'not-a-uuid',
      startFrom: '1200',
      sort: 'random',
      page: '1',
      partner: "x' or 1=1",
      extra: 'value',
    });
    expect(search.land).toBe('NW');
    expect(search.legalForm).toBeUndefined();
    expect(search.kreis).toBeUndefined();
    expect(search.startFrom).toBeUndefined();
    expect(search.sort).toBeUndefined();
    expect(search.page).toBeUndefined();
    expect(search.partner).toBeUndefined();
    expect(search).not.toHaveProperty('extra');
  });

  it('adds and removes one value of a list filter, Länder by their letters', () => {
    expect(toggled({}, 'land', '05', true)).toBe('NW');
    expect(toggled({ land: 'NW' }, 'land', '14', true)).toBe('NW,SN');
    expect(toggled({ land: 'NW,SN' }, 'land', '05', false)).toBe('SN');
    expect(toggled({ legalForm: 'verein' }, 'legalForm', 'verein', false)).toBeUndefined();
    expect(chosen({ land: 'NW,SN' }, 'land')).toEqual(['05', '14']);
  });

  it('counts the filters in force for the filter button', () => {
    expect(activeFilterCount({ q: 'x', sort: 'newest', page: 2 })).toBe(0);
    expect(activeFilterCount({ land: 'NW,SN', transferable: true, startFrom: 2000 })).toBe(4);
  });

  it('asks the API with repeated parameters and the page size', () => {
    const query = new URLSearchParams(apiQuery({ q: 'Bauhof', land: 'NW,SN', status: 'laufend', page: 2 }));
    expect(query.getAll('land')).toEqual(['05', '14']);
    expect(query.get('status')).toBe('laufend');
    expect(query.get('q')).toBe('Bauhof');
    expect(query.get('page')).toBe('2');
    expect(query.get('pageSize')).toBe('20');
  });
});

describe('highlighted snippets', () => {
  it('turns only <mark> into markup and decodes the escaped rest as text', () => {
    expect(highlightParts('Die <mark>Feuerwehr</mark> &amp; der &lt;b&gt;Bauhof&lt;/b&gt;')).toEqual([
      { text: 'Die ', marked: false },
      { text: 'Feuerwehr', marked: true },
      { text: ' & der <b>Bauhof</b>', marked: false },
    ]);
  });

  it('leaves a hostile text as text', () => {
    const parts = highlightParts('&lt;img src=x onerror=alert(1)&gt; <mark>Wasser</mark>');
    expect(parts[0]).toEqual({ text: '<img src=x onerror=alert(1)> ', marked: false });
    expect(parts[1]).toEqual({ text: 'Wasser', marked: true });
  });
});
