import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attachment } from '../../../../../shared/contracts/chat.ts';
import { Button } from '../../../../ui/button.tsx';
import { Icon } from '../../../../ui/icon.tsx';
import { problemText } from '../../../../ui/problem.tsx';
import { uploadAttachment } from '../chat-queries.ts';
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS_PER_MESSAGE } from '../limits.ts';
import { fileSize } from '../messages/message-time.ts';

export interface Upload {
  key: number;
  name: string;
  size: number;
  state: 'uploading' | 'done' | 'failed';
  attachment?: Attachment;
  error?: string;
}

let counter = 0;

/** Files for the next message: each is uploaded as soon as it is chosen (at most 25 MiB). */
export function useUploads(channelId: string) {
  const { t } = useTranslation();
  const [uploads, setUploads] = useState<Upload[]>([]);
  const update = (key: number, patch: Partial<Upload>) =>
    setUploads((list) => list.map((u) => (u.key === key ? { ...u, ...patch } : u)));

  function add(files: FileList | null) {
    for (const file of [...(files ?? [])].slice(0, MAX_ATTACHMENTS_PER_MESSAGE)) {
      counter += 1;
      const key = counter;
      const tooBig = file.size > MAX_ATTACHMENT_BYTES;
      setUploads((list) => [
        ...list,
        {
          key,
          name: file.name,
          size: file.size,
          state: tooBig ? 'failed' : 'uploading',
          error: tooBig ? t('workspaces.composer.tooBig') : undefined,
        },
      ]);
      if (tooBig) continue;
      uploadAttachment(channelId, file).then(
        (attachment) => update(key, { state: 'done', attachment }),
        (error: unknown) => update(key, { state: 'failed', error: problemText(t, error) }),
      );
    }
  }

  return {
    uploads,
    add,
    remove: (key: number) => setUploads((list) => list.filter((u) => u.key !== key)),
    clear: () => setUploads([]),
    busy: uploads.some((u) => u.state === 'uploading'),
    ids: uploads.flatMap((u) => (u.attachment ? [u.attachment.id] : [])),
    names: uploads.flatMap((u) => (u.attachment ? [u.attachment.fileName] : [])),
  };
}

export function UploadButton({ id, onFiles }: { id: string; onFiles: (files: FileList | null) => void }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={input}
        id={id}
        type="file"
        multiple
        hidden
        onChange={(event) => {
          onFiles(event.target.files);
          event.target.value = '';
        }}
      />
      <button
        type="button"
        className="kern-btn kern-btn--tertiary kern-btn--x-small composer__attach"
        onClick={() => input.current?.click()}
      >
        <Icon name="drive-folder-upload" />
        <span className="kern-label kern-sr-only-mobile">{t('workspaces.composer.attach')}</span>
      </button>
    </>
  );
}

export function UploadList({ uploads, onRemove }: { uploads: Upload[]; onRemove: (key: number) => void }) {
  const { t, i18n } = useTranslation();
  if (uploads.length === 0) return null;
  return (
    <ul className="composer__uploads" aria-label={t('workspaces.composer.files')}>
      {uploads.map((upload) => (
        <li key={upload.key} className={`composer__upload composer__upload--${upload.state}`}>
          <span className="composer__upload-name">{upload.name}</span>{' '}
          <span className="composer__upload-meta">
            {upload.state === 'uploading'
              ? t('workspaces.composer.uploading')
              : upload.state === 'failed'
                ? upload.error
                : fileSize(upload.size, i18n.language)}
          </span>
          <Button variant="tertiary" small icon="close" onClick={() => onRemove(upload.key)}>
            <span className="visually-hidden">{t('workspaces.composer.removeFile', { name: upload.name })}</span>
          </Button>
        </li>
      ))}
    </ul>
  );
}
