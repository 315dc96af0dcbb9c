import { and, count, eq, or, sql } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/client.ts';
import { organisations } from '../../organisations/tables.ts';

// The organisation's part of a public page's address (/inhalte/seevetal/…). Organisations have no slug
// of their own, so it is made from the name's searchable form (search_name: lower case, ä → ae, words
// separated by one space): "Seevetal" → seevetal, "Bad Homburg v.d. Höhe" → bad-homburg-v-d-hoehe. It
// reads back exactly (hyphens become spaces again), so the lookup is one indexed comparison. Where
// several organisations share the name (a Stadt and a Landkreis München), the slug adds the AGS, or
// the start of the ID for bodies without one: muenchen-09162000. The organisation's ID works too.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SUFFIXED = /^(.+)-([0-9]{2,12}|[0-9a-f]{8})$/;
const SLUG_MAX = 200;

export interface SluggedOrganisation {
  id: string;
  name: string;
  slug: string;
}

interface OrganisationRow {
  id: string;
  name: string;
  searchName: string;
  ags: string | null;
}

const columns = {
  id: organisations.id,
  name: organisations.name,
  searchName: organisations.searchName,
  ags: organisations.ags,
};

const baseOf = (searchName: string) => {
  const base = searchName.replaceAll(' ', '-');
  return SLUG.test(base) ? base : null;
};
type SlugFacts = Pick<OrganisationRow, 'id' | 'searchName' | 'ags'>;

const suffixOf = (row: SlugFacts) => row.ags ?? row.id.slice(0, 8);

function slugOf(row: SlugFacts, namesake: boolean): string {
  const base = baseOf(row.searchName);
  if (!base) return row.id;
  return namesake ? `${base}-${suffixOf(row)}` : base;
}

/** The slug of an organisation that `namesakes` organisations (itself included) share the name with. */
export function organisationSlugOf(row: SlugFacts, namesakes: number): string {
  return slugOf(row, namesakes > 1);
}

async function namesakes(tx: Tx, searchName: string): Promise<number> {
  const [row] = await tx.select({ n: count() }).from(organisations).where(eq(organisations.searchName, searchName));
  return Number(row?.n ?? 0);
}

/** The organisation's slug, as `organisationBySlug` reads it. */
export async function organisationSlug(tx: Tx, row: OrganisationRow): Promise<string> {
  return slugOf(row, (await namesakes(tx, row.searchName)) > 1);
}

/** The organisation a page address names, with its canonical slug; null when none or several match. */
export async function organisationBySlug(tx: Tx, slug: string): Promise<SluggedOrganisation | null> {
  const given = slug.toLowerCase();
  if (given.length > SLUG_MAX) return null;
  if (UUID.test(given)) return organisationById(tx, given);
  if (!SLUG.test(given)) return null;
  const exact = await tx
    .select(columns)
    .from(organisations)
    .where(eq(organisations.searchName, given.replaceAll('-', ' ')))
    .limit(2);
  if (exact.length === 1) {
    const row = exact[0] as OrganisationRow;
    return { id: row.id, name: row.name, slug: slugOf(row, false) };
  }
  const suffixed = SUFFIXED.exec(given);
  if (!suffixed) return null;
  const [, base, suffix] = suffixed as unknown as [string, string, string];
  const [row] = await tx
    .select(columns)
    .from(organisations)
    .where(
      and(
        eq(organisations.searchName, base.replaceAll('-', ' ')),
        or(eq(organisations.ags, suffix), sql`left(${organisations.id}::text, 8) = ${suffix}`),
      ),
    )
    .limit(1);
  return row ? { id: row.id, name: row.name, slug: await organisationSlug(tx, row) } : null;
}

export async function organisationById(tx: Tx, id: string): Promise<SluggedOrganisation | null> {
  const [row] = await tx.select(columns).from(organisations).where(eq(organisations.id, id));
  return row ? { id: row.id, name: row.name, slug: await organisationSlug(tx, row) } : null;
}
