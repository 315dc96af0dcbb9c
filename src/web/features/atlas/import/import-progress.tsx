import { Link } from '@tanstack/react-router';
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportFailure, ImportJob } from '../../../../shared/contracts/atlas-import.ts';
import { Alert } from '../../../ui/alert.tsx';

export const jobEnded = (job: ImportJob | undefined) => job?.state === 'done' || job?.state === 'failed';

/**
 * A confirmed import while it runs: a progress bar with its numbers as label, and a status line that
 * screen readers announce when it changes (in steps of ten per cent, not at every row).
 */
export function ImportProgress({ job }: { job: ImportJob }) {
  const { t } = useTranslation();
  const undoing = job.failure !== null;
  const percent = job.total > 0 ? Math.floor((job.done / job.total) * 10) * 10 : 0;
  const status =
    job.state === 'queued'
      ? t('atlas.import.progressQueued')
      : undoing
        ? t('atlas.import.progressUndoing')
        : t('atlas.import.progressRunning', { percent });
  return (
    <div className="kern-progress">
      <label className="kern-label" htmlFor="import-progress">
        {undoing
          ? t('atlas.import.progressUndoLabel', { done: job.done })
          : t('atlas.import.progressLabel', { done: job.done, total: job.total })}
      </label>
      <progress id="import-progress" max={Math.max(job.total, 1)} value={job.done}>
        {percent} %
      </progress>
      <p className="kern-body" role="status">
        {status}
      </p>
      <p className="kern-body kern-body--small">{t('atlas.import.progressLeave')}</p>
    </div>
  );
}

/** What a finished import did, or why it failed (and that nothing of it stayed). Takes focus when it appears. */
export const ImportOutcome = forwardRef<
  HTMLDivElement,
  { job: ImportJob; failureText: (failure: ImportFailure) => string }
>(function ImportOutcome({ job, failureText }, ref) {
  const { t } = useTranslation();
  if (job.state === 'done' && job.result) {
    return (
      <div ref={ref} tabIndex={-1}>
        <Alert variant="success" role="status" title={t('atlas.import.doneTitle')}>
          <p className="kern-body">
            {t('atlas.import.done', { created: job.result.created, updated: job.result.updated })}
          </p>
          <p className="kern-body">
            <Link className="kern-link" to="/atlas">
              {t('atlas.import.toAtlas')}
            </Link>
          </p>
        </Alert>
      </div>
    );
  }
  if (job.state === 'failed' && job.failure) {
    return (
      <div ref={ref} tabIndex={-1}>
        <Alert variant="danger" role="alert" title={t('atlas.import.failedTitle')}>
          <p className="kern-body">{failureText(job.failure)}</p>
          {job.failure.detail ? (
            <p className="kern-body" lang="en">
              {job.failure.detail}
            </p>
          ) : null}
          <p className="kern-body">{t('atlas.import.failedNothingKept')}</p>
          {job.failure.kept.length > 0 ? (
            <>
              <p className="kern-body">{t('atlas.import.failedKept')}</p>
              <ul className="kern-list">
                {job.failure.kept.map((slug) => (
                  <li key={slug}>
                    <Link className="kern-link" to="/atlas/$slug" params={{ slug }}>
                      {slug}
                    </Link>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </Alert>
      </div>
    );
  }
  return null;
});
