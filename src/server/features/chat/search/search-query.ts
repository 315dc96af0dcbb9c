import { type SQL, sql } from 'drizzle-orm';
import type { SearchHit } from '../../../../shared/contracts/chat.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { rowsOf } from '../../../platform/db/sql-rows.ts';
import { personJoins, readableByJoinedPerson } from '../list-queries.ts';
import type { ChannelKind } from '../policy.ts';

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
  kind: ChannelKind;
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
  const found = await runSearch(tx, personId, {
    query: sql`websearch_to_tsquery('german', ${query.q})`,
    channelId: query.channelId,
    limit: query.limit,
    countMax: 0,
  });
  return found.hits;
}

/**
 * The same search for a query the caller built as to_tsquery('german', …) text (the search over
 * everything: the atlas's German words with compound parts and prefixes), with the matches counted
 * up to `countMax` (total `countMax + 1` means "more").
 */
export async function searchMessagesMatching(
  tx: Tx,
  personId: string,
  query: { tsquery: string; limit: number; countMax: number },
): Promise<{ hits: SearchHit[]; total: number }> {
  return runSearch(tx, personId, {
    query: sql`to_tsquery('german', ${query.tsquery})`,
    channelId: undefined,
    limit: query.limit,
    countMax: query.countMax,
  });
}

async function runSearch(
  tx: Tx,
  personId: string,
  search: { query: SQL; channelId: string | undefined; limit: number; countMax: number },
): Promise<{ hits: SearchHit[]; total: number }> {
  const options = `StartSel=${START}, StopSel=${STOP}, MaxWords=30, MinWords=8, MaxFragments=2, FragmentDelimiter=" … "`;
  const counted =
    search.countMax > 0
      ? sql`(select count(*) from (select 1 from messages m join readable r on r.id = m.channel_id cross join q
          where m.search_vector @@ q.query and m.deleted_at is null limit ${search.countMax + 1}) x)`
      : sql`0`;
  const result = await tx.execute(sql`
    with q as (select ${search.query} as query),
    readable as (
      select c.id, c.kind, c.name, c.workspace_id from channels c ${personJoins(personId)}
      where ${readableByJoinedPerson} ${search.channelId ? sql`and c.id = ${search.channelId}` : sql``}
    ),
    hits as (
      select m.id, m.channel_id, m.seq, m.thread_root_id, m.created_at, m.author_id, m.text,
        ts_rank(m.search_vector, q.query) as rank
      from messages m join readable r on r.id = m.channel_id cross join q
      where m.search_vector @@ q.query and m.deleted_at is null
      order by rank desc, m.created_at desc
      limit ${search.limit}
    ),
    total as (select ${counted} as n)
    select t.n as total, h.id, h.channel_id, h.seq, h.thread_root_id, to_json(h.created_at) as created_at, h.author_id,
      a.name as author_name, r.kind, r.name as channel_name, r.workspace_id, w.name as workspace_name,
      ts_headline('german', h.text, q.query, ${options}) as snippet
    from total t left join (hits h join readable r on r.id = h.channel_id cross join q) on true
    left join persons a on a.id = h.author_id
    left join workspaces w on w.id = r.workspace_id
    order by h.rank desc, h.created_at desc`);
  const rows = rowsOf<HitRow & { total: number | string }>(result);
  return {
    total: Number(rows[0]?.total ?? 0),
    hits: rows.filter((r) => r.id !== null).map(hitOf),
  };
}

function hitOf(r: HitRow): SearchHit {
  return {
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
  };
}
