import { eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../../platform/db/client.ts';
import { docNodes, docTexts, docVersions } from '../tables.ts';

export interface VersionToRead {
  blobKey: string;
  mediaType: string;
  name: string;
  prunedAt: Date | null;
}

/** The version's stored bytes and its file's name, or undefined when it is gone. */
export async function versionToRead(db: Db, versionId: string): Promise<VersionToRead | undefined> {
  const [row] = await db
    .select({
      blobKey: docVersions.blobKey,
      mediaType: docVersions.mediaType,
      name: docNodes.name,
      prunedAt: docVersions.prunedAt,
    })
    .from(docVersions)
    .innerJoin(docNodes, eq(docNodes.id, docVersions.nodeId))
    .where(eq(docVersions.id, versionId));
  return row;
}

/** A file's name as words: "Haushalt_2026-Entwurf.pdf" is "Haushalt 2026 Entwurf pdf" to the search. */
export const nameWords = (name: string) => name.replace(/[._\-+~]+/g, ' ');

/**
 * Writes the version's text and its search vector: the name weighted A, the text B (`german`). A
 * text whose vector PostgreSQL finds too large (over 1 MB of distinct words) is indexed without
 * word positions, and failing that by its first quarter of a million characters; the text is kept whole.
 */
export async function saveText(
  tx: Tx,
  versionId: string,
  entry: { state: 'done' | 'empty' | 'failed'; text: string; name: string },
): Promise<void> {
  const name = nameWords(entry.name);
  const vectors = [
    sql`setweight(to_tsvector('german', ${name}), 'A') || setweight(to_tsvector('german', ${entry.text}), 'B')`,
    sql`setweight(to_tsvector('german', ${name}), 'A') || setweight(strip(to_tsvector('german', ${entry.text})), 'B')`,
    sql`setweight(to_tsvector('german', ${name}), 'A') || setweight(to_tsvector('german', left(${entry.text}, 250000)), 'B')`,
  ];
  for (const [index, vector] of vectors.entries()) {
    try {
      await tx.transaction(async (inner) => {
        await inner
          .insert(docTexts)
          .values({ versionId, state: entry.state, text: entry.text, searchVector: vector })
          .onConflictDoUpdate({
            target: docTexts.versionId,
            set: { state: entry.state, text: entry.text, searchVector: vector, extractedAt: sql`now()` },
          });
      });
      return;
    } catch (error) {
      // 54000 program_limit_exceeded: "string is too long for tsvector" (Drizzle wraps the driver's error).
      const failed = error as { code?: string; cause?: { code?: string } };
      if ((failed.code ?? failed.cause?.code) !== '54000' || index === vectors.length - 1) throw error;
    }
  }
}

/** The version's extracted text as stored, for tests and the preview. */
export async function storedText(db: Db, versionId: string) {
  const [row] = await db.select().from(docTexts).where(eq(docTexts.versionId, versionId));
  return row;
}
