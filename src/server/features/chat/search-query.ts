import { sql } from 'drizzle-orm';
import type { SearchHit } from '../../../shared/contracts/chat.ts';
import type { Tx } from '../../platform/db/client.ts';
import { personJoins, readableByJoinedPerson } from './list-queries.ts';
import { rowsOf } from './sql-rows.ts';

// Message texts never hold control characters (they are removed on input), so these mark the hits
// unambiguously until the snippet is escaped and they become <mark>.
const START = '\u0001';
const STOP = '\u0002';

const escapeHtml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

/** The snippet as safe HTML: everything escaped, the matched words in <mark>. */
export function markedSnippet(headline: string): string {
  return escapeHtml(headline).replaceAll(START, '<mark>').replaceAll(STOP, '</mark>');
}

interface HitRow {
  id: string;
  channel_id: string;
  seq: number | string;
  thread_root_id: string | null;
  created_at: string | Date;
  author_id: string;
  author_name: string | null;
  kind: 'channel' | 'direct' | 'group';
  channel_name: string | null;
  workspace_id: string | null;
  workspace_name: string | null;
  snippet: string;
}

/**
 * German full-text search over the messages of every channel the person may read now (optionally
 * one channel), best match first; the snippet is made only for the hits returned.
 */
export async function searchMessages(
  tx: Tx,
  personId: string,
  query: { q: string; channelId?: string | undefined; limit: number },
): Promise<SearchHit[]> {
  const options = `StartSel=${START}, StopSel=${STOP}, MaxWords=30, MinWords=8, MaxFragments=2, FragmentDelimiter=" … "`;
  const result = await tx.execute(sql`
    with q as (select websearch_to_tsquery('german', ${query.q}) as query),
    readable as (
      select c.id, c.kind, c.name, c.workspace_id from channels c ${personJoins(personId)}
      where ${readableByJoinedPerson} ${query.channelId ? sql`and c.id = ${query.channelId}` : sql``}
    ),
    hits as (
      select m.id, m.channel_id, m.seq, m.thread_root_id, m.created_at, m.author_id, m.text,
        ts_rank(m.search_vector, q.query) as rank
      from messages m join readable r on r.id = m.channel_id cross join q
      where m.search_vector @@ q.query and m.deleted_at is null
      order by rank desc, m.created_at desc
      limit ${query.limit}
    )
    select h.id, h.channel_id, h.seq, h.thread_root_id, to_json(h.created_at) as created_at, h.author_id, a.name as author_name,
      r.kind, r.name as channel_name, r.workspace_id, w.name as workspace_name,
      ts_headline('german', h.text, q.query, ${options}) as snippet
    from hits h join readable r on r.id = h.channel_id cross join q
    left join persons a on a.id = h.author_id
    left join workspaces w on w.id = r.workspace_id
    order by h.rank desc, h.created_at desc`);
  return rowsOf<HitRow>(result).map((r) => ({
    messageId: r.id,
    channel: {
      id: r.channel_id,
      kind: r.kind,
      name: r.channel_name,
      workspaceId: r.workspace_id,
      workspaceName: r.workspace_name,
    },
    author: { id: r.author_id, name: r.author_name ?? '' },
    seq: Number(r.seq),
    threadRootId: r.thread_root_id,
    snippet: markedSnippet(r.snippet),
    createdAt: new Date(r.created_at).toISOString(),
  }));
}
