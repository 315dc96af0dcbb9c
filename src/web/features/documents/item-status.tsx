import { useTranslation } from 'react-i18next';
import { Badge } from '../../ui/badge.tsx';
import { lockUntil } from './document-format.ts';
import type { ApprovalState, DocumentItem, DocumentLock } from './document-types.ts';

const APPROVAL_VARIANT = {
  pending: 'info',
  approved: 'success',
  rejected: 'danger',
  lapsed: 'warning',
  withdrawn: 'info',
} as const satisfies Record<ApprovalState, 'info' | 'success' | 'warning' | 'danger'>;

/** "Ausgecheckt von Anna Beispiel bis 14:30" (or "von Ihnen"; "in Word geöffnet" for a WebDAV lock). */
export function useLockText() {
  const { t, i18n } = useTranslation();
  return (lock: DocumentLock) => {
    const until = lockUntil(lock, i18n.language);
    if (lock.mine) return t(lock.via === 'dav' ? 'documents.lock.mineDav' : 'documents.lock.mine', { until });
    return t(lock.via === 'dav' ? 'documents.lock.byDav' : 'documents.lock.by', { name: lock.owner.name, until });
  };
}

export function LockBadge({ lock }: { lock: DocumentLock }) {
  const text = useLockText()(lock);
  return (
    <span className="doc-lock">
      <span className="doc-lock__icon" aria-hidden="true" />
      <span className="kern-body kern-body--small">{text}</span>
    </span>
  );
}

export function ApprovalBadge({ state }: { state: ApprovalState }) {
  const { t } = useTranslation();
  return <Badge variant={APPROVAL_VARIANT[state]}>{t(`documents.approval.state.${state}`)}</Badge>;
}

/** The lock and approval state of a row, or nothing. */
export function ItemStatus({ item }: { item: DocumentItem }) {
  if (!item.lock && !item.approval) return null;
  return (
    <span className="doc-status">
      {item.lock ? <LockBadge lock={item.lock} /> : null}
      {item.approval ? <ApprovalBadge state={item.approval} /> : null}
    </span>
  );
}
