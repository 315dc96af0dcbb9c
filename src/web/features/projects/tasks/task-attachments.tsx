import { type DragEvent, type RefObject, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TASK_ATTACHMENT_MAX_BYTES, type TaskAttachment } from '../../../../shared/contracts/projects.ts';
import { Alert } from '../../../ui/alert.tsx';
import { Button } from '../../../ui/button.tsx';
import { ConfirmButton } from '../../../ui/confirm-button.tsx';
import { Loading } from '../../../ui/loading.tsx';
import { ProblemAlert, problemText } from '../../../ui/problem.tsx';
import { useFormat } from '../../../ui/use-format.ts';
import { fileSize } from '../../workspaces/chat/messages/message-time.ts';
import { useAttachments, useRemoveAttachment, useUploadAttachment } from '../project-queries.ts';
import './task-attachments.css';

/**
 * The task's files, oldest first: each opens (an image) or downloads, with its size, who attached it
 * and when. Whoever works on the project attaches files through the file picker or by dropping them
 * here; whoever attached a file, the project's lead and the workspace's owners remove it.
 */
export function TaskAttachments({ taskId, canAttach }: { taskId: string; canAttach: boolean }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const attachments = useAttachments(taskId);
  const remove = useRemoveAttachment();
  const [said, setSaid] = useState('');
  const chooseRef = useRef<HTMLButtonElement>(null);

  function removeFile(file: TaskAttachment) {
    remove.mutate(file, {
      onSuccess: () => {
        setSaid(t('projects.attachments.removed', { name: file.fileName }));
        // The removed file's button is gone: the focus stays in the section.
        chooseRef.current?.focus();
      },
    });
  }

  return (
    <div className="task-files">
      <p className="kern-body task-files__said" role="status">
        {said}
      </p>
      <ProblemAlert error={remove.error} />
      {attachments.isPending ? (
        <Loading />
      ) : attachments.data === undefined ? (
        <ProblemAlert error={attachments.error ?? true} />
      ) : attachments.data.length === 0 ? (
        <p className="kern-body">{t('projects.attachments.none')}</p>
      ) : (
        <ul className="plain-list task-files__list">
          {attachments.data.map((file) => (
            <li key={file.id} className="task-file">
              <div className="task-file__text">
                <a
                  className="kern-link task-file__name"
                  href={file.url}
                  {...(file.isImage ? { target: '_blank', rel: 'noopener' } : { download: file.fileName })}
                >
                  {file.fileName}
                  <span className="visually-hidden">
                    {' '}
                    ({file.isImage ? t('projects.attachments.opens') : t('projects.attachments.downloads')})
                  </span>
                </a>
                <p className="kern-body kern-body--small project-muted task-file__meta">
                  {t('projects.attachments.meta', {
                    size: fileSize(file.size, i18n.language),
                    name: file.uploadedBy?.name ?? t('projects.notes.unknownAuthor'),
                    time: format.dateTime(file.createdAt),
                  })}
                </p>
              </div>
              {file.canDelete ? (
                <div className="task-file__actions">
                  <ConfirmButton
                    question={t('projects.attachments.removeQuestion', { name: file.fileName })}
                    confirmLabel={t('projects.attachments.remove')}
                    busy={remove.isPending}
                    variant="tertiary"
                    icon="delete"
                    small
                    onConfirm={() => removeFile(file)}
                  >
                    {t('projects.attachments.remove')}
                    <span className="visually-hidden"> ({file.fileName})</span>
                  </ConfirmButton>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {canAttach ? <AttachFiles taskId={taskId} chooseRef={chooseRef} onSaid={setSaid} /> : null}
    </div>
  );
}

/** The file picker and the drop zone; files are attached one after another, each said when done. */
function AttachFiles({
  taskId,
  chooseRef,
  onSaid,
}: {
  taskId: string;
  chooseRef: RefObject<HTMLButtonElement | null>;
  onSaid: (text: string) => void;
}) {
  const { t } = useTranslation();
  const upload = useUploadAttachment(taskId);
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [over, setOver] = useState(false);
  const [failures, setFailures] = useState<string[]>([]);

  async function attach(files: readonly File[]) {
    if (files.length === 0 || busy) return;
    setBusy(true);
    setFailures([]);
    const failed: string[] = [];
    const done: string[] = [];
    for (const file of files) {
      if (file.size > TASK_ATTACHMENT_MAX_BYTES) {
        failed.push(t('projects.attachments.tooBig', { name: file.name }));
        continue;
      }
      onSaid(t('projects.attachments.uploading', { name: file.name }));
      try {
        await upload.mutateAsync(file);
        done.push(file.name);
      } catch (error) {
        failed.push(t('projects.attachments.failed', { name: file.name, reason: problemText(t, error) }));
      }
    }
    setBusy(false);
    setFailures(failed);
    onSaid(
      done.length === 1
        ? t('projects.attachments.uploaded', { name: done[0] })
        : done.length > 1
          ? t('projects.attachments.uploadedMany', { count: done.length })
          : '',
    );
  }

  const isFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');

  return (
    <section
      className={`task-files__drop${over ? ' task-files__drop--over' : ''}`}
      aria-labelledby={`attach-title-${taskId}`}
      onDragOver={(event) => {
        if (!isFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        setOver(true);
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={(event) => {
        if (!isFiles(event)) return;
        event.preventDefault();
        setOver(false);
        void attach([...event.dataTransfer.files]);
      }}
    >
      <h3 className="kern-heading-small" id={`attach-title-${taskId}`}>
        {t('projects.attachments.add')}
      </h3>
      <p className="kern-body kern-body--small" id={`attach-hint-${taskId}`}>
        {t('projects.attachments.hint')}
      </p>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          void attach(files);
        }}
      />
      <Button
        ref={chooseRef}
        variant="secondary"
        icon="drive-folder-upload"
        busy={busy}
        aria-describedby={`attach-hint-${taskId}`}
        onClick={() => input.current?.click()}
      >
        {busy ? t('projects.attachments.busy') : t('projects.attachments.choose')}
      </Button>
      {failures.length > 0 ? (
        <Alert variant="danger" role="alert" title={t('projects.attachments.notAttached')}>
          <ul className="kern-body">
            {failures.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
    </section>
  );
}
