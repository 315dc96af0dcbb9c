import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { renderMessage } from '../src/server/features/chat/messages/markdown.ts';
import type { Db } from '../src/server/platform/db/client.ts';

// The people, sessions, workspace and channels of the realtime benchmark, written straight into the
// database before the server starts (thousands of sign-ins through the API would take minutes).

/** A deterministic UUID for the n-th row of a kind, so the benchmark can name rows without reading them back. */
export function benchId(kind: number, n: number): string {
  return `00000000-0000-7000-8${kind.toString(16).padStart(3, '0')}-${n.toString(16).padStart(12, '0')}`;
}

export const SPREAD_CHANNELS = 500;
const PERSON = 1;
const CHANNEL = 2;
const WORKSPACE = 3;

export interface BenchWorld {
  /** Cookie header values; index 0 is the sender, 1… the listening clients. */
  cookies: string[];
  personIds: string[];
  workspaceId: string;
  /** The open channel every client reads. */
  allChannelId: string;
  /** 500 closed channels; client i (1-based) is in channel (i - 1) % 500, the sender in all. */
  spreadChannelIds: string[];
  /** The channel for the message page benchmark. */
  pageChannelId: string;
}

/** Writes `people` clients plus one sender with sessions, the workspace and its channels. */
export async function createBenchWorld(db: Db, people: number): Promise<BenchWorld> {
  const prefix = randomBytes(12).toString('base64url');
  const total = people + 1;
  const workspaceId = benchId(WORKSPACE, 1);
  const allChannelId = benchId(CHANNEL, 0);
  const pageChannelId = benchId(CHANNEL, 99_999);
  const spreadChannelIds = Array.from({ length: SPREAD_CHANNELS }, (_, k) => benchId(CHANNEL, k + 1));
  // The n-th person's ID in SQL, for a series over `i`; the same as benchId(PERSON, i).
  const personOfI = sql.raw(
    `('00000000-0000-7000-8${PERSON.toString(16).padStart(3, '0')}-' || lpad(to_hex(i), 12, '0'))::uuid`,
  );
  await db.execute(sql`
    insert into persons (id, name, email, password_hash, email_verified_at)
    select ${personOfI}, 'Bench Person ' || i, 'bench-' || i || '@bench.example', 'not-a-hash', now()
    from generate_series(0, ${total - 1}) i`);
  await db.execute(sql`
    insert into sessions (id, token_hash, person_id, expires_at)
    select gen_random_uuid(), encode(sha256(convert_to(${prefix} || i, 'UTF8')), 'hex'), ${personOfI},
      now() + interval '2 days'
    from generate_series(0, ${total - 1}) i`);
  await db.execute(sql`
    insert into workspaces (id, name, visibility, created_by) values (${workspaceId}, 'Bench', 'members', ${benchId(PERSON, 0)})`);
  await db.execute(sql`
    insert into workspace_members (workspace_id, person_id, role)
    select ${workspaceId}, ${personOfI}, case when i = 0 then 'owner' else 'member' end
    from generate_series(0, ${total - 1}) i`);
  await db.execute(sql`
    insert into channels (id, kind, workspace_id, name, created_by, is_default)
    values (${allChannelId}, 'channel', ${workspaceId}, 'alle', ${benchId(PERSON, 0)}, true),
      (${pageChannelId}, 'channel', ${workspaceId}, 'seiten', ${benchId(PERSON, 0)}, false)`);
  await db.execute(sql`
    insert into channels (id, kind, workspace_id, name, closed, created_by)
    select ('00000000-0000-7000-8${sql.raw(CHANNEL.toString(16).padStart(3, '0'))}-' || lpad(to_hex(k), 12, '0'))::uuid,
      'channel', ${workspaceId}, 'verteilt-' || k, true, ${benchId(PERSON, 0)}
    from generate_series(1, ${SPREAD_CHANNELS}) k`);
  await db.execute(sql`
    insert into channel_members (channel_id, person_id, added)
    select ('00000000-0000-7000-8${sql.raw(CHANNEL.toString(16).padStart(3, '0'))}-' || lpad(to_hex(((i - 1) % ${SPREAD_CHANNELS}) + 1), 12, '0'))::uuid,
      ${personOfI}, true
    from generate_series(1, ${total - 1}) i
    union all
    select ('00000000-0000-7000-8${sql.raw(CHANNEL.toString(16).padStart(3, '0'))}-' || lpad(to_hex(k), 12, '0'))::uuid,
      ${benchId(PERSON, 0)}::uuid, true
    from generate_series(1, ${SPREAD_CHANNELS}) k`);
  return {
    cookies: Array.from({ length: total }, (_, n) => `allmende_session=${prefix}${n}`),
    personIds: Array.from({ length: total }, (_, n) => benchId(PERSON, n)),
    workspaceId,
    allChannelId,
    spreadChannelIds,
    pageChannelId,
  };
}

const SEQ_MARK = 'SEQMARK';
const PAGE_TEXT = `Nachricht ${SEQ_MARK}: Die **Sitzung** zum Haushalt ist am Dienstag, bitte die Unterlagen im Ordner \`Finanzen\` lesen.`;

/**
 * Fills the page channel with `count` messages by the sender (Markdown text of realistic length, a
 * reaction on every tenth), in batches so the server's memory stays flat.
 */
export async function fillPageChannel(db: Db, world: BenchWorld, count: number): Promise<void> {
  const messageIdOfS = sql.raw(
    `('00000000-0000-7000-9' || substr(lpad(to_hex(s), 15, '0'), 1, 3) || '-' || substr(lpad(to_hex(s), 15, '0'), 4, 12))::uuid`,
  );
  // The server stores each message's HTML when it is written; here it is rendered once around the number.
  const [textBefore, textAfter] = PAGE_TEXT.split(SEQ_MARK) as [string, string];
  const [htmlBefore, htmlAfter] = renderMessage(PAGE_TEXT).split(SEQ_MARK) as [string, string];
  const batch = 100_000;
  for (let from = 1; from <= count; from += batch) {
    const to = Math.min(count, from + batch - 1);
    await db.execute(sql`
      insert into messages (id, channel_id, seq, author_id, text, html, reactions, created_at)
      select ${messageIdOfS}, ${world.pageChannelId}, s, ${world.personIds[0]},
        ${textBefore} || s || ${textAfter}, ${htmlBefore} || s || ${htmlAfter},
        case when s % 10 = 0 then jsonb_build_array(jsonb_build_object('emoji', '👍', 'personIds', jsonb_build_array(${world.personIds[1]}::text)))
          else '[]'::jsonb end,
        now() - ((${count} - s) || ' seconds')::interval
      from generate_series(${from}::bigint, ${to}::bigint) s`);
    await db.execute(sql`
      insert into message_reactions (message_id, person_id, emoji)
      select ${messageIdOfS}, ${world.personIds[1]}, '👍'
      from generate_series(${from}::bigint, ${to}::bigint) s where s % 10 = 0`);
  }
  await db.execute(
    sql`update channels set last_seq = ${count}, last_message_at = now() where id = ${world.pageChannelId}`,
  );
  await db.execute(sql`analyze messages`);
  await db.execute(sql`analyze message_reactions`);
}
