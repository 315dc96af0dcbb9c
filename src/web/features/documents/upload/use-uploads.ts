import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { DOCUMENTS_KEY } from '../queries.ts';
import { isAbort, TransferError } from './transfer.ts';
import { type UploadTarget, uploadFile } from './upload-file.ts';

export type UploadStatus = 'sending' | 'done' | 'failed' | 'cancelled' | 'exists';

export interface UploadEntry {
  key: string;
  file: File;
  target: UploadTarget;
  comment: string;
  sent: number;
  status: UploadStatus;
  error: unknown;
  /** `exists`: the live file of that name, to upload this one as its new version. */
  existingId: string | null;
  /** A finished resumable upload, reused when the file is sent again as a version. */
  uploadId: string | null;
}

let counter = 0;

/**
 * The uploads of one place (a folder or a file), each with its progress and its own cancel. A file
 * whose name is taken waits with status `exists` until the person sends it as a new version or drops it.
 */
export function useUploads() {
  const client = useQueryClient();
  const [entries, setEntries] = useState<UploadEntry[]>([]);
  const controllers = useRef(new Map<string, AbortController>());

  const patch = useCallback((key: string, change: Partial<UploadEntry>) => {
    setEntries((list) => list.map((e) => (e.key === key ? { ...e, ...change } : e)));
  }, []);

  const run = useCallback(
    async (entry: UploadEntry) => {
      const controller = new AbortController();
      controllers.current.set(entry.key, controller);
      patch(entry.key, { status: 'sending', sent: 0, error: null, target: entry.target });
      try {
        await uploadFile(entry.file, entry.target, {
          comment: entry.comment || undefined,
          signal: controller.signal,
          uploadId: entry.uploadId ?? undefined,
          onUploadId: (uploadId) => patch(entry.key, { uploadId }),
          onProgress: (sent) => patch(entry.key, { sent }),
        });
        patch(entry.key, { status: 'done', sent: entry.file.size });
        void client.invalidateQueries({ queryKey: DOCUMENTS_KEY });
      } catch (error) {
        if (isAbort(error)) patch(entry.key, { status: 'cancelled' });
        else if (error instanceof TransferError && error.type === 'document-exists') {
          patch(entry.key, { status: 'exists', existingId: String(error.extra.existingId ?? '') || null });
        } else patch(entry.key, { status: 'failed', error });
      } finally {
        controllers.current.delete(entry.key);
      }
    },
    [client, patch],
  );

  const add = useCallback(
    (files: File[], target: UploadTarget, comment = '') => {
      const added = files.map(
        (file): UploadEntry => ({
          key: `u${++counter}`,
          file,
          target,
          comment,
          sent: 0,
          status: 'sending',
          error: null,
          existingId: null,
          uploadId: null,
        }),
      );
      setEntries((list) => [...list, ...added]);
      for (const entry of added) void run(entry);
    },
    [run],
  );

  const cancel = useCallback((key: string) => controllers.current.get(key)?.abort(), []);

  /** Sends a file whose name was taken as the new version of the file that has it. */
  const asNewVersion = useCallback(
    (entry: UploadEntry) => {
      if (!entry.existingId) return;
      void run({
        ...entry,
        target: {
          kind: 'version',
          spaceKind: entry.target.spaceKind,
          spaceId: entry.target.spaceId,
          nodeId: entry.existingId,
        },
      });
    },
    [run],
  );

  const dismiss = useCallback((key: string) => setEntries((list) => list.filter((e) => e.key !== key)), []);
  const clearFinished = useCallback(
    () => setEntries((list) => list.filter((e) => e.status === 'sending' || e.status === 'exists')),
    [],
  );

  return { entries, add, cancel, asNewVersion, dismiss, clearFinished };
}
