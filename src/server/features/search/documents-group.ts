import type { UnifiedHit } from '../../../shared/contracts/search.ts';
import type { Tx } from '../../platform/db/client.ts';
import { highlightHtml } from '../atlas/search/search-text.ts';
import { searchDocuments } from '../documents/search/search-documents.ts';
import { readableSpaces } from '../documents/space-access.ts';
import type { GermanQuery } from './german-query.ts';
import { COUNT_MAX, type GroupResult, NO_HITS } from './group.ts';

/**
 * Files by their name and the text extracted from their current version (documents/extract), in the
 * spaces the person may read now (documents/space-access.ts `readableSpaces`: their workspaces, their
 * organisation and its alliances), asked with the German query with compound parts and prefixes, as
 * messages are. Trashed files and files in a trashed folder are never found. A hit opens the file's page.
 */
export async function searchDocumentsGroup(
  tx: Tx,
  query: GermanQuery,
  personId: string,
  limit: number,
): Promise<GroupResult> {
  if (query.prefixed === null) return NO_HITS;
  const spaces = await readableSpaces(tx, personId);
  const found = await searchDocuments(tx, spaces, query.prefixed, limit);
  const spaceNames = new Map(spaces.map((s) => [`${s.kind}:${s.id}`, s.name]));
  return {
    total: Math.min(found.total, COUNT_MAX),
    capped: found.total > COUNT_MAX,
    hits: found.hits.map(
      (hit): UnifiedHit => ({
        id: hit.id,
        href: `/documents/files/${hit.id}`,
        title: hit.name,
        titleHtml: highlightHtml(hit.nameHeadline),
        snippetHtml: highlightHtml(hit.snippetHeadline),
        names: [spaceNames.get(`${hit.spaceKind}:${hit.spaceId}`) ?? ''],
        createdAt: hit.updatedAt,
      }),
    ),
  };
}
