import { sql } from 'drizzle-orm';
import { type DataPart, type ExportedFile, ROWS_PER_LIST, rows } from './part.ts';

/** Characters a file name in the ZIP may not carry (paths, controls, what Windows refuses). */
const UNSAFE = /[\\/:*?"<>|\p{Cc}]/gu;

/** `files/documents/<version id>-<name>`: unique per version, and still the name one knows. */
export function documentPath(versionId: string, name: string): string {
  const safe = name.replace(UNSAFE, '_').slice(0, 150) || 'file';
  return `documents/${versionId}-${safe}`;
}

/**
 * Document versions the person uploaded: an index (name, space, version, size, type, times) and the
 * files themselves. Versions whose bytes were pruned by the retention rule are listed without a file.
 */
export const documentsPart: DataPart = {
  name: 'documents',
  async collect(tx, personId) {
    const versions = await rows<{
      versionId: string;
      name: string;
      blobKey: string;
      prunedAt: string | null;
      [more: string]: unknown;
    }>(
      tx,
      sql`select v.id as "versionId", v.node_id as "documentId", n.name, n.space_kind as "spaceKind",
            n.space_id as "spaceId", v.number, v.size, v.media_type as "mediaType", v.comment,
            v.created_at as "createdAt", v.pruned_at as "prunedAt", v.blob_key as "blobKey"
          from doc_versions v join doc_nodes n on n.id = v.node_id
          where v.author_id = ${personId} order by v.created_at limit ${ROWS_PER_LIST}`,
    );
    const files: ExportedFile[] = [];
    const index = versions.map(({ blobKey, ...version }) => {
      if (version.prunedAt) return { ...version, file: null };
      const path = documentPath(version.versionId, version.name);
      files.push({ path, blobKey });
      return { ...version, file: `files/${path}` };
    });
    return { json: { versions: index }, files };
  },
};
