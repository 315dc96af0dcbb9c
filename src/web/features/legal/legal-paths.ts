import type { LegalPageName } from '../../../shared/contracts/legal.ts';

/** Where each legal page lives: German paths, as a German public body's site is expected to have them. */
export const LEGAL_PATHS = {
  impressum: '/impressum',
  datenschutz: '/datenschutz',
  barrierefreiheit: '/barrierefreiheit',
} as const satisfies Record<LegalPageName, string>;
