import { type DragEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../ui/icon.tsx';
import { TextField } from '../../../ui/text-field.tsx';
import type { UploadTarget } from './upload-file.ts';
import { UploadList } from './upload-list.tsx';
import { useUploads } from './use-uploads.ts';

/**
 * Uploading into a folder: a button that opens the file chooser (several files at once) and an area
 * to drop files on, which is the same button for keyboards and screen readers.
 */
export function UploadZone({ target }: { target: Extract<UploadTarget, { kind: 'file' }> }) {
  const { t } = useTranslation();
  const uploads = useUploads();
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const [over, setOver] = useState(false);
  const [comment, setComment] = useState('');
  const add = (files: File[]) => uploads.add(files, target, comment.trim());

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setOver(false);
    const files = [...event.dataTransfer.files];
    if (files.length > 0) add(files);
  }

  return (
    <div className="doc-upload-zone">
      <TextField
        id={`${inputId}-comment`}
        label={t('documents.upload.comment')}
        hint={t('documents.upload.commentHint')}
        value={comment}
        onChange={setComment}
        maxLength={2000}
        optional
      />
      {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping is the mouse's shortcut; the button inside does the same for everyone */}
      <div
        className={`doc-drop${over ? ' doc-drop--over' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          event.dataTransfer.dropEffect = 'copy';
          setOver(true);
        }}
        onDragLeave={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false);
        }}
        onDrop={onDrop}
        data-testid="drop-zone"
      >
        <input
          ref={input}
          id={inputId}
          className="visually-hidden"
          type="file"
          multiple
          tabIndex={-1}
          aria-hidden="true"
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            if (files.length > 0) add(files);
            event.target.value = '';
          }}
        />
        <button type="button" className="kern-btn kern-btn--secondary" onClick={() => input.current?.click()}>
          <Icon name="drive-folder-upload" />
          <span className="kern-label">{t('documents.upload.choose')}</span>
        </button>
        <p className="kern-body kern-body--small doc-drop__hint">{t('documents.upload.dropHint')}</p>
      </div>
      <UploadList uploads={uploads} />
    </div>
  );
}
