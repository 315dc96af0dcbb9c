import { sql } from 'drizzle-orm';
import type { UnifiedHit } from '../../../shared/contracts/search.ts';
import type { Tx } from '../../platform/db/client.ts';
import { rowsOf } from '../../platform/db/sql-rows.ts';
import { visibleWorkspacesFor } from '../workspaces/queries.ts';
import type { GermanQuery } from './german-query.ts';
import { type GroupResult, NO_HITS } from './group.ts';
import type { Searcher } from './searcher.ts';
import { exactOrWithTypos, markWords, matchesAllWords, nameOrder, snippetOf, textForms } from './text-match.ts';

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
 * owner's people) whose name or description holds every word (text-match.ts), in the name order of
 * text-match.ts, the person's own workspaces first among equals, then by name.
 * Signed out, nobody sees a workspace (canSeeWorkspace), so the group is not asked.
 */
export async function searchWorkspaces(
  tx: Tx,
  query: GermanQuery,
  searcher: Searcher,
  limit: number,
): Promise<GroupResult> {
  if (query.words.length === 0) return NO_HITS;
  const mine = sql`workspaces.id in (select m.workspace_id from workspace_members m where m.person_id = ${searcher.personId})`;
  const rows = await exactOrWithTypos(query, async (typos) => {
    const order = sql`${nameOrder(query.words)}, ${mine} desc, lower(workspaces.name), workspaces.id`;
    // The matches are ordered and cut first; role, owner and member count are read for the page only.
    const result = await tx.execute(sql`
      select p.id, p.name, p.description, p.total,
        (select m.role from workspace_members m where m.workspace_id = p.id and m.person_id = ${searcher.personId}) as role,
        coalesce((select o.name from organisations o where o.id = p.owner_organisation_id),
          (select a.name from alliances a where a.id = p.owner_alliance_id)) as owner_name,
        (select count(*) from workspace_members m where m.workspace_id = p.id)::int as member_count
      from (
        select workspaces.id, workspaces.name, workspaces.description, workspaces.owner_organisation_id,
          workspaces.owner_alliance_id, count(*) over ()::int as total, row_number() over (order by ${order}) as ord
        from workspaces cross join ${textForms(sql`workspaces.name`, sql`workspaces.description`)}
        where ${visibleWorkspacesFor(searcher)} and ${matchesAllWords(query, typos)}
        order by ${order}
        limit ${limit}
      ) p
      order by p.ord`);
    return rowsOf<Row>(result);
  });
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
