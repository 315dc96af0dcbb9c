import { kreisFullName } from '../../../../../shared/kreis-name.ts';
import { isLandCode, LAENDER } from '../../../../../shared/laender.ts';
import type { DirectoryEntry } from '../directory-file.ts';

/** Why an official file cannot be read, with the line (1-based) at fault when there is one. */
export class DirectoryFileError extends Error {
  constructor(
    /** Stable kind, e.g. `unknown-format`; the web translates it. */
    readonly code: string,
    message: string,
    readonly line?: number,
  ) {
    super(line ? `line ${line}: ${message}` : message);
  }
}

/**
 * One record of the Destatis Gemeindeverzeichnis (GV-ISys), as both of its files carry it: Satzart 10
 * Land, 20 Regierungsbezirk, 30 Region, 40 Kreis, 50 Gemeindeverband, 60 Gemeinde; the Textkennzeichen
 * says the kind (41 kreisfreie Stadt, 42 Stadtkreis, 43 Kreis, 44 Landkreis, 45 Regionalverband;
 * 60 Markt, 61 kreisfreie Stadt, 62 Stadtkreis, 63 Stadt, 64 Gemeinde, 65/66 gemeindefreies Gebiet,
 * 67 Große Kreisstadt).
 */
export interface DestatisRecord {
  satzart: string;
  kennzeichen: string;
  /** The key's parts: Land (2), Regierungsbezirk (1), Kreis (2), Gemeindeverband (4), Gemeinde (3). */
  land: string;
  rb: string;
  kreis: string;
  verband: string;
  gemeinde: string;
  name: string;
  lat: number | null;
  lon: number | null;
  line: number;
}

const GEMEINDE_TYPES: Record<string, string> = {
  '60': 'markt',
  '61': 'kreisfreie-stadt',
  '62': 'kreisfreie-stadt',
  '63': 'stadt',
  '64': 'gemeinde',
  '67': 'stadt',
};
// Hamburg and Berlin are Land and city in one body: the directory keeps only the Land.
const CITY_STATES = new Set(['02', '11']);
const cityState = (land: string) => CITY_STATES.has(land);

const KREIS_TYPES: Record<string, string> = {
  '41': 'kreisfreie-stadt',
  '42': 'kreisfreie-stadt',
  '43': 'kreis',
  '44': 'landkreis',
  '45': 'landkreis',
};

/** "Eberbach, Stadt" → "Eberbach": Destatis appends the kind or a title after a comma. */
export function plainName(name: string): string {
  const comma = name.indexOf(', ');
  return (comma > 0 ? name.slice(0, comma) : name).trim();
}

function fail(record: DestatisRecord, message: string): never {
  throw new DirectoryFileError('malformed-record', message, record.line);
}

/**
 * The directory's entries from Destatis records, by the rules of the committed file (data/README.md):
 * a kreisfreie Stadt is one row with its Gemeinde key; Berlin and Hamburg are only their Land;
 * gemeindefreie Gebiete are left out; Regierungsbezirke, Regionen and Gemeindeverbände are not
 * organisations of the directory.
 */
export function entriesFromDestatis(records: DestatisRecord[]): DirectoryEntry[] {
  const kreisTypes = new Map<string, string>();
  for (const r of records) {
    if (!isLandCode(r.land)) fail(r, `unknown Land ${JSON.stringify(r.land)}`);
    if (r.satzart === '40') {
      const type = KREIS_TYPES[r.kennzeichen];
      if (!type) fail(r, `unknown Kreis kind ${JSON.stringify(r.kennzeichen)}`);
      kreisTypes.set(`${r.land}${r.rb}${r.kreis}`, type);
    }
  }

  const entries: DirectoryEntry[] = [];
  for (const r of records) {
    if (r.name === '') fail(r, 'a record without a name');
    if (r.satzart === '10') {
      entries.push({
        ags: r.land,
        ars: r.land,
        name: LAENDER[r.land as keyof typeof LAENDER],
        type: 'land',
        kreisAgs: '',
        landCode: r.land,
        lat: null,
        lon: null,
      });
    } else if (r.satzart === '40') {
      const ags = `${r.land}${r.rb}${r.kreis}`;
      const type = kreisTypes.get(ags) as string;
      if (!/^\d{5}$/.test(ags)) fail(r, `malformed Kreis key ${JSON.stringify(ags)}`);
      if (type === 'kreisfreie-stadt' || cityState(r.land)) continue;
      entries.push({
        ags,
        ars: ags,
        name: kreisFullName(type, r.name),
        type,
        kreisAgs: '',
        landCode: r.land,
        lat: null,
        lon: null,
      });
    } else if (r.satzart === '60') {
      const type = GEMEINDE_TYPES[r.kennzeichen];
      if (!type) {
        if (r.kennzeichen === '65' || r.kennzeichen === '66') continue;
        fail(r, `unknown Gemeinde kind ${JSON.stringify(r.kennzeichen)}`);
      }
      if (cityState(r.land)) continue;
      const kreisAgs = `${r.land}${r.rb}${r.kreis}`;
      const ags = `${kreisAgs}${r.gemeinde}`;
      if (!/^\d{8}$/.test(ags)) fail(r, `malformed Gemeinde key ${JSON.stringify(ags)}`);
      const kreisType = kreisTypes.get(kreisAgs);
      if (!kreisType) fail(r, `Gemeinde ${ags} without its Kreis (Satzart 40)`);
      const kreisfrei = kreisType === 'kreisfreie-stadt';
      const verband = /^\d{4}$/.test(r.verband) ? r.verband : '0000';
      entries.push({
        ags,
        ars: `${kreisAgs}${verband}${r.gemeinde}`,
        name: plainName(r.name),
        type: kreisfrei ? 'kreisfreie-stadt' : type === 'kreisfreie-stadt' ? 'stadt' : type,
        kreisAgs: kreisfrei ? '' : kreisAgs,
        landCode: r.land,
        lat: r.lat,
        lon: r.lon,
      });
    }
  }
  const seen = new Set<string>();
  for (const e of entries) {
    if (seen.has(e.ags)) throw new DirectoryFileError('duplicate-key', `the key ${e.ags} appears twice`);
    seen.add(e.ags);
  }
  if (!entries.some((e) => e.ags.length === 8)) {
    throw new DirectoryFileError('no-gemeinden', 'the file holds no Gemeinde (Satzart 60)');
  }
  return entries.sort((a, b) => (a.ags < b.ags ? -1 : a.ags > b.ags ? 1 : 0));
}
