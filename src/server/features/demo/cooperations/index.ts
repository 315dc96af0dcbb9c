import { BADEN_WUERTTEMBERG } from './baden-wuerttemberg.ts';
import { BAYERN } from './bayern.ts';
import { BERLIN_BRANDENBURG } from './berlin-brandenburg.ts';
import { DOCUMENTED } from './documented.ts';
import { HESSEN } from './hessen.ts';
import { NIEDERSACHSEN_BREMEN } from './niedersachsen-bremen.ts';
import { NORDRHEIN_WESTFALEN } from './nordrhein-westfalen.ts';
import { RHEINLAND_PFALZ_SAARLAND } from './rheinland-pfalz-saarland.ts';
import { SACHSEN } from './sachsen.ts';
import { SACHSEN_ANHALT_THUERINGEN } from './sachsen-anhalt-thueringen.ts';
import { SCHLESWIG_HOLSTEIN_HAMBURG_MV } from './schleswig-holstein-hamburg-mv.ts';
import type { DemoCooperation } from './sketch.ts';

export type { DemoCooperation } from './sketch.ts';

/** Every record of the demo's Kooperationsatlas, grouped by Land in the files beside this one. */
export const DEMO_COOPERATIONS: DemoCooperation[] = [
  ...DOCUMENTED,
  ...SCHLESWIG_HOLSTEIN_HAMBURG_MV,
  ...NIEDERSACHSEN_BREMEN,
  ...NORDRHEIN_WESTFALEN,
  ...HESSEN,
  ...RHEINLAND_PFALZ_SAARLAND,
  ...BADEN_WUERTTEMBERG,
  ...BAYERN,
  ...BERLIN_BRANDENBURG,
  ...SACHSEN,
  ...SACHSEN_ANHALT_THUERINGEN,
];
