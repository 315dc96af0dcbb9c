/**
 * Lower case with German umlauts spelled out (ä→ae, ö→oe, ü→ue, ß→ss — what people type without a
 * German keyboard) and other accents dropped: the form in which searches compare names and words.
 */
export function foldGerman(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}
