import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../ui/alert.tsx';
import { Button } from '../../../ui/button.tsx';
import type { DocumentDetail } from '../document-types.ts';
import { useLockText } from '../item-status.tsx';
import { documentsApi, useDocumentsWrite } from '../queries.ts';
import { DocumentsProblem } from '../space-parts.tsx';

/**
 * Whether the file is checked out, for everyone to see, and checking it out or releasing it: the
 * holder releases, and so may whoever manages the space.
 */
export function LockPanel({
  detail,
  onNews,
  children,
}: {
  detail: DocumentDetail;
  onNews: (text: string) => void;
  /** The page's other actions (download), in the same row. */
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const lockText = useLockText();
  const { item, space } = detail;
  const lock = item.lock;
  const lockIt = useDocumentsWrite(() => documentsApi.lock(item.id));
  const release = useDocumentsWrite(() => documentsApi.unlock(item.id));
  const canLock = space.rights.write && !lock && detail.trashedAt === null;
  const canRelease = lock !== null && (lock.mine || space.rights.manage);
  return (
    <div className="doc-lock-panel">
      {lock ? (
        <Alert variant={lock.mine ? 'info' : 'warning'} title={lockText(lock)}>
          {lock.ownerNote && lock.via === 'dav' ? (
            <p className="kern-body kern-body--small">{t('documents.lock.note', { note: lock.ownerNote })}</p>
          ) : null}
          {!lock.mine ? <p className="kern-body">{t('documents.lock.othersRead')}</p> : null}
        </Alert>
      ) : null}
      <DocumentsProblem error={lockIt.error ?? release.error} />
      <div className="kern-btn-wrapper">
        {children}
        {canLock ? (
          <Button
            variant="secondary"
            busy={lockIt.isPending}
            onClick={() => lockIt.mutate(undefined, { onSuccess: () => onNews(t('documents.lock.done')) })}
          >
            {t('documents.lock.checkOut')}
          </Button>
        ) : null}
        {canRelease ? (
          <Button
            variant="secondary"
            busy={release.isPending}
            onClick={() => release.mutate(undefined, { onSuccess: () => onNews(t('documents.lock.released')) })}
          >
            {lock?.mine ? t('documents.lock.release') : t('documents.lock.releaseOther', { name: lock?.owner.name })}
          </Button>
        ) : null}
      </div>
    </div>
  );
}
