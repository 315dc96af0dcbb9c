import { sql } from 'drizzle-orm';
import { type DataPart, ROWS_PER_LIST, rows } from './part.ts';

/** Content pages the person created, the versions (translations) they wrote, and media they uploaded (as a list). */
export const contentPart: DataPart = {
  name: 'content',
  async collect(tx, personId) {
    const pagesCreated = await rows(
      tx,
      sql`select id, organisation_id as "organisationId", slug, source_language as "sourceLanguage",
            created_at as "createdAt", updated_at as "updatedAt"
          from content_pages where created_by = ${personId} order by created_at limit ${ROWS_PER_LIST}`,
    );
    const versionsWritten = await rows(
      tx,
      sql`select id, page_id as "pageId", language, number, title, body_html as "bodyHtml", draft, origin,
            created_at as "createdAt"
          from content_versions where author_id = ${personId} order by created_at limit ${ROWS_PER_LIST}`,
    );
    const media = await rows(
      tx,
      sql`select id, file_name as "fileName", mime_type as "mediaType", bytes as "size", alt_text as "altText", author,
            licence, created_at as "createdAt"
          from content_media where created_by = ${personId} order by created_at limit ${ROWS_PER_LIST}`,
    );
    return { json: { pagesCreated, versionsWritten, media } };
  },
};
