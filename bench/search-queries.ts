import { readFileSync } from 'node:fs';

/** A few queries people type into the picker: a typo, a prefix, a Kreis AGS, a full name, an ARS. */
export const COMMON_SEARCHES = [
  'seeveatl',
  'neu',
  '03353',
  'Seevetal',
  'münch',
  'Frankfrt',
  'bad ',
  '091620000000',
  'lüneb',
  'Kiel',
];

// A small deterministic generator, so every run asks the same questions.
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * Several thousand different queries made from the directory's names: prefixes, names with two letters
 * swapped (typos) and AGS prefixes. More than the server's search cache holds, so each is answered by SQL.
 */
export function distinctSearches(directoryFile: string, count = 6000): string[] {
  const rows = readFileSync(directoryFile, 'utf8').split('\n').slice(1).filter(Boolean);
  const names = rows.map((row) => row.split('\t'));
  const next = random(2016);
  const out = new Set<string>();
  for (let guard = 0; out.size < count && guard < count * 20; guard++) {
    const [ags = '', , name = ''] = names[Math.floor(next() * names.length)] ?? [];
    const kind = next();
    if (kind < 0.45) {
      out.add(name.toLowerCase().slice(0, 3 + Math.floor(next() * 5)));
    } else if (kind < 0.9 && name.length > 5) {
      const i = 1 + Math.floor(next() * (name.length - 3));
      out.add(`${name.slice(0, i)}${name[i + 1]}${name[i]}${name.slice(i + 2)}`);
    } else {
      out.add(ags.slice(0, Math.min(ags.length, 5)));
    }
  }
  return [...out];
}
