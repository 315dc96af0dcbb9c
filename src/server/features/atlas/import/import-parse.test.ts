import { describe, expect, it } from 'vitest';
import { ATLAS_LIMITS } from '../../../../shared/atlas/states.ts';
import { EXCHANGE_COLUMNS, EXCHANGE_FORMAT } from '../exchange/exchange-format.ts';
import { ImportFileError, readCsv } from './import-csv.ts';
import { mapRow, sectionHtml } from './import-map.ts';
import { IMPORT_COLUMNS, parseCsv, parseJson } from './import-parse.ts';

function fileError(run: () => unknown): ImportFileError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportFileError) return error;
    throw error;
  }
  throw new Error('expected the file to be refused');
}

describe('reading CSV', () => {
  it('reads quoted cells with separators, doubled quotes and line breaks, and drops the BOM', () => {
    const records = readCsv('\uFEFFtitle;summary\r\n"Wasser; Abwasser";"Sie sagte ""ja""\nund ging"\r\nB;C\n');
    expect(records).toEqual([
      { cells: ['title', 'summary'], line: 1 },
      { cells: ['Wasser; Abwasser', 'Sie sagte "ja"\nund ging'], line: 2 },
      { cells: ['B', 'C'], line: 4 },
    ]);
  });

  it('takes commas as the separator when the header has no semicolon', () => {
    expect(readCsv('title,sector\n"Feuerwehr, gemeinsam",03').map((r) => r.cells)).toEqual([
      ['title', 'sector'],
      ['Feuerwehr, gemeinsam', '03'],
    ]);
  });

  it('names the line of a quote that is never closed', () => {
    const error = fileError(() => readCsv('title;summary\nA;B\nC;"offen\nnoch offen\n'));
    expect(error).toMatchObject({ code: 'unclosed-quote', line: 3 });
  });

  it('numbers rows as a spreadsheet does, counting blank lines and cells spanning lines', () => {
    const file = parseCsv('title;sector\n"Eins\nzwei";01\n\nDrei;02\n');
    expect(file.rows.map((r) => [r.row, r.values.title])).toEqual([
      [2, 'Eins\nzwei'],
      [4, 'Drei'],
    ]);
  });

  it('takes off the apostrophe the export puts before cells a spreadsheet would run as formulas', () => {
    const file = parseCsv("title;keywords\n'=Gemeinsam stark;'-Abfall | Bauhof\n'Ohne Formel;x\n");
    expect(file.rows.map((r) => [r.values.title, r.values.keywords])).toEqual([
      ['=Gemeinsam stark', '-Abfall | Bauhof'],
      ["'Ohne Formel", 'x'],
    ]);
  });

  it('normalises headers and lists unknown columns, passing over the informational ones', () => {
    const file = parseCsv('Title;External ID;partner_names;url;Titel\nA;x;Seevetal;https://x;B');
    expect([...file.columns]).toEqual(['title', 'external_id']);
    expect(file.ignoredColumns).toEqual(['titel']);
  });

  it('refuses an empty file, a header without atlas columns, a repeated column and stray cells', () => {
    expect(fileError(() => parseCsv('')).code).toBe('empty');
    expect(fileError(() => parseCsv('foo;bar\n1;2')).code).toBe('no-header');
    expect(fileError(() => parseCsv('title;title\nA;B')).code).toBe('duplicate-column');
    expect(fileError(() => parseCsv('title;sector\nA;01\nB;02;zu viel'))).toMatchObject({
      code: 'too-many-cells',
      line: 3,
    });
  });

  it('refuses more rows than one import takes', () => {
    const rows = Array.from({ length: ATLAS_LIMITS.importRowsMax + 1 }, (_, i) => `T${i}`).join('\n');
    expect(fileError(() => parseCsv(`title\n${rows}`)).code).toBe('too-many-rows');
  });

  it('reads every column the export writes', () => {
    expect(IMPORT_COLUMNS).toEqual(EXCHANGE_COLUMNS.filter((c) => c !== 'partner_names' && c !== 'url'));
  });
});

describe('reading JSON', () => {
  it('reads the exchange format with native values and nested location or partner objects', () => {
    const file = parseJson(
      JSON.stringify({
        format: EXCHANGE_FORMAT,
        cooperations: [
          { title: 'A', transferable: true, start_year: 2007, partners: ['03353031'] },
          { title: 'B', externalId: 'b-1', location: { latitude: 53.4, longitude: 10 }, partners: [{ ags: '03353' }] },
        ],
      }),
    );
    expect(file.rows).toEqual([
      { row: 1, values: { title: 'A', transferable: true, start_year: 2007, partners: ['03353031'] } },
      {
        row: 2,
        values: { title: 'B', external_id: 'b-1', latitude: 53.4, longitude: 10, partners: ['03353'] },
      },
    ]);
  });

  it('names the line of a syntax error and refuses other formats', () => {
    expect(fileError(() => parseJson('{\n"format": "allmende-atlas/1",\n"cooperations": [,]\n}'))).toMatchObject({
      code: 'bad-json',
      line: 3,
    });
    expect(fileError(() => parseJson('{"format": "other/2", "cooperations": []}')).code).toBe('wrong-format');
    expect(fileError(() => parseJson('{"rows": []}')).code).toBe('wrong-format');
    expect(fileError(() => parseJson('{"cooperations": [\n{"title": "A"}\n{"title": "B"}]}')).line).toBe(3);
    expect(fileError(() => parseJson('{"cooperations": [{"title": "A"}]} x')).line).toBe(1);
    expect(fileError(() => parseJson('[\n"unterminated\n')).line).toBe(2);
    expect(fileError(() => parseJson('{"cooperations": [1]}')).code).toBe('wrong-format');
  });
});

describe('reading a row', () => {
  const row = (values: Record<string, unknown>) => mapRow({ row: 2, values });

  it('accepts codes or their names, German number formats and "Name (Jahr)" / "Programm: Betrag"', () => {
    const mapped = row({
      sector: '1',
      sector_group: '1.3',
      fields: 'edv | Beschaffung',
      legal_form: 'Verwaltungsvereinbarung',
      status: 'Laufend',
      transferable: 'ja',
      awards: 'European Public Sector Award (2009) | Anerkennung',
      funding: 'Modellprojekte Smart Cities: 15.000.000 € | Landesmittel',
      investment: '1.500.000',
      latitude: '53,43',
      longitude: '9,79',
      website: 'www.example.org',
    });
    expect(mapped.problems).toEqual([]);
    expect(mapped.values).toEqual({
      sector: '01',
      sectorGroup: '01.3',
      fields: ['edv', 'beschaffung'],
      legalForm: 'verwaltungsvereinbarung',
      status: 'laufend',
      transferable: true,
      awards: [
        { name: 'European Public Sector Award', year: 2009 },
        { name: 'Anerkennung', year: null },
      ],
      funding: [
        { programme: 'Modellprojekte Smart Cities', amount: 15_000_000 },
        { programme: 'Landesmittel', amount: null },
      ],
      investment: 1_500_000,
      location: { latitude: 53.43, longitude: 9.79 },
      website: 'https://www.example.org',
    });
  });

  it('reports each unreadable cell by its column', () => {
    const mapped = row({
      sector: '11',
      fields: 'wasser',
      legal_form: 'GmbH & Co. KG',
      status: 'fertig',
      transferable: 'vielleicht',
      start_year: 'zweitausend',
      funding: 'Programm: 1,5 Mio',
      latitude: '53.4',
      longitude: '',
    });
    expect(mapped.problems.map((p) => [p.column, p.code])).toEqual([
      ['sector', 'unknown-sector'],
      ['fields', 'unknown-field'],
      ['start_year', 'bad-year'],
      ['status', 'unknown-status'],
      ['legal_form', 'unknown-legal-form'],
      ['transferable', 'bad-boolean'],
      ['funding', 'bad-funding'],
      ['longitude', 'bad-location'],
    ]);
  });

  it('turns plain-text sections into paragraphs and leaves HTML as it is', () => {
    expect(sectionHtml('Erster Absatz\nmit Umbruch\n\nZweiter Absatz: a < b & c')).toBe(
      '<p>Erster Absatz<br>mit Umbruch</p><p>Zweiter Absatz: a &lt; b &amp; c</p>',
    );
    expect(sectionHtml('<p>Schon HTML</p>')).toBe('<p>Schon HTML</p>');
  });
});
