import { sql } from 'drizzle-orm';
import type { UnifiedHit } from '../../../shared/contracts/search.ts';
import type { Tx } from '../../platform/db/client.ts';
import { rowsOf } from '../atlas/search-index.ts';
import { foldSql } from '../atlas/search-text.ts';
import { visibleWorkspacesFor } from '../workspaces/queries.ts';
import type { GermanQuery } from './german-query.ts';
import { type GroupResult, NO_HITS } from './group.ts';
import type { Searcher } from './searcher.ts';
import { markWords, matchesAllWords, nameRank, snippetOf } from './text-match.ts';

interface Row {
  id: string;
  name: string;
  description: string;
  role: string | null;
  owner_name: string | null;
  member_count: number;
  total: number;
}

/**
 * The workspaces the person may know of (visibleWorkspacesFor: member, platform-wide, or open to the
 * owner's people) whose name or description holds every word (text-match.ts). Names holding all
 * words first, then the person's own workspaces, then by closeness of the name and by name.
 * Signed out, nobody sees a workspace (canSeeWorkspace), so the group is not asked.
 */
export async function searchWorkspaces(
  tx: Tx,
  query: GermanQuery,
  searcher: Searcher,
  limit: number,
): Promise<GroupResult> {
  if (query.words.length === 0) return NO_HITS;
  const text = sql`concat_ws(' ', workspaces.name, workspaces.description)`;
  const rows = rowsOf<Row>(
    await tx.execute(sql`
      select workspaces.id, workspaces.name, workspaces.description,
        (select m.role from workspace_members m
          where m.workspace_id = workspaces.id and m.person_id = ${searcher.personId}) as role,
        coalesce((select o.name from organisations o where o.id = workspaces.owner_organisation_id),
          (select a.name from alliances a where a.id = workspaces.owner_alliance_id)) as owner_name,
        (select count(*) from workspace_members m where m.workspace_id = workspaces.id)::int as member_count,
        count(*) over ()::int as total
      from workspaces
      where ${visibleWorkspacesFor(searcher)} and ${matchesAllWords(text, query.words)}
      order by ${nameRank(sql`workspaces.name`, query.words)},
        exists (select 1 from workspace_members m
          where m.workspace_id = workspaces.id and m.person_id = ${searcher.personId}) desc,
        similarity(${foldSql(sql`workspaces.name`)}, ${query.words.join(' ')}) desc, lower(workspaces.name), workspaces.id
      limit ${limit}`),
  );
  return {
    total: Number(rows[0]?.total ?? 0),
    capped: false,
    hits: rows.map(
      (w): UnifiedHit => ({
        id: w.id,
        href: `/workspaces/${w.id}`,
        title: w.name,
        titleHtml: markWords(w.name, query.words),
        snippetHtml: snippetOf(w.description, query.words),
        role: w.role,
        names: w.owner_name ? [w.owner_name] : [],
        memberCount: Number(w.member_count),
      }),
    ),
  };
}
