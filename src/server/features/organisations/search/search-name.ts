import { foldGerman } from '../../../../shared/fold-german.ts';

/**
 * The form of a name the directory search compares: lower-case, German umlauts spelled out
 * (ä→ae, ö→oe, ü→ue, ß→ss, as people type them without a German keyboard), other accents
 * stripped, punctuation and runs of spaces reduced to one space. Queries are folded the same way.
 */
export function searchNameOf(name: string): string {
  return foldGerman(name)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
