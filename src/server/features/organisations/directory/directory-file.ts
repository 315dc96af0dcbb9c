import { fileURLToPath } from 'node:url';
import { isLandCode } from '../../../../shared/laender.ts';
import { DIRECTORY_TYPES } from '../../../../shared/organisation-types.ts';

/** The committed directory file (see data/README.md); resolved from the source, not from DATA_DIR. */
export const DIRECTORY_FILE = fileURLToPath(new URL('../../../../../data/directory.tsv', import.meta.url));

const COLUMNS = ['ags', 'ars', 'name', 'type', 'kreis_ags', 'land_code', 'lat', 'lon'];

/** One Land, Kreis or Gemeinde as official data describe it (the committed file or an imported one). */
export interface DirectoryEntry {
  ags: string;
  ars: string;
  name: string;
  type: string;
  /** The Kreis a Gemeinde belongs to; empty for Länder, Kreise and kreisfreie Städte. */
  kreisAgs: string;
  landCode: string;
  /** Null when the source has no position (the GV100AD file); the update then keeps or estimates one. */
  lat: number | null;
  lon: number | null;
}

/** A whole directory: its entries and the official data state (Gebietsstand) they describe. */
export interface DirectoryData {
  /** YYYY-MM-DD, or null when the source does not say. */
  stand: string | null;
  source: string;
  entries: DirectoryEntry[];
}

/**
 * Parses directory.tsv: `#key<TAB>value` lines (stand, source), the header, one line per entry.
 * Throws on a malformed file so a broken build never half-loads.
 */
export function parseDirectory(text: string): DirectoryData {
  const lines = text.split('\n').filter((line) => line !== '');
  const meta = new Map<string, string>();
  while (lines[0]?.startsWith('#')) {
    const [key, value = ''] = (lines.shift() as string).slice(1).split('\t');
    meta.set(key ?? '', value);
  }
  if (lines[0] !== COLUMNS.join('\t')) throw new Error('directory.tsv: unexpected header');
  const stand = meta.get('stand') ?? null;
  if (stand !== null && !/^\d{4}-\d{2}-\d{2}$/.test(stand)) throw new Error('directory.tsv: malformed stand');
  const entries = lines.slice(1).map((line, index) => {
    const cells = line.split('\t');
    const [ags, ars, name, type, kreisAgs, landCode, lat, lon] = cells as [string, ...string[]];
    if (
      cells.length !== COLUMNS.length ||
      !/^\d{2}(\d{3}(\d{3})?)?$/.test(ags) ||
      !(DIRECTORY_TYPES as readonly string[]).includes(type ?? '') ||
      !isLandCode(landCode ?? '') ||
      !Number.isFinite(Number(lat)) ||
      !Number.isFinite(Number(lon))
    ) {
      throw new Error(`directory.tsv: malformed line ${index + 2 + meta.size}`);
    }
    return {
      ags,
      ars: ars ?? '',
      name: name ?? '',
      type: type ?? '',
      kreisAgs: kreisAgs ?? '',
      landCode: landCode ?? '',
      lat: Number(lat),
      lon: Number(lon),
    };
  });
  return { stand, source: meta.get('source') ?? 'data/directory.tsv', entries };
}
