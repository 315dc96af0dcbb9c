import { describe, expect, it } from 'vitest';
import { DirectoryFileError, plainName } from './destatis.ts';
import { readOfficialFile } from './read-file.ts';

describe('reading the official files', () => {
  it('reads GV100AD records at their positions', () => {
    const lines = [
      '102022013101          Schleswig-Holstein                                Kiel',
      '402022013101001       Flensburg, Stadt                                  Flensburg                                         41',
      `${'6020220131010010000000Flensburg, Stadt'.padEnd(122)}61`,
      '402022013101051       Dithmarschen                                      Heide                                             43',
      `${'6020220131010510110011Brunsbüttel, Stadt'.padEnd(122)}63`,
      `${'6020220131010519995163Forst'.padEnd(122)}66`,
    ];
    const file = readOfficialFile(lines.join('\r\n'));
    expect(file).toMatchObject({ format: 'gv100ad', stand: '2022-01-31' });
    expect(file.entries.map((e) => [e.ags, e.ars, e.name, e.type, e.kreisAgs])).toEqual([
      ['01', '01', 'Schleswig-Holstein', 'land', ''],
      ['01001000', '010010000000', 'Flensburg', 'kreisfreie-stadt', ''],
      ['01051', '01051', 'Kreis Dithmarschen', 'kreis', ''],
      ['01051011', '010510011011', 'Brunsbüttel', 'stadt', '01051'],
    ]);
  });

  it('reads the GV-ISys table as Excel saves it, comma or semicolon, German decimals, lost zeros', () => {
    const csv = [
      'Gemeindeverzeichnis-Informationssystem GV-ISys,,,,,,,,,,,,,,,',
      'am 30.09.2024,,,,,,,,,,,,,,,',
      '40,44,16,0,71,,,Weimarer Land,,,,,,,,',
      '60,64,16,0,71,5013,103,Am Ettersberg,10.0,1 000,500,500,100,99439,"11,25315","51,06412"',
      '60,64,16,0,71,5051,99,"Saaleplatte",,,,,,,"11.5","51.05"',
    ].join('\n');
    const file = readOfficialFile(csv);
    expect(file).toMatchObject({ format: 'csv', stand: '2024-09-30', source: 'Destatis GV-ISys 2024-09-30' });
    expect(file.entries.slice(1)).toEqual([
      {
        ags: '16071099',
        ars: '160715051099',
        name: 'Saaleplatte',
        type: 'gemeinde',
        kreisAgs: '16071',
        landCode: '16',
        lat: 51.05,
        lon: 11.5,
      },
      {
        ags: '16071103',
        ars: '160715013103',
        name: 'Am Ettersberg',
        type: 'gemeinde',
        kreisAgs: '16071',
        landCode: '16',
        lat: 51.06412,
        lon: 11.25315,
      },
    ]);
  });

  it('keeps Hamburg and Berlin as their Land only, and drops titles after a comma', () => {
    expect(plainName('Kiel, Landeshauptstadt')).toBe('Kiel');
    const file = readOfficialFile(
      [
        '10;;02;;;;;Hamburg',
        '40;41;02;0;00;;;Hamburg, Freie und Hansestadt',
        '60;61;02;0;00;0000;000;Hamburg, Freie und Hansestadt',
        '40;43;01;0;51;;;Dithmarschen',
        '60;64;01;0;51;5163;003;Averlak',
      ].join('\n'),
    );
    expect(file.entries.map((e) => e.ags)).toEqual(['01051', '01051003', '02']);
  });

  it('refuses what it cannot read, with the line', () => {
    const attempt = (text: string) => {
      try {
        readOfficialFile(text);
      } catch (error) {
        return error instanceof DirectoryFileError ? [error.code, error.line] : error;
      }
      return 'read';
    };
    expect(attempt('')).toEqual(['no-rows', undefined]);
    expect(attempt('Name;Einwohner\nBerlstedt;900')).toEqual(['unknown-format', undefined]);
    expect(attempt('40;44;16;0;71;;;Weimarer Land\n60;64;16;0;72;5013;103;Irgendwo')).toEqual(['malformed-record', 2]);
    expect(attempt('40;49;16;0;71;;;Weimarer Land')).toEqual(['malformed-record', 1]);
    expect(attempt('40;44;16;0;71;;;Weimarer Land')).toEqual(['no-gemeinden', undefined]);
    expect(attempt('40;44;16;0;71;;;X\n60;64;16;0;71;;001;A\n60;64;16;0;71;;001;B')).toEqual([
      'duplicate-key',
      undefined,
    ]);
  });
});
