import { sql } from 'drizzle-orm';
import { type DataPart, ROWS_PER_LIST, rows } from './part.ts';

/** Chat messages the person wrote (not others' messages), with the channel's name; deleted ones as deleted. */
export const chatPart: DataPart = {
  name: 'chat-messages',
  async collect(tx, personId) {
    const messages = await rows(
      tx,
      sql`select m.id, m.channel_id as "channelId", c.kind as "channelKind", c.name as "channelName",
            m.thread_root_id as "threadRootId",
            case when m.deleted_at is null then m.text else null end as text,
            m.created_at as "createdAt", m.edited_at as "editedAt", m.deleted_at as "deletedAt"
          from messages m join channels c on c.id = m.channel_id
          where m.author_id = ${personId}
          order by m.created_at limit ${ROWS_PER_LIST}`,
    );
    const attachments = await rows(
      tx,
      sql`select id, message_id as "messageId", file_name as "fileName", media_type as "mediaType", size,
            created_at as "createdAt"
          from message_attachments where uploaded_by = ${personId} order by created_at limit ${ROWS_PER_LIST}`,
    );
    return { json: { messages, attachments } };
  },
};
