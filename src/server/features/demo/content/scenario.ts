import type { AdoptionMode } from '../../../../shared/contracts/content.ts';
import {
  type LocalText,
  MAGDEBURG_GEWERBE,
  NEU_WULMSTORF_REISEPASS,
  NEU_WULMSTORF_WOHNSITZ,
  SOEST_KITA,
} from './local-texts.ts';
import {
  ARNSBERG,
  DRESDEN,
  LANDKREIS_HARBURG,
  LEIPZIG,
  LEIPZIG_BUERGERBUERO,
  MAGDEBURG,
  NEU_WULMSTORF,
  SEEVETAL,
  SOEST,
} from './topics/contacts.ts';

/** A municipality takes over another's shared page: as a live link with its own text around it, or as a copy. */
export interface DemoAdoption {
  slug: string;
  /** AGS of the page's owner and of the adopting organisation. */
  from: string;
  by: string;
  mode: AdoptionMode;
  /** A linked page's own text per language (its office and opening hours). */
  local?: Record<string, LocalText>;
  /** A copy's own contact block. */
  contact?: string;
}

export const DEMO_ADOPTIONS: readonly DemoAdoption[] = [
  { slug: 'wohnsitz-anmelden', from: SEEVETAL, by: NEU_WULMSTORF, mode: 'link', local: NEU_WULMSTORF_WOHNSITZ },
  { slug: 'reisepass-beantragen', from: SEEVETAL, by: NEU_WULMSTORF, mode: 'link', local: NEU_WULMSTORF_REISEPASS },
  { slug: 'kita-platz-finden', from: ARNSBERG, by: SOEST, mode: 'link', local: SOEST_KITA },
  { slug: 'gewerbe-anmelden', from: DRESDEN, by: MAGDEBURG, mode: 'link', local: MAGDEBURG_GEWERBE },
  { slug: 'personalausweis-beantragen', from: SEEVETAL, by: LEIPZIG, mode: 'copy', contact: LEIPZIG_BUERGERBUERO },
  // The Landkreis collects the bulky waste; the Gemeinde's copy keeps its contact.
  { slug: 'sperrmuell-anmelden', from: LANDKREIS_HARBURG, by: NEU_WULMSTORF, mode: 'copy' },
];

/** The page whose source changes after it was linked, so that the linking municipality has a change waiting. */
export const CHANGED_AFTER_LINKING = { slug: 'wohnsitz-anmelden', owner: SEEVETAL };

/** Neu Wulmstorf pays 0,18 Euro per translated word; its savings page shows what its adoptions saved. */
export const DEMO_WORD_PRICE = { ags: NEU_WULMSTORF, cents: 18 };
