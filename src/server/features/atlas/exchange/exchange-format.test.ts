import { describe, expect, it } from 'vitest';
import {
  EXCHANGE_COLUMNS,
  type ExchangeRecord,
  guardCell,
  parseAward,
  parseFunding,
  parseList,
  parseYesNo,
  toCsvCells,
  toExchangeRecord,
  unguardCell,
} from './exchange-format.ts';
import { fromCsvCells } from './exchange-read.ts';
import { csvLine } from './export-files.ts';

const record: ExchangeRecord = toExchangeRecord(
  {
    slug: 'it-kooperation',
    externalId: 'ext-1',
    title: 'IT-Kooperation Dresden–Leipzig–Magdeburg',
    summary: 'Gebündelte Fachkompetenz je Standort.',
    sector: '01',
    sectorGroup: '01.3',
    fields: ['edv', 'beschaffung'],
    keywords: ['Rechenzentrum', 'Einkauf'],
    externalPartners: ['Lecos GmbH'],
    website: 'https://example.org',
    startYear: 2009,
    endYear: null,
    status: 'laufend',
    legalForm: 'verwaltungsvereinbarung',
    transferable: true,
    transferRequirements: '',
    awards: [{ name: 'Preis', year: 2011 }, { name: 'Ohne Jahr' }],
    funding: [
      { programme: 'Programm: Teil 2', amount: 1_500_000 },
      { programme: 'Ohne Betrag', amount: null },
    ],
    investment: null,
    yearlySavings: 250_000,
    populationServed: 1_400_000,
    latitude: 51.34,
    longitude: 12.37,
    description: '<p>Text; mit "Zeichen"</p>',
    currentStatus: '',
    lessonsLearned: '',
    furtherInformation: '',
    partners: [
      { id: '0190a0b0-0000-7000-8000-000000000001', ags: '14612000', name: 'Dresden' },
      { id: '0190a0b0-0000-7000-8000-000000000002', ags: null, name: 'Lecos' },
    ],
  },
  'https://allmende.example/',
);

describe('exchange format', () => {
  it('names partners by AGS where they have one, and links the record', () => {
    expect(record.partners).toEqual(['14612000', '0190a0b0-0000-7000-8000-000000000002']);
    expect(record.partner_names).toEqual(['Dresden', 'Lecos']);
    expect(record.url).toBe('https://allmende.example/atlas/it-kooperation');
  });

  it('writes CSV cells the import reads back to the same record', () => {
    const cells = toCsvCells(record);
    expect(cells).toHaveLength(EXCHANGE_COLUMNS.length);
    const byColumn = Object.fromEntries(EXCHANGE_COLUMNS.map((c, i) => [c, cells[i]]));
    expect(byColumn).toMatchObject({
      fields: 'edv | beschaffung',
      awards: 'Preis (2011) | Ohne Jahr',
      funding: 'Programm: Teil 2: 1500000 | Ohne Betrag',
      transferable: 'ja',
      investment: '',
      end_year: '',
    });
    const { record: back, problems } = fromCsvCells(byColumn);
    expect(problems).toEqual([]);
    expect(back).toEqual(record);
  });

  it('reports cells it cannot read', () => {
    const { problems } = fromCsvCells({ start_year: 'zweitausend', transferable: 'vielleicht', latitude: '51,3' });
    expect(problems).toEqual([
      { column: 'start_year', message: 'not a whole number' },
      { column: 'transferable', message: 'expected ja or nein' },
    ]);
  });

  it('reads the list, yes/no, award and funding notations', () => {
    expect(parseList(' a | b|| c ')).toEqual(['a', 'b', 'c']);
    expect([parseYesNo('Ja'), parseYesNo('nein'), parseYesNo('true'), parseYesNo(''), parseYesNo('?')]).toEqual([
      true,
      false,
      true,
      false,
      null,
    ]);
    expect(parseAward('EPSA (2009)')).toEqual({ name: 'EPSA', year: 2009 });
    expect(parseAward('Preis (Sonderpreis)')).toEqual({ name: 'Preis (Sonderpreis)', year: null });
    expect(parseFunding('LEADER: 1.500.000 €')).toEqual({ programme: 'LEADER', amount: 1_500_000 });
    expect(parseFunding('Nur Name')).toEqual({ programme: 'Nur Name', amount: null });
  });

  it('guards cells a spreadsheet would run as a formula, and takes the guard off again', () => {
    for (const cell of ['=SUM(A1)', '+49 30', '-1', '@x']) {
      expect(guardCell(cell)).toBe(`'${cell}`);
      expect(unguardCell(guardCell(cell))).toBe(cell);
    }
    expect(guardCell('Normal')).toBe('Normal');
    expect(unguardCell("'Zitat'")).toBe("'Zitat'");
    expect(csvLine(['a;b', 'c"d', 'e\nf', ' g', '=1'])).toBe('"a;b";"c""d";"e\nf";" g";\'=1\r\n');
  });
});
