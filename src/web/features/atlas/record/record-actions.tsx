import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordState } from '../../../../shared/atlas/states.ts';
import type { Cooperation } from '../../../../shared/contracts/atlas.ts';
import { Alert } from '../../../ui/alert.tsx';
import { Button, ButtonLink } from '../../../ui/button.tsx';
import { ConfirmButton } from '../../../ui/confirm-button.tsx';
import { ProblemAlert } from '../../../ui/problem.tsx';
import { useChangeState } from '../record-queries.ts';

const DONE: Record<RecordState, string> = {
  review: 'atlas.record.actions.submitted',
  published: 'atlas.record.actions.published',
  draft: 'atlas.record.actions.returned',
  archived: 'atlas.record.actions.archived',
};

/**
 * Edit, submit, publish, return and archive, each offered only when the server says the viewer may;
 * the history to everyone, as whoever sees a record may read how it came about (revision routes).
 */
export function RecordActions({ record }: { record: Cooperation }) {
  const { t } = useTranslation();
  const change = useChangeState(record.id);
  const [done, setDone] = useState<RecordState | null>(null);
  const { viewer, state } = record;
  const to = (next: RecordState) => () => {
    setDone(null);
    change.mutate({ state: next }, { onSuccess: () => setDone(next) });
  };

  return (
    <div className="record-actions">
      <ProblemAlert error={change.error} />
      {done ? <Alert variant="success" role="status" title={t(DONE[done])} /> : null}
      {state === 'review' && !viewer.canPublish ? (
        <Alert variant="info" title={t('atlas.record.actions.inReview')} />
      ) : null}
      <div className="kern-btn-wrapper">
        {viewer.canEdit ? (
          <ButtonLink to="/atlas/$slug/edit" params={{ slug: record.slug }} icon="edit">
            {t('atlas.record.actions.edit')}
          </ButtonLink>
        ) : null}
        {viewer.canSubmit && state === 'draft' ? (
          <Button variant="secondary" icon="check" busy={change.isPending} onClick={to('review')}>
            {t('atlas.record.actions.submit')}
          </Button>
        ) : null}
        {viewer.canPublish && state !== 'published' ? (
          <Button
            variant={viewer.canEdit ? 'secondary' : 'primary'}
            icon="check"
            busy={change.isPending}
            onClick={to('published')}
          >
            {t('atlas.record.actions.publish')}
          </Button>
        ) : null}
        {viewer.canPublish && state === 'review' ? (
          <ConfirmButton
            icon="arrow-back"
            question={t('atlas.record.actions.returnQuestion')}
            confirmLabel={t('atlas.record.actions.returnConfirm')}
            busy={change.isPending}
            onConfirm={to('draft')}
          >
            {t('atlas.record.actions.return')}
          </ConfirmButton>
        ) : null}
        {viewer.canArchive && state !== 'archived' ? (
          <ConfirmButton
            icon="delete"
            question={t('atlas.record.actions.archiveQuestion')}
            confirmLabel={t('atlas.record.actions.archiveConfirm')}
            busy={change.isPending}
            onConfirm={to('archived')}
          >
            {t('atlas.record.actions.archive')}
          </ConfirmButton>
        ) : null}
        <ButtonLink to="/atlas/$slug/history" params={{ slug: record.slug }} variant="tertiary">
          {t('atlas.record.actions.history')}
        </ButtonLink>
      </div>
    </div>
  );
}
