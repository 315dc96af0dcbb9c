import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../ui/alert.tsx';
import { Button } from '../../../ui/button.tsx';
import { FieldFrame } from '../../../ui/field-parts.tsx';
import { TextArea } from '../../../ui/text-area.tsx';
import type { DocumentDetail } from '../document-types.ts';
import { useLockText } from '../item-status.tsx';
import { UploadList } from '../upload/upload-list.tsx';
import { useUploads } from '../upload/use-uploads.ts';

/**
 * A new version with a comment. While someone else holds the lock the form stays visible but cannot
 * be sent, and says who holds it until when.
 */
export function NewVersionForm({ detail }: { detail: DocumentDetail }) {
  const { t } = useTranslation();
  const lockText = useLockText();
  const uploads = useUploads();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [comment, setComment] = useState('');
  const [fileError, setFileError] = useState('');
  const [inputKey, setInputKey] = useState(0);
  const { item, space } = detail;
  const lockedByOther = item.lock !== null && !item.lock.mine;
  const blocked = lockedByOther || detail.trashedAt !== null;
  const explanationId = `${id}-blocked`;

  function submit() {
    if (blocked) return;
    if (!file) {
      setFileError(t('documents.version.fileRequired'));
      document.getElementById(`${id}-file`)?.focus();
      return;
    }
    uploads.add([file], { kind: 'version', spaceKind: space.kind, spaceId: space.id, nodeId: item.id }, comment.trim());
    setFile(null);
    setComment('');
    setInputKey((k) => k + 1);
  }

  return (
    <div className="doc-new-version">
      {item.lock && lockedByOther ? (
        <div id={explanationId}>
          <Alert variant="warning" title={t('documents.version.blocked')}>
            <p className="kern-body">{lockText(item.lock)}</p>
          </Alert>
        </div>
      ) : null}
      <form
        className="form-stack"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <FieldFrame id={`${id}-file`} label={t('documents.version.file')} error={fileError || undefined}>
          <input
            key={inputKey}
            id={`${id}-file`}
            type="file"
            className="kern-form-input__input doc-file-input"
            disabled={blocked}
            aria-describedby={fileError ? `${id}-file-error` : undefined}
            aria-invalid={fileError ? true : undefined}
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setFileError('');
            }}
          />
        </FieldFrame>
        <TextArea
          id={`${id}-comment`}
          label={t('documents.version.comment')}
          hint={t('documents.version.commentHint')}
          value={comment}
          onChange={setComment}
          rows={2}
          maxLength={2000}
          optional
          disabled={blocked}
        />
        <div className="kern-btn-wrapper">
          <Button
            type="submit"
            aria-disabled={blocked || undefined}
            aria-describedby={blocked ? explanationId : undefined}
          >
            {t('documents.version.submit')}
          </Button>
        </div>
      </form>
      <UploadList uploads={uploads} />
    </div>
  );
}
