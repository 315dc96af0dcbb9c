import type { UnifiedHit } from '../../../shared/contracts/search.ts';
import type { Tx } from '../../platform/db/client.ts';
import { searchDirectory } from '../organisations/search/search.ts';
import { searchNameOf } from '../organisations/search/search-name.ts';
import type { GermanQuery } from './german-query.ts';
import { type GroupResult, NO_HITS } from './group.ts';
import { markWords } from './text-match.ts';

/** The directory's name search takes queries up to this length (organisations/schema.ts). */
const NAME_QUERY_MAX = 100;

/**
 * Organisations by the directory's own name search (organisations/search/search.ts: folded names, prefixes,
 * words inside names, typos by trigrams, AGS/ARS digits, "Landkreis …"), public like the directory.
 */
export async function searchOrganisations(tx: Tx, query: GermanQuery, limit: number): Promise<GroupResult> {
  const q = query.text.slice(0, NAME_QUERY_MAX);
  // A query of punctuation only would be no filter at all to the directory: every organisation.
  if (searchNameOf(q) === '') return NO_HITS;
  const answer = await searchDirectory(tx, { q, limit });
  return {
    total: answer.total,
    capped: false,
    hits: answer.items.map(
      (o): UnifiedHit => ({
        id: o.id,
        href: `/organisations/${o.id}`,
        title: o.name,
        titleHtml: markWords(o.name, query.words),
        snippetHtml: '',
        organisationType: o.type,
        landCode: o.landCode,
        names: o.kreisName ? [o.kreisName] : [],
      }),
    ),
  };
}
