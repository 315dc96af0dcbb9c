import { query } from '../../../api/client.ts';
import type { DocumentItem, SpaceKind, UploadState } from '../document-types.ts';
import { type ResumableTransport, sendResumable } from './resumable.ts';
import { send } from './transfer.ts';

/** Files above this go in resumable chunks, so a dropped connection costs one chunk, not the file. */
export const RESUMABLE_FROM_BYTES = 8 * 1024 * 1024;

/** Where an upload goes: a new file in a folder, or a new version of a file. */
export type UploadTarget =
  | { kind: 'file'; spaceKind: SpaceKind; spaceId: string; parentId: string | null }
  | { kind: 'version'; spaceKind: SpaceKind; spaceId: string; nodeId: string };

export interface UploadOptions {
  comment?: string | undefined;
  onProgress: (sent: number) => void;
  signal?: AbortSignal | undefined;
  /** A finished resumable upload of this file (kept when the file existed, to send it as a version). */
  uploadId?: string | undefined;
  onUploadId?: (id: string) => void;
}

const enc = encodeURIComponent;

function transport(target: UploadTarget, name: string, signal: AbortSignal | undefined): ResumableTransport {
  return {
    start: (size) =>
      send<UploadState>(
        'POST',
        '/documents/uploads',
        new Blob([JSON.stringify({ spaceKind: target.spaceKind, spaceId: target.spaceId, name, size })], {
          type: 'application/json',
        }),
        { signal },
      ),
    chunk: (id, offset, bytes, onProgress) =>
      send<UploadState>(
        'PATCH',
        `/documents/uploads/${enc(id)}${query({ offset })}`,
        new Blob([bytes], { type: 'application/octet-stream' }),
        { onProgress, signal },
      ),
    state: async (id) => {
      const response = await fetch(`/api/documents/uploads/${enc(id)}`, { credentials: 'same-origin' });
      if (!response.ok) throw new Error(`upload state ${response.status}`);
      return (await response.json()) as UploadState;
    },
    cancel: async (id) => {
      await fetch(`/api/documents/uploads/${enc(id)}`, { method: 'DELETE', credentials: 'same-origin' });
    },
  };
}

/**
 * Uploads one file to its target and resolves with the item the server made. Small files go in one
 * request; large ones in resumable chunks, then the file or version is made from the finished upload.
 */
export async function uploadFile(file: File, target: UploadTarget, options: UploadOptions): Promise<DocumentItem> {
  const { comment, onProgress, signal } = options;
  let uploadId = options.uploadId;
  if (!uploadId && file.size > RESUMABLE_FROM_BYTES) {
    uploadId = await sendResumable(file, transport(target, file.name, signal), {
      onProgress,
      signal,
      onStarted: options.onUploadId,
    });
  }
  const path =
    target.kind === 'file'
      ? `/documents/spaces/${enc(target.spaceKind)}/${enc(target.spaceId)}/files${query({
          name: file.name,
          parent: target.parentId,
          comment,
          upload: uploadId,
        })}`
      : `/documents/nodes/${enc(target.nodeId)}/versions${query({ comment, upload: uploadId })}`;
  if (uploadId) {
    onProgress(file.size);
    return send<DocumentItem>('POST', path, null, { signal });
  }
  return send<DocumentItem>('POST', path, file, { onProgress, signal });
}
