import { describe, expect, it } from 'vitest';
import { diffSnapshots, wordParts } from './revision-diff.ts';

describe('revision diffs', () => {
  it('splits changed text into unchanged, removed and added words', () => {
    expect(wordParts('Wasser für alle', 'Wasser für viele')).toEqual([
      { kind: 'same', text: 'Wasser für ' },
      { kind: 'removed', text: 'alle' },
      { kind: 'added', text: 'viele' },
    ]);
  });

  it('lists only changed fields, texts with parts (HTML as text) and other values before and after', () => {
    const changes = diffSnapshots(
      { title: 'A', description: '<p>Eins zwei</p>', fields: ['bauhof'], startYear: 2010, transferable: false },
      {
        title: 'A',
        description: '<p>Eins <strong>drei</strong></p>',
        fields: ['bauhof', 'edv'],
        startYear: 2010,
        transferable: true,
      },
    );
    expect(changes).toEqual([
      { field: 'fields', before: ['bauhof'], after: ['bauhof', 'edv'] },
      {
        field: 'description',
        before: '<p>Eins zwei</p>',
        after: '<p>Eins <strong>drei</strong></p>',
        parts: [
          { kind: 'same', text: 'Eins ' },
          { kind: 'removed', text: 'zwei' },
          { kind: 'added', text: 'drei' },
        ],
      },
      { field: 'transferable', before: false, after: true },
    ]);
  });

  it('treats missing and null as the same', () => {
    expect(diffSnapshots({ website: null }, {})).toEqual([]);
  });

  it('shows a text too different for a word diff as replaced as a whole', () => {
    const before = Array.from({ length: 3000 }, (_, i) => `a${i}`).join(' ');
    const after = Array.from({ length: 3000 }, (_, i) => `b${i}`).join(' ');
    expect(wordParts(before, after)).toEqual([
      { kind: 'removed', text: before },
      { kind: 'added', text: after },
    ]);
  });
});
