import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  EVENT_LIMITS,
  SESSION_FILE_TYPES,
  type SessionFile,
  type SessionView,
} from '../../../../shared/contracts/events.ts';
import { ApiError } from '../../../api/api-error.ts';
import { api } from '../../../api/client.ts';
import { Alert } from '../../../ui/alert.tsx';
import { ConfirmButton } from '../../../ui/confirm-button.tsx';
import { Icon } from '../../../ui/icon.tsx';
import { problemText } from '../../../ui/problem.tsx';
import { send } from '../../documents/upload/transfer.ts';
import { eventKey } from '../queries.ts';
import { SessionFileList } from '../session-file-list.tsx';

const EXTENSIONS = Object.keys(SESSION_FILE_TYPES).map((e) => `.${e}`);
const MAX_MB = EVENT_LIMITS.sessionFileBytes / (1024 * 1024);

/**
 * The organisers' view of a session's files (slides): upload one at a time through the documents'
 * transfer (XMLHttpRequest, for its progress), remove with a confirmation. The kind and size are checked
 * before anything is sent; the server checks them again and its answer is worded here.
 */
export function SessionFilesEditor({ eventId, session }: { eventId: string; session: SessionView }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const chooseRef = useRef<HTMLButtonElement>(null);
  const [said, setSaid] = useState('');
  const [error, setError] = useState('');
  const inputId = `session-files-${session.id}`;
  const refresh = () => client.invalidateQueries({ queryKey: eventKey(eventId) });

  const wordOf = (problem: unknown, name: string) => {
    if (problem instanceof ApiError) {
      if (problem.type === 'unsupported-file-type') return t('events.files.unsupported', { name });
      if (problem.status === 413) return t('events.files.tooLarge', { name, mb: MAX_MB });
      if (problem.type === 'too-many-files') return t('events.files.tooMany', { count: EVENT_LIMITS.sessionFiles });
    }
    return problemText(t, problem);
  };

  const upload = useMutation({
    mutationFn: (file: File) =>
      send<SessionFile>(
        'POST',
        `/events/${eventId}/sessions/${session.id}/files?name=${encodeURIComponent(file.name)}`,
        file,
        {
          onProgress: (sent) =>
            setSaid(
              t('events.files.uploading', {
                name: file.name,
                percent: Math.round((100 * sent) / Math.max(1, file.size)),
              }),
            ),
        },
      ),
    onSuccess: async (stored) => {
      setSaid(t('events.files.uploaded', { name: stored.name }));
      await refresh();
    },
    onError: (problem, file) => {
      setSaid('');
      setError(wordOf(problem, file.name));
    },
  });

  const remove = useMutation({
    mutationFn: (file: SessionFile) => api.delete(`/events/${eventId}/sessions/${session.id}/files/${file.id}`),
    onSuccess: async (_answer, file) => {
      setSaid(t('events.files.removed', { name: file.name }));
      await refresh();
      chooseRef.current?.focus();
    },
    onError: (problem, file) => setError(wordOf(problem, file.name)),
  });

  function chosen(file: File | undefined) {
    if (!file) return;
    setError('');
    const extension = `.${file.name.split('.').pop()?.toLowerCase() ?? ''}`;
    if (!EXTENSIONS.includes(extension)) setError(t('events.files.unsupported', { name: file.name }));
    else if (file.size > EVENT_LIMITS.sessionFileBytes)
      setError(t('events.files.tooLarge', { name: file.name, mb: MAX_MB }));
    else upload.mutate(file);
  }

  const full = session.files.length >= EVENT_LIMITS.sessionFiles;
  return (
    <div className="event-files-editor">
      <SessionFileList
        files={session.files}
        action={(file) => (
          <ConfirmButton
            small
            variant="tertiary"
            icon="delete"
            question={t('events.files.removeQuestion', { name: file.name })}
            confirmLabel={t('events.files.removeConfirm')}
            onConfirm={() => remove.mutate(file)}
            busy={remove.isPending}
          >
            {t('events.files.remove', { name: file.name })}
          </ConfirmButton>
        )}
      />
      {error ? <Alert variant="danger" role="alert" title={error} /> : null}
      <p className="visually-hidden" role="status">
        {said}
      </p>
      <input
        ref={input}
        id={inputId}
        className="visually-hidden"
        type="file"
        accept={[...EXTENSIONS, ...Object.values(SESSION_FILE_TYPES)].join(',')}
        tabIndex={-1}
        aria-hidden="true"
        onChange={(event) => {
          chosen(event.target.files?.[0]);
          event.target.value = '';
        }}
      />
      {full ? (
        <p className="kern-body kern-body--small">{t('events.files.tooMany', { count: EVENT_LIMITS.sessionFiles })}</p>
      ) : (
        <>
          <button
            ref={chooseRef}
            type="button"
            className="kern-btn kern-btn--secondary kern-btn--x-small"
            aria-describedby={`${inputId}-hint`}
            aria-disabled={upload.isPending ? true : undefined}
            onClick={() => {
              if (!upload.isPending) input.current?.click();
            }}
          >
            <Icon name="drive-folder-upload" />
            <span className="kern-label">{t('events.files.choose', { title: session.title })}</span>
          </button>
          <p className="kern-hint" id={`${inputId}-hint`}>
            {t('events.files.hint', { mb: MAX_MB })}
          </p>
        </>
      )}
    </div>
  );
}
