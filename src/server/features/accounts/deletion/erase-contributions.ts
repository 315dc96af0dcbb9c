import { type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/client.ts';
import { rowsOf } from '../../../platform/db/sql-rows.ts';

const run = (tx: Tx, query: SQL) => tx.execute(query);
const ids = async (tx: Tx, query: SQL) => rowsOf<{ id: string }>(await run(tx, query)).map((row) => row.id);
const uuids = (list: string[]) => sql`${`{${list.join(',')}}`}::uuid[]`;

/**
 * Deletes what the person wrote where no other rule keeps it, in the caller's transaction; returns the
 * keys of the blobs their deleted attachments used. Kept, under "ehemalige Person": a question others
 * answered or commented on and an answer others commented on (the conversation would lose its middle), wiki
 * revisions (the page's text and history are built on them; their comments go), atlas records and their
 * revisions (published history), content versions, documents (the space's members rely on them), project
 * records, task attachments and decided approvals.
 */
export async function eraseContributions(tx: Tx, personId: string): Promise<string[]> {
  // Chat: the same tombstone as the author's own deletion, so threads and positions hold.
  const messageIds = await ids(
    tx,
    sql`update messages set text = '', html = '', reactions = '[]'::jsonb, deleted_at = now(), mentions_channel = false,
          search_vector = null
        where author_id = ${personId} and deleted_at is null returning id`,
  );
  if (messageIds.length > 0) {
    await run(tx, sql`delete from message_mentions where message_id = any(${uuids(messageIds)})`);
    await run(tx, sql`delete from message_reactions where message_id = any(${uuids(messageIds)})`);
  }
  const blobKeys = rowsOf<{ key: string }>(
    await run(
      tx,
      sql`delete from message_attachments where uploaded_by = ${personId} or message_id = any(${uuids(messageIds)})
          returning blob_key as key`,
    ),
  ).map((row) => row.key);

  // Task comments.
  await run(tx, sql`delete from project_task_comments where author_id = ${personId}`);

  // The network: comments, then answers nobody else commented on, then questions nobody else took part in.
  const comments = await ids(tx, sql`delete from post_comments where author_id = ${personId} returning id`);
  const deletedAnswers = rowsOf<{ id: string; questionId: string }>(
    await run(
      tx,
      sql`delete from answers a where a.author_id = ${personId}
            and not exists (select 1 from post_comments c where c.post_kind = 'answer' and c.post_id = a.id)
          returning a.id, a.question_id as "questionId"`,
    ),
  );
  const answers = deletedAnswers.map((row) => row.id);
  const questions = await ids(
    tx,
    sql`delete from questions q where q.author_id = ${personId}
          and not exists (select 1 from answers a where a.question_id = q.id)
          and not exists (select 1 from post_comments c where c.question_id = q.id)
        returning q.id`,
  );
  const posts = [...comments, ...answers, ...questions];
  if (posts.length > 0) {
    await run(tx, sql`delete from post_votes where post_id = any(${uuids(posts)})`);
    await run(tx, sql`delete from post_reports where post_id = any(${uuids(posts)})`);
  }
  if (answers.length > 0) {
    // The questions' counts follow their published answers; a deleted accepted answer is no longer accepted.
    await run(
      tx,
      sql`update questions q set
            answer_count = (select count(*)::int from answers a where a.question_id = q.id and a.state = 'published'),
            accepted_answer_id = case when q.accepted_answer_id = any(${uuids(answers)}) then null else q.accepted_answer_id end
          where q.id = any(${uuids([...new Set(deletedAnswers.map((row) => row.questionId))])})`,
    );
  }
  // Wiki revisions stay as the page's history; what the person wrote about their edit goes.
  await run(tx, sql`update wiki_revisions set comment = '' where author_id = ${personId}`);
  return blobKeys;
}
