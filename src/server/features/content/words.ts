import { htmlToText } from '../atlas/sanitize-html.ts';

const WORD = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu;

/**
 * The words of a page's text in one language (title and body), as a translation agency counts
 * them: runs of letters and digits, with inner hyphens and apostrophes kept in one word.
 */
export function countWords(title: string, bodyHtml: string): number {
  const text = `${title} ${htmlToText(bodyHtml)}`;
  return text.match(WORD)?.length ?? 0;
}
