import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sql } from 'drizzle-orm';
import { loadConfig } from '../src/server/config.ts';
import {
  indexCooperations,
  reindexAll,
  unindexCooperations,
} from '../src/server/features/atlas/search/search-index.ts';
import { cooperationPartners, cooperations } from '../src/server/features/atlas/tables.ts';
import { type Db, openDatabase, pgliteDirOf } from '../src/server/platform/db/client.ts';
import { newId } from '../src/server/platform/db/ids.ts';
import { uuidArray } from '../src/server/platform/db/sql-arrays.ts';
import { rowsOf } from '../src/server/platform/db/sql-rows.ts';
import { prepareDatabase } from '../src/server/prepare-database.ts';
import { LEGAL_FORM_CODES } from '../src/shared/atlas/legal-forms.ts';
import { PROJECT_STATUS_CODES } from '../src/shared/atlas/states.ts';
import {
  FUNDING_PROGRAMMES,
  LESSONS,
  PLACE_PHRASES,
  STATUS_SENTENCES,
  THEMES,
  type Theme,
} from './synthetic-cooperation-themes.ts';

/**
 * `npm run atlas:generate -- N [--replace] [--seed S] [--database-url URL]`: N synthetic, published
 * atlas records for benchmarks — titles begin with "Synthetischer Datensatz", `synthetic` is true —
 * with real directory organisations as partners. Rows go in by bulk insert; the search index is built
 * afterwards in a few statements. `--replace` first removes the synthetic records made before.
 * Without --database-url (or DATABASE_URL) it writes to PGlite in DATA_DIR.
 * `npm run atlas:generate -- --reindex` instead re-indexes every record (after an upgrade changed
 * how records are indexed).
 */

const INSERT_BATCH = 500;
const INDEX_BATCH = 1_000;

interface Place {
  id: string;
  name: string;
  kreisId: string | null;
  landCode: string;
}

/** A small seeded generator, so the same seed gives the same records. */
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
  const some = <T>(list: readonly T[], count: number): T[] => {
    const copy = [...list];
    const out: T[] = [];
    while (out.length < count && copy.length > 0) out.push(copy.splice(Math.floor(next() * copy.length), 1)[0] as T);
    return out;
  };
  return { next, int, pick, some };
}

async function directoryPlaces(db: Db): Promise<{ places: Place[]; byKreis: Map<string, Place[]> }> {
  const rows = rowsOf<Place>(
    await db.execute(sql`
      select id, name, kreis_id as "kreisId", land_code as "landCode" from organisations
      where source = 'directory' and type in ('gemeinde', 'stadt', 'markt', 'kreisfreie-stadt', 'landkreis', 'kreis')
        and land_code is not null and latitude is not null`),
  );
  if (rows.length === 0) throw new Error('the directory is empty; start the platform once to load it');
  const byKreis = new Map<string, Place[]>();
  for (const place of rows) {
    const key = place.kreisId ?? place.id;
    byKreis.set(key, [...(byKreis.get(key) ?? []), place]);
  }
  return { places: rows, byKreis };
}

function paragraphs(sentences: string[]): string {
  return sentences.map((s) => `<p>${s}</p>`).join('');
}

export interface GenerateOptions {
  count: number;
  replace?: boolean;
  seed?: number;
  log?: (message: string) => void;
}

/** Removes earlier synthetic records (and their words from atlas_terms); returns how many. */
export async function removeSynthetic(db: Db): Promise<number> {
  const ids = rowsOf<{ id: string }>(await db.execute(sql`select id from cooperations where synthetic`)).map(
    (r) => r.id,
  );
  for (let i = 0; i < ids.length; i += INDEX_BATCH) {
    const batch = ids.slice(i, i + INDEX_BATCH);
    await db.transaction(async (tx) => {
      await unindexCooperations(tx, batch);
      await tx.execute(sql`delete from cooperations where id = any(${uuidArray(batch)})`);
    });
  }
  return ids.length;
}

export async function generateCooperations(
  db: Db,
  options: GenerateOptions,
): Promise<{ created: number; removed: number }> {
  const log = options.log ?? (() => {});
  const removed = options.replace ? await removeSynthetic(db) : 0;
  if (removed > 0) log(`removed ${removed} synthetic records`);
  const rnd = random(options.seed ?? 20_061);
  const { places, byKreis } = await directoryPlaces(db);
  const run = Date.now().toString(36);
  const now = Date.now();
  const ids: string[] = [];

  for (let start = 0; start < options.count; start += INSERT_BATCH) {
    const rows: (typeof cooperations.$inferInsert)[] = [];
    const partners: (typeof cooperationPartners.$inferInsert)[] = [];
    for (let n = start; n < Math.min(options.count, start + INSERT_BATCH); n += 1) {
      const theme: Theme = rnd.pick(THEMES);
      const second = rnd.next() < 0.35 ? rnd.pick(THEMES) : null;
      const anchor = rnd.pick(places);
      const neighbours = byKreis.get(anchor.kreisId ?? anchor.id) ?? [anchor];
      const chosen = [
        anchor,
        ...rnd.some(
          neighbours.filter((p) => p.id !== anchor.id),
          rnd.int(1, 4),
        ),
      ];
      if (rnd.next() < 0.1) chosen.push(rnd.pick(places));
      const distinct = [...new Map(chosen.map((p) => [p.id, p])).values()];
      const id = newId();
      const startYear = rnd.int(1995, 2025);
      const status = rnd.next() < 0.7 ? 'laufend' : rnd.pick(PROJECT_STATUS_CODES);
      const title = `Synthetischer Datensatz ${n + 1}: ${rnd.pick(theme.titles)} ${rnd.pick(PLACE_PHRASES)} ${anchor.name}`;
      const sentences = [...rnd.some(theme.sentences, 2), ...(second ? rnd.some(second.sentences, 1) : [])];
      rows.push({
        id,
        slug: `synthetischer-datensatz-${run}-${n + 1}`,
        title: title.slice(0, 200),
        summary: `Synthetischer Datensatz für Lasttests. ${sentences[0]}`.slice(0, 300),
        sector: theme.sector,
        sectorGroup: theme.group,
        fields: [...new Set([theme.field, ...(second ? [second.field] : [])])],
        keywords: rnd.some(theme.keywords, rnd.int(2, 4)),
        externalPartners: rnd.next() < 0.2 ? ['Kommunaler IT-Dienstleister der Region'] : [],
        startYear,
        endYear:
          status === 'abgeschlossen' || status === 'eingestellt' ? Math.min(2026, startYear + rnd.int(1, 10)) : null,
        status,
        legalForm: rnd.pick(LEGAL_FORM_CODES),
        awards: rnd.next() < 0.05 ? [{ name: 'Preis für interkommunale Zusammenarbeit', year: startYear + 2 }] : [],
        funding: rnd.next() < 0.3 ? [{ programme: rnd.pick(FUNDING_PROGRAMMES), amount: rnd.int(1, 200) * 5_000 }] : [],
        investment: rnd.next() < 0.4 ? rnd.int(1, 400) * 10_000 : null,
        yearlySavings: rnd.next() < 0.4 ? rnd.int(1, 100) * 1_000 : null,
        populationServed: rnd.int(2, 300) * 1_000,
        latitude: null,
        longitude: null,
        description: paragraphs(sentences),
        currentStatus: paragraphs([rnd.pick(STATUS_SENTENCES)]),
        lessonsLearned: paragraphs([rnd.pick(LESSONS)]),
        furtherInformation: '',
        transferable: rnd.next() < 0.5,
        transferRequirements: 'Ein Ratsbeschluss je Partner und eine Zweckvereinbarung.',
        state: 'published',
        landCodes: [...new Set(distinct.map((p) => p.landCode))].sort(),
        kreisIds: [...new Set(distinct.map((p) => p.kreisId ?? p.id))],
        synthetic: true,
        publishedAt: new Date(now - rnd.int(0, 3 * 365) * 86_400_000),
      });
      for (const [position, p] of distinct.entries())
        partners.push({ cooperationId: id, organisationId: p.id, position });
      ids.push(id);
    }
    await db.transaction(async (tx) => {
      await tx.insert(cooperations).values(rows);
      await tx.insert(cooperationPartners).values(partners);
    });
    log(`inserted ${Math.min(options.count, start + INSERT_BATCH)} / ${options.count}`);
  }

  // The point of a record is the centre of its partners, as saving does it.
  await db.execute(sql`
    update cooperations c set latitude = p.latitude, longitude = p.longitude
    from (select cp.cooperation_id, avg(o.latitude) as latitude, avg(o.longitude) as longitude
          from cooperation_partners cp join organisations o on o.id = cp.organisation_id
          join cooperations s on s.id = cp.cooperation_id and s.synthetic and s.latitude is null
          group by cp.cooperation_id) p
    where c.id = p.cooperation_id`);
  for (let i = 0; i < ids.length; i += INDEX_BATCH) {
    await db.transaction((tx) => indexCooperations(tx, ids.slice(i, i + INDEX_BATCH)));
    log(`indexed ${Math.min(ids.length, i + INDEX_BATCH)} / ${ids.length}`);
  }
  // Vacuum as well: index-only scans of the published-search index need the visibility map.
  await db.execute(sql`vacuum (analyze) cooperations`);
  await db.execute(sql`analyze cooperation_partners`);
  await db.execute(sql`analyze atlas_terms`);
  return { created: ids.length, removed };
}

function argument(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

async function main() {
  const args = process.argv.slice(2);
  const count = Number(args.find((a) => /^\d+$/.test(a)));
  const reindex = args.includes('--reindex');
  if (!reindex && (!Number.isInteger(count) || count < 1)) {
    console.error('usage: npm run atlas:generate -- N [--replace] [--seed S] [--database-url URL] | --reindex');
    process.exit(2);
  }
  const config = loadConfig(process.env);
  const databaseUrl = argument(args, '--database-url') ?? config.databaseUrl;
  const database = await openDatabase(
    databaseUrl ? { databaseUrl, maxConnections: 2 } : { pgliteDir: pgliteDirOf(config.dataDir) },
  );
  const started = Date.now();
  try {
    await prepareDatabase(database);
    if (reindex) {
      const indexed = await reindexAll(database.db);
      console.log(
        `${indexed} records re-indexed in ${((Date.now() - started) / 1000).toFixed(1)} s (${database.kind})`,
      );
      return;
    }
    const { created, removed } = await generateCooperations(database.db, {
      count,
      replace: args.includes('--replace'),
      seed: argument(args, '--seed') ? Number(argument(args, '--seed')) : undefined,
      log: (message) => console.log(message),
    });
    console.log(
      `${created} synthetic records created${removed ? `, ${removed} removed` : ''} in ${((Date.now() - started) / 1000).toFixed(1)} s (${database.kind})`,
    );
  } finally {
    await database.close();
  }
}

if (import.meta.url === pathToFileURL(resolve(process.argv[1] ?? '')).href) await main();
