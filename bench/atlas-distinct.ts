import { Agent, request } from 'node:http';
import type autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import { THEMES } from '../scripts/synthetic-cooperation-themes.ts';
import type { Db } from '../src/server/platform/db/client.ts';
import { rowsOf } from '../src/server/platform/db/sql-rows.ts';
import { SECTOR_CODES } from '../src/shared/atlas/cofog.ts';
import { TASK_FIELD_CODES } from '../src/shared/atlas/task-fields.ts';
import { LAND_CODES } from '../src/shared/laender.ts';
import { BROWSER_HEADERS } from './atlas-searches.ts';

// The searches nobody asked before (bench/atlas.ts): made from the words of the synthetic records'
// themes and the names of their partners, each asked once, and one client asking in turn.

/** Words of the themes' titles and keywords, as people would type them. */
export function themeWords(): string[] {
  const words = new Set<string>();
  for (const theme of THEMES) {
    for (const phrase of [...theme.titles, ...theme.keywords]) {
      for (const word of phrase.split(/[^\p{L}\p{N}-]+/u)) if (word.length >= 5) words.add(word);
    }
  }
  return [...words];
}

const KINDS = /^(Landkreis|Kreis|Stadt|Gemeinde|Markt|Hansestadt|Samtgemeinde|Verbandsgemeinde|Amt)\s+/;

/** A place's name as people type it: without its kind and additions ("Landkreis Harburg" → "Harburg"). */
const placeOf = (name: string) =>
  name
    .replace(KINDS, '')
    .replace(/[,(].*$/, '')
    .trim();

/** What the synthetic records hold: their partners' places, and each record's keywords and places. */
export interface RecordVocabulary {
  places: string[];
  /** Per record: its keywords and its partners' places, so a pair of them finds at least that record. */
  records: { keywords: string[]; places: string[] }[];
}

export async function recordVocabulary(db: Db): Promise<RecordVocabulary> {
  const rows = rowsOf<{ keywords: string[]; names: string[] }>(
    await db.execute(sql`
      select c.keywords, array_agg(o.name order by o.name) as names
      from cooperations c
      join cooperation_partners cp on cp.cooperation_id = c.id
      join organisations o on o.id = cp.organisation_id
      where c.synthetic and c.state = 'published'
      group by c.id order by c.id`),
  );
  const records = rows.map((r) => ({
    keywords: r.keywords,
    places: r.names.map(placeOf).filter((name) => name.length >= 3),
  }));
  const places = [...new Set(records.flatMap((r) => r.places))].sort();
  return { places, records: records.filter((r) => r.keywords.length > 0 && r.places.length > 0) };
}

// A small deterministic generator, so every run asks the same questions.
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  return { next, pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T };
}

function swapTwo(word: string, at: number): string {
  const i = 1 + (at % Math.max(1, word.length - 3));
  return `${word.slice(0, i)}${word[i + 1]}${word[i]}${word.slice(i + 2)}`;
}

/** A filter or a later page beside a word: a Land, a task field, a sector or pages 2 to 5. */
function narrowing(rnd: ReturnType<typeof random>): string {
  const kind = rnd.next();
  if (kind < 0.4) return `land=${rnd.pick(LAND_CODES)}`;
  if (kind < 0.6) return `field=${rnd.pick(TASK_FIELD_CODES)}`;
  if (kind < 0.8) return `sector=${rnd.pick(SECTOR_CODES)}`;
  return `page=${2 + Math.floor(rnd.next() * 4)}`;
}

/**
 * `count` different search paths: a keyword and a partner's place of one record (45%: at least one
 * hit), a place alone (15%), two theme words (15%), a theme word with a filter or a later page (15%), a
 * theme word misspelt with a place (10%).
 */
export function distinctSearches(vocabulary: RecordVocabulary, count: number): string[] {
  const words = themeWords();
  const { places, records } = vocabulary;
  const rnd = random(2026);
  const out = new Set<string>();
  for (let guard = 0; out.size < count && guard < count * 50; guard++) {
    const kind = rnd.next();
    const word = rnd.pick(words);
    let query: string;
    if (kind < 0.45) {
      const record = rnd.pick(records);
      query = `q=${encodeURIComponent(`${rnd.pick(record.keywords)} ${rnd.pick(record.places)}`)}`;
    } else if (kind < 0.6) query = `q=${encodeURIComponent(rnd.pick(places))}`;
    else if (kind < 0.75) query = `q=${encodeURIComponent(`${word} ${rnd.pick(words)}`)}`;
    else if (kind < 0.9) query = `q=${encodeURIComponent(word)}&${narrowing(rnd)}`;
    else query = `q=${encodeURIComponent(`${swapTwo(word, guard)} ${rnd.pick(places)}`)}`;
    out.add(`/api/atlas/cooperations?${query}`);
  }
  // Shuffled, so every slice has the same mix (the kinds with fewer different searches run out first).
  const list = [...out];
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(rnd.next() * (i + 1));
    [list[i], list[j]] = [list[j] as string, list[i] as string];
  }
  return list;
}

/** Hands out the paths one after another to every connection, so none is asked twice until all were. */
export function onePathEach(paths: string[]) {
  let next = 0;
  const state = {
    asked: 0,
    /** For autocannon's `requests`: each request takes the next path. */
    requests: [
      {
        method: 'GET' as const,
        setupRequest: (req: autocannon.Request): autocannon.Request => {
          state.asked += 1;
          const path = paths[next % paths.length] as string;
          next += 1;
          return { ...req, path };
        },
      },
    ],
  };
  return state;
}

/** One client asking each path in turn, `rounds` times (after one round unmeasured, if asked): latency in ms. */
export async function sequentialLatency(baseUrl: string, paths: string[], rounds: number, warmUp = true) {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const ask = (path: string) =>
    new Promise<number>((resolve, reject) => {
      const started = performance.now();
      const req = request(`${baseUrl}${path}`, { agent, headers: BROWSER_HEADERS }, (res) => {
        res.on('data', () => {});
        res.on('end', () =>
          res.statusCode === 200
            ? resolve(performance.now() - started)
            : reject(new Error(`${path}: ${res.statusCode}`)),
        );
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end();
    });
  if (warmUp) for (const path of paths) await ask(path);
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) for (const path of paths) samples.push(await ask(path));
  agent.destroy();
  samples.sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round((samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0) * 10) / 10;
  return { requests: samples.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: at(1) };
}

/** What a sample of the searches finds: how many find nothing, suggest a word, and the median total. */
export async function describeSearches(baseUrl: string, paths: string[]) {
  const totals: number[] = [];
  let suggestions = 0;
  for (const path of paths) {
    const body = (await (await fetch(`${baseUrl}${path}`)).json()) as { total: number; suggestion: string | null };
    totals.push(body.total);
    if (body.suggestion) suggestions += 1;
  }
  totals.sort((a, b) => a - b);
  return {
    asked: paths.length,
    noHits: totals.filter((t) => t === 0).length,
    suggestions,
    medianTotal: totals[Math.floor(totals.length / 2)] ?? 0,
    p90Total: totals[Math.floor(totals.length * 0.9)] ?? 0,
  };
}
