import { describe, expect, it } from 'vitest';
import { prefixedQuery } from './german-query.ts';
import { markWords, snippetOf } from './text-match.ts';

describe('markWords', () => {
  it('marks whole words of the text that hold a query word, in any spelling of umlauts', () => {
    expect(markWords('Feuerwehr-Kooperation Nordheide', ['feuerwehr'])).toBe(
      '<mark>Feuerwehr</mark>-Kooperation Nordheide',
    );
    expect(markWords('Das neue Feuerwehrhaus', ['feuerwehr'])).toBe('Das neue <mark>Feuerwehrhaus</mark>');
    expect(markWords('Übungsplatz für Löschzüge', ['uebungsplatz', 'loeschzuege'])).toBe(
      '<mark>Übungsplatz</mark> für <mark>Löschzüge</mark>',
    );
    // A shorter form of the query word ("Kooperation" for "Kooperationen") counts too.
    expect(markWords('Kooperation', ['kooperationen'])).toBe('<mark>Kooperation</mark>');
  });

  it('escapes everything else, so a name cannot bring markup', () => {
    expect(markWords('<b>Feuerwehr</b> & "Co"', ['feuerwehr'])).toBe(
      '&lt;b&gt;<mark>Feuerwehr</mark>&lt;/b&gt; &amp; &quot;Co&quot;',
    );
  });

  it('cuts a long description to a window around the first match', () => {
    const text = `${'Vorwort '.repeat(40)}Hier geht es um die Feuerwehr.${' Nachwort'.repeat(40)}`;
    const snippet = snippetOf(text, ['feuerwehr']);
    expect(snippet.startsWith('… ')).toBe(true);
    expect(snippet.endsWith(' …')).toBe(true);
    expect(snippet).toContain('<mark>Feuerwehr</mark>');
    expect(snippet.replace(/<\/?mark>/g, '').length).toBeLessThanOrEqual(210);
    expect(snippetOf(null, ['feuerwehr'])).toBe('');
  });
});

describe('prefixedQuery', () => {
  it('adds a prefix match to each word but not to its compound parts', () => {
    expect(prefixedQuery('(feuerwehr | feuerwehrhaus) & (nordheide)')).toBe(
      '(feuerwehr:* | feuerwehrhaus) & (nordheide:*)',
    );
  });

  it('asks for a word with an umlaut also as written with ae/oe/ue, as messages are stemmed as written', () => {
    // "Michael" reaches the query as "michäl"; a message's "Michael" stays "michael".
    expect(prefixedQuery('(michäl) & (müll)')).toBe('(michäl:* | michael:*) & (müll:* | muell:*)');
  });

  it('leaves short words whole, and nothing as nothing', () => {
    expect(prefixedQuery('(am) & (rathaus)')).toBe('(am) & (rathaus:*)');
    expect(prefixedQuery(null)).toBeNull();
  });
});
