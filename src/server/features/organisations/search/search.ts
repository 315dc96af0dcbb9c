import type { OrganisationSummary } from '../../../../shared/contracts/organisations.ts';
import type { OrganisationType } from '../../../../shared/organisation-types.ts';
import type { Tx } from '../../../platform/db/client.ts';
import type { SearchInput } from '../schema.ts';
import { withLandName } from '../summary.ts';
import type { SearchCache } from './search-cache.ts';
import { searchNameOf } from './search-name.ts';
import { countOrganisations, type DirectorySearch, searchOrganisations } from './search-query.ts';

export const MAX_LIMIT = 50;

// Words people put before a name ("Landkreis Harburg", "Stadt Kiel") that the directory names lack.
const LEADING_WORDS: Record<string, OrganisationType[]> = {
  landkreis: ['landkreis', 'kreis'],
  lk: ['landkreis', 'kreis'],
  kreis: ['kreis', 'landkreis'],
  stadt: ['stadt', 'kreisfreie-stadt'],
  gemeinde: ['gemeinde'],
  markt: ['markt'],
  land: ['land'],
  freistaat: ['land'],
};

/** Turns the request's query into what the search query needs. */
export function directorySearchOf(input: SearchInput): DirectorySearch {
  const raw = (input.q ?? '').trim();
  const digits = raw.replace(/\s+/g, '');
  const text = /^\d+$/.test(digits) ? digits : searchNameOf(raw);
  let withoutLeadingWord: string | null = null;
  let preferredTypes: OrganisationType[] = [];
  const [first, ...rest] = text.split(' ');
  const leading = first ? LEADING_WORDS[first] : undefined;
  if (leading && rest.length > 0) {
    withoutLeadingWord = rest.join(' ');
    preferredTypes = leading;
  }
  return {
    text,
    withoutLeadingWord,
    preferredTypes,
    landCodes: input.land ?? [],
    types: input.type ?? [],
    kreisId: input.kreis,
    limit: Math.min(input.limit ?? 20, MAX_LIMIT),
    offset: input.offset ?? 0,
  };
}

export interface SearchAnswer {
  items: OrganisationSummary[];
  total: number;
}

/** The directory search behind every organisation picker; answers may come from the cache. */
export async function searchDirectory(
  tx: Tx,
  input: SearchInput,
  cache?: SearchCache<SearchAnswer>,
): Promise<SearchAnswer> {
  const search = directorySearchOf(input);
  const key = JSON.stringify(search);
  const cached = cache?.get(key);
  if (cached) return cached;
  const rows = await searchOrganisations(tx, search);
  const total = rows[0]?.total ?? (search.offset > 0 ? await countOrganisations(tx, search) : 0);
  const answer = {
    items: rows.map(({ total: _, ...row }) => withLandName(row)),
    total,
  };
  cache?.set(key, answer);
  return answer;
}
