import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  FUNDING_PROGRAMMES,
  LESSONS,
  PLACE_PHRASES,
  STATUS_SENTENCES,
  THEMES,
  type Theme,
} from '../scripts/synthetic-cooperation-themes.ts';
import { LEGAL_FORM_CODES } from '../src/shared/atlas/legal-forms.ts';
import { PROJECT_STATUS_CODES } from '../src/shared/atlas/states.ts';

// An import file in the atlas' exchange format (JSON, `allmende-atlas/1`) of synthetic records of about
// 400 words each, as the records the issue measured (5,000 of them are 22 million characters): titles,
// themes and sentences of scripts/synthetic-cooperation-themes.ts, real municipalities of
// data/directory.tsv as partners (by AGS, so the file fits every database).

interface Place {
  ags: string;
  name: string;
  kreis: string;
}

function directoryPlaces(): Map<string, Place[]> {
  const file = fileURLToPath(new URL('../data/directory.tsv', import.meta.url));
  const byKreis = new Map<string, Place[]>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [ags, , name, type, kreis] = line.split('\t');
    if (!ags || !name || !kreis || !['gemeinde', 'stadt'].includes(type ?? '')) continue;
    byKreis.set(kreis, [...(byKreis.get(kreis) ?? []), { ags, name, kreis }]);
  }
  return byKreis;
}

/** A small seeded generator, so the same seed gives the same file. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  return { next, int, pick };
}

const paragraphs = (sentences: string[], per: number) => {
  const out: string[] = [];
  for (let i = 0; i < sentences.length; i += per) out.push(`<p>${sentences.slice(i, i + per).join(' ')}</p>`);
  return out.join('');
};

/** `count` records as the text of a JSON import file; `run` keeps slugs and external IDs of runs apart. */
export function importFile(count: number, run: string, seed = 20_261): string {
  const rnd = random(seed);
  const kreise = [...directoryPlaces().values()].filter((places) => places.length >= 3);
  const every = THEMES.flatMap((t) => t.sentences);
  const cooperations = [];
  for (let n = 1; n <= count; n += 1) {
    const theme: Theme = rnd.pick(THEMES);
    const places = rnd.pick(kreise);
    const partners = [...new Set(Array.from({ length: rnd.int(2, 5) }, () => rnd.pick(places).ags))];
    const names = places.filter((p) => partners.includes(p.ags)).map((p) => p.name);
    // About 400 words: a third from the record's theme, the rest from all themes, with its places named.
    const sentences = Array.from({ length: 33 }, (_, i) => (i % 3 === 0 ? rnd.pick(theme.sentences) : rnd.pick(every)));
    sentences.push(`Beteiligt sind ${names.join(', ')}.`);
    const startYear = rnd.int(1995, 2025);
    const status = rnd.next() < 0.7 ? 'laufend' : rnd.pick(PROJECT_STATUS_CODES);
    cooperations.push({
      slug: `bench-import-${run}-${n}`,
      external_id: `bench-import-${run}-${n}`,
      title:
        `Synthetischer Datensatz ${n}: ${rnd.pick(theme.titles)} ${rnd.pick(PLACE_PHRASES)} ${names[0] ?? ''}`.trim(),
      summary: `Synthetischer Datensatz für Lasttests. ${sentences[0]}`.slice(0, 300),
      sector: theme.sector,
      sector_group: theme.group,
      fields: [theme.field],
      keywords: theme.keywords.slice(0, rnd.int(2, 4)),
      partners,
      external_partners: rnd.next() < 0.2 ? ['Kommunaler IT-Dienstleister der Region'] : [],
      start_year: startYear,
      end_year:
        status === 'abgeschlossen' || status === 'eingestellt' ? Math.min(2026, startYear + rnd.int(1, 10)) : null,
      status,
      legal_form: rnd.pick(LEGAL_FORM_CODES),
      transferable: rnd.next() < 0.5,
      transfer_requirements: 'Ein Ratsbeschluss je Partner und eine Zweckvereinbarung.',
      awards: [],
      funding: rnd.next() < 0.3 ? [{ programme: rnd.pick(FUNDING_PROGRAMMES), amount: rnd.int(1, 200) * 5_000 }] : [],
      population_served: rnd.int(2, 300) * 1_000,
      description: paragraphs(sentences, 5),
      current_status: `<p>${rnd.pick(STATUS_SENTENCES)} ${rnd.pick(STATUS_SENTENCES)}</p>`,
      lessons_learned: `<p>${rnd.pick(LESSONS)} ${rnd.pick(LESSONS)}</p>`,
      further_information: '',
    });
  }
  return JSON.stringify({ format: 'allmende-atlas/1', cooperations });
}
