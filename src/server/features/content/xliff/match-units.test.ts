import { describe, expect, it } from 'vitest';
import { toXliff20 } from './export-xliff20.ts';
import { matchUnits } from './match-units.ts';
import { parseXliff } from './parse-xliff.ts';
import { segmentsOf } from './segments.ts';
import { fillTargets, pageDocument, pageUnits } from './xliff-fixtures.ts';

describe('matchUnits', () => {
  const current = [
    { id: 'title', source: 'Parken' },
    { id: 'b1', source: 'Anwohner <strong>parken</strong> frei.' },
    { id: 'b2', source: 'Antrag im <a href="https://amt.example/">Bürgerbüro</a>.' },
    { id: 'b3', source: 'Neu hinzugekommen' },
  ];

  it('reports each unit of the page with its state, then the file’s unknown units, with counts', () => {
    const report = matchUnits(
      [
        { id: 'title', source: 'Parken', target: 'Parking' },
        { id: 'b1', source: 'Anwohner <strong>parken</strong> kostenlos.', target: 'Residents park for free.' },
        { id: 'b2', source: 'Antrag im <a href="https://amt.example/">Bürgerbüro</a>.', target: null },
        { id: 'b9', source: 'Gestrichen', target: 'Deleted' },
      ],
      current,
    );
    expect(report.rows).toEqual([
      { status: 'matched', id: 'title', source: 'Parken', target: 'Parking' },
      {
        status: 'source-changed',
        id: 'b1',
        fileSource: 'Anwohner <strong>parken</strong> kostenlos.',
        currentSource: 'Anwohner <strong>parken</strong> frei.',
        target: 'Residents park for free.',
      },
      { status: 'empty-target', id: 'b2', source: 'Antrag im <a href="https://amt.example/">Bürgerbüro</a>.' },
      { status: 'missing-in-file', id: 'b3', currentSource: 'Neu hinzugekommen' },
      { status: 'unknown-id', id: 'b9', fileSource: 'Gestrichen', target: 'Deleted' },
    ]);
    expect(report.counts).toEqual({
      matched: 1,
      'source-changed': 1,
      'empty-target': 1,
      'missing-in-file': 1,
      'unknown-id': 1,
    });
  });

  it('does not count whitespace, entity spelling, attribute order or decomposed umlauts as a change', () => {
    const report = matchUnits(
      [
        { id: 'b1', source: ' Anwohner   <b>parken</b>\nfrei. ', target: 'x' },
        {
          id: 'b2',
          source: 'Antrag im <a rel="noopener" href="https://amt.example/">Bu\u0308rgerbu\u0308ro</a>&#46;',
          target: 'y',
        },
      ],
      current.slice(1, 3),
    );
    expect(report.rows.map((row) => row.status)).toEqual(['matched', 'matched']);
  });

  it('counts a changed link address or changed markup as a changed source', () => {
    const report = matchUnits(
      [
        { id: 'b1', source: 'Anwohner <em>parken</em> frei.', target: 'x' },
        { id: 'b2', source: 'Antrag im <a href="https://other.example/">Bürgerbüro</a>.', target: 'y' },
      ],
      current.slice(1, 3),
    );
    expect(report.rows.map((row) => row.status)).toEqual(['source-changed', 'source-changed']);
  });

  it('treats a target of only whitespace or empty markup as missing', () => {
    const report = matchUnits([{ id: 'title', source: 'Parken', target: ' <strong> </strong> ' }], current.slice(0, 1));
    expect(report.rows).toEqual([{ status: 'empty-target', id: 'title', source: 'Parken' }]);
  });

  it('shows which units a file made before a page edit no longer fits', () => {
    const exported = toXliff20(pageDocument('en'));
    const parsed = parseXliff(fillTargets(exported, { b1: 'What you need', b4: '8 am to noon' }), {
      maxBytes: 100_000,
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const editedBody = '<h2>Was Sie mitbringen</h2><ul><li>a</li><li>b</li><li>c</li><li>8–12 Uhr</li></ul>';
    const editedPage = [
      pageUnits()[0] as { id: string; source: string },
      ...segmentsOf(editedBody).map((s) => ({ id: s.id, source: s.html })),
    ];
    const statuses = Object.fromEntries(
      matchUnits(parsed.file.units, editedPage).rows.map((row) => [row.id, row.status]),
    );
    expect(statuses).toMatchObject({
      title: 'empty-target',
      b1: 'source-changed',
      b4: 'source-changed',
      b6: 'unknown-id',
    });
  });
});
