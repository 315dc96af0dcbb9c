import { escapeHtmlText } from './html-tree.ts';
import { inlineText, parseInline } from './inline.ts';

/** The id of the page title's unit; body units are `b1`, `b2`, … so the two never meet. */
export const TITLE_UNIT_ID = 'title';

/** The page title as a unit: plain text, escaped as inline HTML. */
export function titleUnit(title: string): { id: string; source: string } {
  return { id: TITLE_UNIT_ID, source: escapeHtmlText(title.trim()) };
}

/** A translated title as plain text: any markup a tool added is dropped, line breaks become spaces. */
export function titleFromUnit(html: string): string {
  return inlineText(parseInline(html)).replace(/ {2,}/g, ' ').trim();
}
