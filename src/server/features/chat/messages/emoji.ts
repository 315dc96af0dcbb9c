const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

// Emoji that are not Extended_Pictographic: flags (two regional indicators) and keycaps (1️⃣, #️⃣).
const FLAG = /^\p{Regional_Indicator}{2}$/u;
const KEYCAP = /^[0-9#*]\uFE0F?\u20E3$/u;
const PICTOGRAPHIC = /^\p{Extended_Pictographic}/u;

/**
 * Whether a reaction is one emoji: a single grapheme that starts with an Extended_Pictographic code
 * point (with its skin-tone, variation and joiner sequences), a flag or a keycap.
 */
export function isEmoji(value: string): boolean {
  if (value.length === 0 || value.length > 32) return false;
  const graphemes = [...segmenter.segment(value)];
  if (graphemes.length !== 1) return false;
  return PICTOGRAPHIC.test(value) || FLAG.test(value) || KEYCAP.test(value);
}
