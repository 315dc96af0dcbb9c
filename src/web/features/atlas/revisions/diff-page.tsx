import { getRouteApi, Link } from '@tanstack/react-router';
import type { TFunction } from 'i18next';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cooperation, FieldChange, RevisionDiff } from '../../../../shared/contracts/atlas.ts';
import { Alert } from '../../../ui/alert.tsx';
import { useContentLang } from '../../../ui/content-language.ts';
import { Loading } from '../../../ui/loading.tsx';
import { PageTitle } from '../../../ui/page-title.tsx';
import { ProblemAlert } from '../../../ui/problem.tsx';
import { QueryState } from '../../../ui/query-state.tsx';
import { Section } from '../../../ui/section.tsx';
import { useFormat } from '../../../ui/use-format.ts';
import { landLabel } from '../../organisations/laender.ts';
import { RecordNotFound } from '../record/record-page.tsx';
import { fieldLabel, legalFormLabel, sectorGroupLabel, sectorLabel, statusLabel } from '../record-labels.ts';
import { useCooperation, useRevisionDiff, useRevisions } from '../record-queries.ts';
import { actionLabel, CompareForm } from './history-page.tsx';
import '../record.css';

const route = getRouteApi('/atlas/$slug/diff');

/** Two revisions side by side, field by field; in texts, removed words are struck out and added ones underlined. */
export function DiffPage() {
  const { slug } = route.useParams();
  const record = useCooperation(slug);
  return (
    <QueryState query={record} notFound={<RecordNotFound slug={slug} />}>
      {(data) => <Diff record={data} />}
    </QueryState>
  );
}

function Diff({ record }: { record: Cooperation }) {
  const { t } = useTranslation();
  const search = route.useSearch();
  const revisions = useRevisions(record.id);
  const newest = revisions.data ? Math.max(...revisions.data.map((r) => r.number)) : undefined;
  const to = search.to ?? newest;
  const from = search.from ?? (to !== undefined ? Math.max(1, to - 1) : undefined);
  const diff = useRevisionDiff(record.id, from, to);
  return (
    <>
      <PageTitle
        preline={t('atlas.history.diffPreline')}
        documentTitle={t('atlas.history.diffDocumentTitle', { title: record.title })}
      >
        {record.title}
      </PageTitle>
      <p className="kern-body page-actions">
        <Link className="kern-link" to="/atlas/$slug/history" params={{ slug: record.slug }}>
          {t('atlas.history.backToHistory')}
        </Link>
      </p>
      <div className="stack-xl">
        {revisions.data && revisions.data.length > 1 ? (
          <CompareForm
            key={`${from}-${to}`}
            slug={record.slug}
            revisions={[...revisions.data].sort((a, b) => b.number - a.number)}
            from={from}
            to={to}
          />
        ) : null}
        {from === to && from !== undefined ? (
          <Alert variant="info" title={t('atlas.history.sameRevision')} />
        ) : diff.isPending && diff.fetchStatus !== 'idle' ? (
          <Loading />
        ) : diff.error ? (
          <ProblemAlert error={diff.error} />
        ) : diff.data ? (
          <Changes diff={diff.data} />
        ) : null}
      </div>
    </>
  );
}

function Changes({ diff }: { diff: RevisionDiff }) {
  const { t } = useTranslation();
  const format = useFormat();
  const describe = (r: RevisionDiff['from']) =>
    t('atlas.history.revisionLine', {
      number: r.number,
      action: actionLabel(t, r.action),
      author: r.authorName ?? t('atlas.history.unknownAuthor'),
      time: format.dateTime(r.createdAt),
    });
  return (
    <Section title={t('atlas.history.changesTitle', { count: diff.changes.length })}>
      <dl className="diff-revisions">
        <dt>{t('atlas.history.from')}</dt>
        <dd>{describe(diff.from)}</dd>
        <dt>{t('atlas.history.to')}</dt>
        <dd>{describe(diff.to)}</dd>
      </dl>
      <p className="kern-body diff-legend">
        {t('atlas.history.legendIntro')} <del>{t('atlas.history.legendRemoved')}</del>{' '}
        <ins>{t('atlas.history.legendAdded')}</ins>
      </p>
      {diff.changes.length === 0 ? (
        <p className="kern-body">{t('atlas.history.noChanges')}</p>
      ) : (
        <ul className="diff-list">
          {diff.changes.map((change) => (
            <li key={change.field} className="diff-list__item">
              <h3 className="kern-heading-small">
                {t(`atlas.form.labels.${change.field}`, { defaultValue: change.field })}
              </h3>
              <ChangeView change={change} />
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

function ChangeView({ change }: { change: FieldChange }) {
  const { t } = useTranslation();
  // The record's words in their language; the markers around them in the interface's.
  const lang = useContentLang();
  if (change.parts?.length) {
    return (
      <p className="kern-body diff-text">
        {change.parts.map((part, index) =>
          part.kind === 'removed' ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: the runs of one diff never reorder
            <Fragment key={index}>
              <del>
                <span className="visually-hidden">[{t('atlas.history.removedMarker')}: </span>
                <span lang={lang}>{part.text}</span>
                <span className="visually-hidden">]</span>
              </del>
              {/* A replaced word and its replacement read as two words, and the line may break between them. */}
              {change.parts?.[index + 1]?.kind === 'added' && !/\s$/.test(part.text) ? ' ' : null}
            </Fragment>
          ) : part.kind === 'added' ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: the runs of one diff never reorder
            <ins key={index}>
              <span className="visually-hidden">[{t('atlas.history.addedMarker')}: </span>
              <span lang={lang}>{part.text}</span>
              <span className="visually-hidden">]</span>
            </ins>
          ) : (
            // biome-ignore lint/suspicious/noArrayIndexKey: the runs of one diff never reorder
            <span key={index} lang={lang}>
              {part.text}
            </span>
          ),
        )}
      </p>
    );
  }
  return (
    <dl className="diff-values">
      <dt>{t('atlas.history.before')}</dt>
      <dd>
        <del>{valueText(t, change.field, change.before)}</del>
      </dd>
      <dt>{t('atlas.history.after')}</dt>
      <dd>
        <ins>{valueText(t, change.field, change.after)}</ins>
      </dd>
    </dl>
  );
}

/** A field's value in words: codes by their labels, lists joined, nothing as a dash. */
export function valueText(t: TFunction, field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '–';
  if (Array.isArray(value)) {
    if (value.length === 0) return '–';
    return value.map((item) => valueText(t, field, item)).join(', ');
  }
  if (typeof value === 'boolean') return value ? t('atlas.history.yes') : t('atlas.history.no');
  if (typeof value === 'object') {
    const parts = Object.entries(value as Record<string, unknown>)
      .filter(([key, v]) => v !== null && v !== undefined && v !== '' && key !== 'id' && key !== 'personId')
      .map(([, v]) => String(v));
    return parts.length ? parts.join(' – ') : '–';
  }
  const text = String(value);
  switch (field) {
    case 'sector':
      return sectorLabel(t, text);
    case 'sectorGroup':
      return sectorGroupLabel(t, text);
    case 'fields':
      return fieldLabel(t, text);
    case 'legalForm':
      return legalFormLabel(t, text);
    case 'status':
      return statusLabel(t, text);
    case 'landCodes':
      return landLabel(t, text);
    default:
      return text;
  }
}
