import { sql } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/client.ts';
import { compileStatement, runStatement } from '../../../platform/db/named-statements.ts';
import { arrayLiteral } from '../../../platform/db/sql-arrays.ts';
import { recordTextSql } from './search-index.ts';
import { fold, stemForm } from './search-text.ts';

/** Records read per word: enough to find its usual spelling, few enough to stay quick. */
const RECORDS_PER_TERM = 12;

const text = recordTextSql();
const SPELLINGS_STATEMENT = compileStatement(sql`
  select w.term, r.text
  from unnest(${sql.placeholder('terms')}::text[], ${sql.placeholder('stemmed')}::text[]) as w(term, stemmed)
  cross join lateral (
    select concat_ws(' ', ${text.title}, ${text.summary}, ${text.related}, ${text.body}) as text
    from cooperations c
    where c.state = 'published' and c.search_vector @@ plainto_tsquery('german', w.stemmed)
    limit ${RECORDS_PER_TERM}
  ) r`);

/**
 * How the records write words of atlas_terms, which keeps them folded ("suedwestfalen"): for each
 * term its most frequent spelling in published records that contain it ("Südwestfalen"), so a
 * "Meinten Sie …?" offers the word as people write it. Asked only for the few words of a suggestion.
 * A term no record spells (a race with an edit) is left out; the caller keeps the folded form.
 */
export async function spellingsOf(tx: Tx, terms: string[]): Promise<Map<string, string>> {
  const wanted = [...new Set(terms)];
  if (wanted.length === 0) return new Map();
  const rows = await runStatement<{ term: string; text: string }>(tx, SPELLINGS_STATEMENT, {
    terms: arrayLiteral(wanted),
    stemmed: arrayLiteral(wanted.map(stemForm)),
  });
  const counts = new Map<string, Map<string, number>>();
  for (const row of rows) {
    for (const token of row.text.split(/[^\p{L}\p{N}]+/u)) {
      if (token === '' || fold(token) !== row.term) continue;
      const forms = counts.get(row.term) ?? new Map<string, number>();
      forms.set(token, (forms.get(token) ?? 0) + 1);
      counts.set(row.term, forms);
    }
  }
  const spellings = new Map<string, string>();
  for (const [term, forms] of counts) spellings.set(term, usualSpelling(forms));
  return spellings;
}

/**
 * The spelling most records use: the most frequent letters first ("Südwestfalen" over
 * "Suedwestfalen", the umlaut one on a tie), then the most frequent capitalisation of them (a noun
 * stays capitalised; a word that only starts sentences in the records is written as mostly seen).
 */
export function usualSpelling(forms: Map<string, number>): string {
  const byLetters = new Map<string, { total: number; forms: [string, number][] }>();
  for (const [form, count] of forms) {
    const letters = form.toLowerCase();
    const entry = byLetters.get(letters) ?? { total: 0, forms: [] };
    entry.total += count;
    entry.forms.push([form, count]);
    byLetters.set(letters, entry);
  }
  const native = (letters: string) => (letters === fold(letters) ? 0 : 1);
  const [, best] = [...byLetters].sort(
    ([a, x], [b, y]) => y.total - x.total || native(b) - native(a) || a.localeCompare(b),
  )[0] as [string, { forms: [string, number][] }];
  const [form] = best.forms.sort(([a, x], [b, y]) => y - x || a.localeCompare(b))[0] as [string, number];
  return form;
}
