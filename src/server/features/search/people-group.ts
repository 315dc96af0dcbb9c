import type { UnifiedHit } from '../../../shared/contracts/search.ts';
import type { Tx } from '../../platform/db/client.ts';
import { searchPeople } from '../accounts/queries.ts';
import type { GermanQuery } from './german-query.ts';
import { COUNT_MAX, type GroupResult } from './group.ts';
import { markWords } from './text-match.ts';

/**
 * People by the people search of the accounts (confirmed members of an organisation, not locked;
 * name contains the query or is close by trigrams), for signed-in people only (maySearchPeople).
 * A person has no page of their own: the hit leads to their organisation, which lists its people.
 */
export async function searchPeopleGroup(tx: Tx, query: GermanQuery, limit: number): Promise<GroupResult> {
  const rows = await searchPeople(tx, query.text, COUNT_MAX + 1);
  return {
    total: Math.min(rows.length, COUNT_MAX),
    capped: rows.length > COUNT_MAX,
    hits: rows.slice(0, limit).map(
      (p): UnifiedHit => ({
        id: p.id,
        href: `/organisations/${p.organisationId}`,
        title: p.name,
        titleHtml: markWords(p.name, query.words),
        snippetHtml: '',
        names: [p.organisationName],
      }),
    ),
  };
}
