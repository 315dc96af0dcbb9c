import type { DemoTopic } from './demo-text.ts';
import { HUND, KITA } from './topics/arnsberg.ts';
import { GEWERBE, PARKAUSWEIS } from './topics/dresden.ts';
import { MUELLABFUHR, SPERRMUELL } from './topics/landkreis-harburg.ts';
import { WOHNGELD } from './topics/leipzig.ts';
import { FUEHRUNGSZEUGNIS } from './topics/magdeburg.ts';
import { PERSONALAUSWEIS, REISEPASS } from './topics/seevetal-ausweise.ts';
import { WOHNSITZ } from './topics/seevetal-wohnsitz.ts';
import { EHESCHLIESSUNG } from './topics/soest.ts';

export const DEMO_TOPICS: readonly DemoTopic[] = [
  WOHNSITZ,
  PERSONALAUSWEIS,
  REISEPASS,
  MUELLABFUHR,
  SPERRMUELL,
  KITA,
  HUND,
  EHESCHLIESSUNG,
  GEWERBE,
  PARKAUSWEIS,
  WOHNGELD,
  FUEHRUNGSZEUGNIS,
];
