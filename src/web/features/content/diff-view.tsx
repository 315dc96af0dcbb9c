import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../ui/loading.tsx';
import { ProblemAlert } from '../../ui/problem.tsx';
import { useFormat } from '../../ui/use-format.ts';
import { usePageDiff } from './content-queries.ts';
import type { DiffPart, DiffVersion } from './content-types.ts';
import { directionOf } from './languages.ts';
import '../atlas/record.css';

/** Two versions of one language, title and body, with removed words struck out and added ones underlined. */
export function DiffView({
  pageId,
  language,
  from,
  to,
}: {
  pageId: string;
  language: string;
  from: number | undefined;
  to: number | undefined;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const diff = usePageDiff(pageId, language, from, to);
  const describe = (v: DiffVersion) =>
    t('content.diff.versionLine', {
      number: v.number,
      author: v.authorName ?? t('content.history.unknownAuthor'),
      time: format.dateTime(v.createdAt),
    });
  return (
    <section className="page-section content-diff" aria-labelledby="content-diff-title">
      <h2 className="kern-heading-medium" id="content-diff-title" tabIndex={-1}>
        {t('content.diff.title', { from, to })}
      </h2>
      {diff.isPending ? (
        <Loading />
      ) : diff.error ? (
        <ProblemAlert error={diff.error} />
      ) : diff.data ? (
        <>
          <dl className="diff-revisions">
            <dt>{t('content.history.from')}</dt>
            <dd>{describe(diff.data.from)}</dd>
            <dt>{t('content.history.to')}</dt>
            <dd>{describe(diff.data.to)}</dd>
          </dl>
          <p className="kern-body diff-legend">
            {t('content.diff.legendIntro')} <del>{t('content.diff.legendRemoved')}</del>{' '}
            <ins>{t('content.diff.legendAdded')}</ins>
          </p>
          <ul className="diff-list">
            <li className="diff-list__item">
              <h3 className="kern-heading-small">{t('content.diff.titleField')}</h3>
              <Parts parts={diff.data.title} language={language} />
            </li>
            <li className="diff-list__item">
              <h3 className="kern-heading-small">{t('content.diff.bodyField')}</h3>
              <Parts parts={diff.data.body} language={language} />
            </li>
          </ul>
        </>
      ) : null}
    </section>
  );
}

/**
 * The runs of one field. Each change is marked three ways: struck out or underlined, coloured, and in
 * words for screen readers ("[entfernt: …]", "[hinzugefügt: …]"), so no one depends on colour alone.
 */
export function Parts({ parts, language }: { parts: DiffPart[]; language: string }) {
  const { t } = useTranslation();
  if (!parts.some((part) => part.kind !== 'same')) {
    return (
      <>
        <p className="kern-body content-muted">{t('content.diff.unchanged')}</p>
        <p className="kern-body diff-text" lang={language} dir={directionOf(language)}>
          {parts.map((part) => part.text).join('')}
        </p>
      </>
    );
  }
  return (
    <p className="kern-body diff-text" dir={directionOf(language)}>
      {parts.map((part, index) =>
        part.kind === 'removed' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the runs of one diff never reorder
          <Fragment key={index}>
            <del>
              <span className="visually-hidden">[{t('content.diff.removed')}: </span>
              <span lang={language}>{part.text}</span>
              <span className="visually-hidden">]</span>
            </del>
            {parts[index + 1]?.kind === 'added' && !/\s$/.test(part.text) ? ' ' : null}
          </Fragment>
        ) : part.kind === 'added' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the runs of one diff never reorder
          <ins key={index}>
            <span className="visually-hidden">[{t('content.diff.added')}: </span>
            <span lang={language}>{part.text}</span>
            <span className="visually-hidden">]</span>
          </ins>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: the runs of one diff never reorder
          <span key={index} lang={language}>
            {part.text}
          </span>
        ),
      )}
    </p>
  );
}
