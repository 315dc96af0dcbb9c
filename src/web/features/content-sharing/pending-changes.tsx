import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { Loading } from '../../ui/loading.tsx';
import { ProblemAlert } from '../../ui/problem.tsx';
import { useFormat } from '../../ui/use-format.ts';
import { languageName } from '../content/languages.ts';
import { DiffText } from './diff-text.tsx';
import { useLinkChanges, useTakeChange } from './sharing-queries.ts';
import type { LinkChange, SharingContentPage } from './sharing-types.ts';

/** The source's changes waiting to be taken over, each with its word diff and a button to take it. */
export function PendingChanges({ page }: { page: SharingContentPage }) {
  const { t, i18n } = useTranslation();
  const changes = useLinkChanges(page.id, true);
  const take = useTakeChange(page.id);
  const [done, setDone] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const source = page.adoption?.sourceOrganisationName ?? '';

  function takeOver(change: LinkChange) {
    setDone(null);
    take.mutate(change.id, {
      onSuccess: () => {
        setDone(
          t('contentSharing.changes.taken', {
            language: languageName(t, change.language, i18n.language),
            number: change.toNumber,
          }),
        );
        // The change's button is gone with it: focus goes to the list it was in.
        headingRef.current?.focus();
      },
    });
  }

  return (
    <section className="page-section" aria-labelledby="changes-title">
      <h2 className="kern-heading-medium" id="changes-title" tabIndex={-1} ref={headingRef}>
        {changes.data && changes.data.length > 0
          ? t('contentSharing.changes.titleCount', { count: changes.data.length })
          : t('contentSharing.changes.title')}
      </h2>
      <p className="kern-body">{t('contentSharing.changes.explain')}</p>
      <p className="visually-hidden" role="status">
        {done}
      </p>
      {done ? <Alert variant="success" title={done} /> : null}
      <ProblemAlert error={take.error} />
      {changes.isPending ? (
        <Loading label={t('contentSharing.changes.loading')} />
      ) : changes.error ? (
        <ProblemAlert error={changes.error} />
      ) : changes.data && changes.data.length > 0 ? (
        <>
          <p className="kern-body sharing-legend">
            {t('contentSharing.changes.legendIntro')} <del>{t('contentSharing.changes.legendRemoved')}</del>{' '}
            <ins>{t('contentSharing.changes.legendAdded')}</ins>
          </p>
          <ul className="sharing-changes">
            {changes.data.map((change) => (
              <ChangeItem
                key={change.id}
                change={change}
                canTake={page.viewer.canEdit}
                busy={take.isPending}
                onTake={() => takeOver(change)}
              />
            ))}
          </ul>
        </>
      ) : (
        <div className="sharing-empty">
          <p className="kern-body">{t('contentSharing.changes.none', { organisation: source })}</p>
        </div>
      )}
    </section>
  );
}

function ChangeItem({
  change,
  canTake,
  busy,
  onTake,
}: {
  change: LinkChange;
  canTake: boolean;
  busy: boolean;
  onTake: () => void;
}) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const language = languageName(t, change.language, i18n.language);
  const titleId = `change-${change.id}`;
  return (
    <li className="sharing-change">
      <article aria-labelledby={titleId} className="sharing-change__body">
        <h3 className="kern-heading-small" id={titleId}>
          {t('contentSharing.changes.changeTitle', { language, from: change.fromNumber, to: change.toNumber })}
        </h3>
        <p className="kern-body sharing-muted">
          {t('contentSharing.changes.changedAt', { time: format.dateTime(change.createdAt) })}
        </p>
        <h4 className="kern-label sharing-change__field">{t('contentSharing.changes.titleField')}</h4>
        <DiffText parts={change.title} language={change.language} />
        <h4 className="kern-label sharing-change__field">{t('contentSharing.changes.bodyField')}</h4>
        <DiffText parts={change.body} language={change.language} />
        {canTake ? (
          <div className="kern-btn-wrapper">
            <Button busy={busy} onClick={onTake}>
              {t('contentSharing.changes.take')}
              <span className="visually-hidden">
                {' '}
                – {t('contentSharing.changes.changeTitle', { language, from: change.fromNumber, to: change.toNumber })}
              </span>
            </Button>
          </div>
        ) : (
          <p className="kern-body sharing-muted">{t('contentSharing.changes.readerOnly')}</p>
        )}
      </article>
    </li>
  );
}
