import { useTranslation } from 'react-i18next';
import { Badge } from '../../../ui/badge.tsx';
import { ConfirmButton } from '../../../ui/confirm-button.tsx';
import { useContentLang } from '../../../ui/content-language.ts';
import { useFormat } from '../../../ui/use-format.ts';
import { personName } from '../../accounts/former-person.ts';
import type { DocumentApproval, DocumentDetail } from '../document-types.ts';
import { ApprovalBadge } from '../item-status.tsx';
import { documentsApi, useDocumentsWrite } from '../queries.ts';
import { DocumentsProblem } from '../space-parts.tsx';
import { DecideForm } from './decide-form.tsx';
import { RequestApprovalForm } from './request-approval-form.tsx';

/**
 * The approvals of the file, newest first: whom it was asked of, their answers with comments, the
 * approved version marked and a lapsed one saying which version lapsed it. Whoever may write asks for
 * a new one of the current version when none is pending.
 */
export function ApprovalsSection({
  detail,
  meId,
  onNews,
}: {
  detail: DocumentDetail;
  meId: string;
  onNews: (text: string) => void;
}) {
  const { t } = useTranslation();
  const approvals = [...detail.approvals].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const current = detail.versions.find((v) => v.current);
  const pendingOfCurrent = approvals.some((a) => a.state === 'pending' && a.versionId === current?.id);
  const canAsk = detail.space.rights.write && detail.trashedAt === null && !pendingOfCurrent && current !== undefined;
  return (
    <div className="doc-approvals">
      {approvals.length === 0 ? <p className="kern-body">{t('documents.approval.none')}</p> : null}
      <ul className="plain-list doc-approvals__list">
        {approvals.map((approval) => (
          <li key={approval.id}>
            <ApprovalCard approval={approval} detail={detail} meId={meId} onNews={onNews} />
          </li>
        ))}
      </ul>
      {canAsk ? <RequestApprovalForm detail={detail} meId={meId} onNews={onNews} /> : null}
    </div>
  );
}

function ApprovalCard({
  approval,
  detail,
  meId,
  onNews,
}: {
  approval: DocumentApproval;
  detail: DocumentDetail;
  meId: string;
  onNews: (text: string) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const lang = useContentLang();
  const withdraw = useDocumentsWrite(() => documentsApi.withdraw(approval.id));
  const headingId = `approval-${approval.id}`;
  return (
    <article className={`doc-approval doc-approval--${approval.state}`} aria-labelledby={headingId}>
      <h3 className="kern-heading-small doc-approval__title" id={headingId}>
        {t('documents.approval.ofVersion', { number: approval.versionNumber })} <ApprovalBadge state={approval.state} />
      </h3>
      {approval.state === 'lapsed' ? (
        <p className="kern-body doc-approval__lapsed">
          {t('documents.approval.lapsedBy', { number: detail.item.version ?? approval.versionNumber + 1 })}
        </p>
      ) : null}
      <p className="kern-body kern-body--small">
        {t('documents.approval.askedBy', {
          name: approval.requestedBy.name,
          time: format.dateTime(approval.createdAt),
        })}
      </p>
      {approval.message ? (
        <blockquote className="kern-body doc-approval__message" lang={lang}>
          {approval.message}
        </blockquote>
      ) : null}
      <ul className="plain-list doc-reviewers" aria-label={t('documents.approval.reviewers')}>
        {approval.reviewers.map((reviewer) => (
          <li key={reviewer.person.id} className="doc-reviewer">
            <span className="doc-reviewer__name">{personName(t, reviewer.person.name)}</span>{' '}
            {reviewer.decision ? (
              <Badge variant={reviewer.decision === 'approved' ? 'success' : 'danger'}>
                {t(`documents.approval.decision.${reviewer.decision}`)}
              </Badge>
            ) : (
              <Badge variant="info">{t('documents.approval.waiting')}</Badge>
            )}
            {reviewer.decidedAt ? (
              <span className="kern-body kern-body--small doc-reviewer__time">
                {' '}
                {format.dateTime(reviewer.decidedAt)}
              </span>
            ) : null}
            {reviewer.comment ? (
              <p className="kern-body doc-reviewer__comment" lang={lang}>
                {reviewer.comment}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
      {approval.state === 'pending' && approval.awaitsMe ? <DecideForm approval={approval} onNews={onNews} /> : null}
      {approval.state === 'pending' && approval.requestedBy.id === meId ? (
        <>
          <DocumentsProblem error={withdraw.error} />
          <ConfirmButton
            small
            variant="tertiary"
            question={t('documents.approval.withdrawQuestion')}
            confirmLabel={t('documents.approval.withdrawConfirm')}
            busy={withdraw.isPending}
            onConfirm={() => withdraw.mutate(undefined, { onSuccess: () => onNews(t('documents.approval.withdrawn')) })}
          >
            {t('documents.approval.withdraw')}
          </ConfirmButton>
        </>
      ) : null}
    </article>
  );
}
