import { describe, expect, it } from 'vitest';
import { type DiffPart, diffReadable, diffTexts, readableText } from './version-diff.ts';

/** The older and the newer text as the parts spell them. */
const sides = (parts: DiffPart[]) => ({
  older: parts
    .filter((p) => p.kind !== 'added')
    .map((p) => p.text)
    .join(''),
  newer: parts
    .filter((p) => p.kind !== 'removed')
    .map((p) => p.text)
    .join(''),
});

const words = (text: string) => text.split(/\s+/).filter(Boolean);

function wellFormed(parts: DiffPart[]) {
  for (const [i, part] of parts.entries()) {
    expect(part.text, JSON.stringify(parts)).not.toBe('');
    if (i > 0) expect(parts[i - 1]?.kind, JSON.stringify(parts)).not.toBe(part.kind);
  }
}

describe('readableText', () => {
  it('makes each block a paragraph, a <br> a line break, and drops markup, scripts and extra whitespace', () => {
    expect(
      readableText(
        '<h3>Wohnsitz   anmelden</h3><p>Sie melden sich im <strong>Bürgerbüro</strong>\n an.<br>Mo&ndash;Fr&nbsp;8&ndash;12 Uhr</p>' +
          '<ul><li>Ausweis</li><li>Wohnungs&shy;geber&shy;bestätigung &amp; Formular</li></ul><script>x()</script><p> </p>',
      ),
    ).toBe(
      'Wohnsitz anmelden\n\nSie melden sich im Bürgerbüro an.\nMo–Fr 8–12 Uhr\n\nAusweis\n\nWohnungs\u00adgeber\u00adbestätigung & Formular',
    );
    expect(readableText('')).toBe('');
    expect(readableText('<p><a href="https://example.org">Link</a> bleibt Text</p>')).toBe('Link bleibt Text');
  });
});

describe('diffTexts', () => {
  it('shows added and removed words, with everything else the same', () => {
    const result = diffTexts(
      { title: 'Wohnsitz anmelden', bodyHtml: '<p>Sie melden Ihren Wohnsitz im Bürgerbüro an.</p>' },
      { title: 'Wohnsitz ummelden', bodyHtml: '<p>Sie melden Ihren neuen Wohnsitz online an.</p>' },
    );
    expect(result.title).toEqual([
      { kind: 'same', text: 'Wohnsitz ' },
      { kind: 'removed', text: 'anmelden' },
      { kind: 'added', text: 'ummelden' },
    ]);
    expect(result.body).toEqual([
      { kind: 'same', text: 'Sie melden Ihren ' },
      { kind: 'added', text: 'neuen ' },
      { kind: 'same', text: 'Wohnsitz ' },
      { kind: 'removed', text: 'im Bürgerbüro ' },
      { kind: 'added', text: 'online ' },
      { kind: 'same', text: 'an.' },
    ]);
    expect(sides(result.body)).toEqual({
      older: 'Sie melden Ihren Wohnsitz im Bürgerbüro an.',
      newer: 'Sie melden Ihren neuen Wohnsitz online an.',
    });
    wellFormed(result.body);
  });

  it('answers equal texts, and texts that differ only in markup, as one unchanged part', () => {
    const a = { title: 'Hundesteuer', bodyHtml: '<p>Wer einen Hund hält, zahlt Steuer.</p>' };
    expect(diffTexts(a, a)).toEqual({
      title: [{ kind: 'same', text: 'Hundesteuer' }],
      body: [{ kind: 'same', text: 'Wer einen Hund hält, zahlt Steuer.' }],
    });
    const bold = { title: 'Hundesteuer', bodyHtml: '<p>Wer einen <strong>Hund</strong>   hält, zahlt Steuer.</p>' };
    expect(diffTexts(a, bold).body).toEqual([{ kind: 'same', text: 'Wer einen Hund hält, zahlt Steuer.' }]);
  });

  it('keeps paragraphs apart and carries the break with a paragraph only one side has', () => {
    const older = '<p>Erstens.</p><p>Zweitens.</p><p>Drittens.</p>';
    const removedMiddle = diffTexts(
      { title: 'x', bodyHtml: older },
      { title: 'x', bodyHtml: '<p>Erstens.</p><p>Drittens.</p>' },
    );
    expect(removedMiddle.body).toEqual([
      { kind: 'same', text: 'Erstens.' },
      { kind: 'removed', text: '\n\nZweitens.' },
      { kind: 'same', text: '\n\nDrittens.' },
    ]);
    const addedFirst = diffReadable('Zweitens.', 'Erstens.\n\nZweitens.');
    expect(addedFirst).toEqual([
      { kind: 'added', text: 'Erstens.\n\n' },
      { kind: 'same', text: 'Zweitens.' },
    ]);
    expect(sides(addedFirst)).toEqual({ older: 'Zweitens.', newer: 'Erstens.\n\nZweitens.' });
    const addedLast = diffReadable('Erstens.', 'Erstens.\n\nZweitens.');
    expect(addedLast).toEqual([
      { kind: 'same', text: 'Erstens.' },
      { kind: 'added', text: '\n\nZweitens.' },
    ]);
    expect(diffReadable('', 'Neu.')).toEqual([{ kind: 'added', text: 'Neu.' }]);
    expect(diffReadable('Alt.', '')).toEqual([{ kind: 'removed', text: 'Alt.' }]);
    expect(diffReadable('', '')).toEqual([]);
  });

  it('spells both texts exactly when whole paragraphs change, and stays well formed', () => {
    const cases: Array<[string, string]> = [
      ['A eins.\n\nB zwei.\n\nC drei.', 'B zwei.\n\nC drei neu.\n\nD vier.'],
      ['A.\n\nB.\n\nC.\n\nD.', 'X.\n\nB.\n\nY.\n\nD.\n\nE.'],
      ['Nur ein Absatz.', 'Ganz anders.\n\nUnd mehr.'],
      ['A.\n\nB.', 'B.\n\nA.'],
    ];
    for (const [older, newer] of cases) {
      const parts = diffReadable(older, newer);
      wellFormed(parts);
      const spelt = sides(parts);
      expect(spelt, older).toEqual({ older, newer });
      expect(spelt.older.split('\n\n').length, older).toBe(older.split('\n\n').length);
      expect(spelt.newer.split('\n\n').length, newer).toBe(newer.split('\n\n').length);
    }
  });

  it('answers a page rewritten from top to bottom quickly, as removed and added whole', () => {
    let seed = 7;
    const text = (n: number) =>
      Array.from({ length: n }, (_, i) => {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        return `w${seed % 5000}${i % 40 === 39 ? '.\n\n' : ' '}`;
      })
        .join('')
        .trim();
    const older = text(30_000);
    const newer = text(30_000);
    const started = performance.now();
    const parts = diffReadable(older, newer);
    expect(performance.now() - started).toBeLessThan(2000);
    wellFormed(parts);
    expect(words(sides(parts).older)).toEqual(words(older));
    expect(words(sides(parts).newer)).toEqual(words(newer));
  });
});
