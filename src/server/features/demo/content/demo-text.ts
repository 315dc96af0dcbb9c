import type { ContentLicence, SharedWith } from '../../../../shared/contracts/content.ts';

/** The languages of the demo pages: German first, then English, Arabic, Ukrainian and Leichte Sprache. */
export const DEMO_LANGUAGES = ['de', 'en', 'ar', 'uk', 'de-x-ls'] as const;
export type DemoLanguage = (typeof DEMO_LANGUAGES)[number];

export interface DemoText {
  title: string;
  bodyHtml: string;
}

/** A page of citizen information as a municipality's Bürgerbüro writes it, German first, with its translations. */
export interface DemoTopic {
  slug: string;
  /** AGS of the organisation that writes the page. */
  owner: string;
  leikaKey: string | null;
  tags: string[];
  contact: string;
  sharing: { sharedWith: SharedWith; licence: ContentLicence } | null;
  texts: { de: DemoText; en: DemoText; ar: DemoText; uk: DemoText; 'de-x-ls'?: DemoText };
  /** Translations saved as machine translations that nobody has reviewed yet. */
  machine?: readonly DemoLanguage[];
}

/** The body of a page from its blocks (paragraphs, headings, lists), each written on a line of its own. */
export const blocks = (...parts: string[]): string => parts.join('');
