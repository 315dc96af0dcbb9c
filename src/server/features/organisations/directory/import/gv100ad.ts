import { type DestatisRecord, DirectoryFileError } from './destatis.ts';

// A GV100AD record: Satzart (2), Gebietsstand YYYYMMDD (8), then the key.
const RECORD_START = /^(10|20|30|40|50|60)\d{8}/;

/** Whether a text looks like the fixed-width GV100AD file (its first record, at least). */
export function isGv100ad(text: string): boolean {
  const first = text.split(/\r?\n/).find((line) => line.trim() !== '');
  return first !== undefined && RECORD_START.test(first) && first.length >= 72;
}

const at = (line: string, from: number, length: number) => line.slice(from, from + length).trim();

/**
 * Reads the Destatis GV100AD file (Gemeindeverzeichnis, fixed-width text; the positions below are
 * 0-based): Satzart 0–1, Gebietsstand 2–9, Land 10–11, Regierungsbezirk 12, Kreis 13–14,
 * Gemeindeverband 18–21 (Satzart 50 and 60), Gemeinde 15–17, name 22–71, Textkennzeichen 122–123.
 * Every record must carry the same Gebietsstand; the file has no positions.
 */
export function readGv100ad(text: string): { stand: string; records: DestatisRecord[] } {
  const records: DestatisRecord[] = [];
  let stand: string | null = null;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/\s+$/, '');
    const number = index + 1;
    if (line === '') return;
    if (!RECORD_START.test(line) || line.length < 23) {
      throw new DirectoryFileError('malformed-record', 'not a GV100AD record', number);
    }
    const date = line.slice(2, 10);
    const iso = `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}`;
    if (Number.isNaN(Date.parse(iso))) throw new DirectoryFileError('malformed-record', `no date: ${date}`, number);
    if (stand !== null && iso !== stand) {
      throw new DirectoryFileError('mixed-stand', `Gebietsstand ${iso} differs from ${stand}`, number);
    }
    stand = iso;
    const satzart = line.slice(0, 2);
    const hasVerband = satzart === '50' || satzart === '60';
    records.push({
      satzart,
      kennzeichen: at(line, 122, 2),
      land: line.slice(10, 12),
      rb: at(line, 12, 1),
      kreis: at(line, 13, 2),
      gemeinde: at(line, 15, 3),
      verband: hasVerband ? at(line, 18, 4) : '',
      name: at(line, 22, 50),
      lat: null,
      lon: null,
      line: number,
    });
  });
  if (stand === null) throw new DirectoryFileError('no-rows', 'the file has no records');
  return { stand, records };
}
