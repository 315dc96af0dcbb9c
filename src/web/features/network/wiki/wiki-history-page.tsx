import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WikiHistory, WikiRevisionView } from '../../../../shared/contracts/network-wiki.ts';
import { Alert } from '../../../ui/alert.tsx';
import { Button } from '../../../ui/button.tsx';
import { Loading } from '../../../ui/loading.tsx';
import { PageTitle } from '../../../ui/page-title.tsx';
import { ProblemAlert } from '../../../ui/problem.tsx';
import { QueryState } from '../../../ui/query-state.tsx';
import { Section } from '../../../ui/section.tsx';
import { SelectField } from '../../../ui/select-field.tsx';
import { useFormat } from '../../../ui/use-format.ts';
import { Parts } from '../../content/diff-view.tsx';
import { WikiNotFound } from './wiki-page.tsx';
import { useRestoreWikiRevision, useWikiDiff, useWikiHistory } from './wiki-queries.ts';
import './wiki.css';
import { personName } from '../../accounts/former-person.ts';

const route = getRouteApi('/network/wiki/$id/history');

/** `/network/wiki/$id/history`: every revision, two compared word by word, an old one restored as the newest. */
export function WikiHistoryPage() {
  const { id } = route.useParams();
  const history = useWikiHistory(id);
  return (
    <QueryState query={history} notFound={<WikiNotFound />}>
      {(data) => <HistoryView history={data} />}
    </QueryState>
  );
}

function HistoryView({ history }: { history: WikiHistory }) {
  const { t } = useTranslation();
  const format = useFormat();
  const search = route.useSearch();
  const restore = useRestoreWikiRevision(history.id);
  const [restored, setRestored] = useState<number | null>(null);
  const newest = history.revisions[0]?.number ?? 0;
  const author = (r: WikiRevisionView) =>
    r.authorName ? personName(t, r.authorName) : t('networkWiki.history.unknownAuthor');
  return (
    <div className="wiki stack-xl">
      <PageTitle
        preline={t('networkWiki.history.preline')}
        documentTitle={t('networkWiki.history.documentTitle', { title: history.title })}
      >
        {history.title}
      </PageTitle>
      <p className="kern-body">
        <Link className="kern-link" to="/network/wiki/$id" params={{ id: history.id }}>
          {t('networkWiki.history.backToPage')}
        </Link>
      </p>
      {history.revisions.length > 1 ? <CompareForm history={history} /> : null}
      {search.from !== undefined && search.to !== undefined ? (
        search.from === search.to ? (
          <Alert variant="info" title={t('networkWiki.history.same')} />
        ) : (
          <DiffSection id={history.id} from={search.from} to={search.to} />
        )
      ) : null}
      <Section title={t('networkWiki.history.listTitle', { count: history.revisions.length })}>
        <ProblemAlert error={restore.error} />
        {restored !== null ? (
          <Alert variant="success" role="status" title={t('networkWiki.history.restored', { number: restored })} />
        ) : null}
        <ol className="wiki-revisions" reversed>
          {history.revisions.map((r) => (
            <li key={r.number} className="wiki-revisions__item">
              <p className="kern-body">
                <strong>{t('networkWiki.history.revision', { number: r.number })}</strong> ·{' '}
                {t('networkWiki.history.by', { name: author(r), when: format.dateTime(r.createdAt) })}
              </p>
              {r.comment ? <p className="kern-body wiki-revisions__comment">{r.comment}</p> : null}
              {r.restoredFrom ? (
                <p className="kern-body kern-body--small wiki-muted">
                  {t('networkWiki.history.restoredFrom', { number: r.restoredFrom })}
                </p>
              ) : null}
              {history.canWrite && r.number !== newest ? (
                <Button
                  variant="tertiary"
                  small
                  busy={restore.isPending && restore.variables?.number === r.number}
                  onClick={() =>
                    restore.mutate(
                      { number: r.number, baseRevision: newest },
                      { onSuccess: ({ revision }) => setRestored(revision) },
                    )
                  }
                >
                  {t('networkWiki.history.restore', { number: r.number })}
                </Button>
              ) : null}
            </li>
          ))}
        </ol>
      </Section>
    </div>
  );
}

function CompareForm({ history }: { history: WikiHistory }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const search = route.useSearch();
  const numbers = history.revisions.map((r) => r.number);
  const [from, setFrom] = useState(String(search.from ?? numbers[1] ?? numbers[0]));
  const [to, setTo] = useState(String(search.to ?? numbers[0]));
  const options = numbers.map((n) => ({ value: String(n), label: t('networkWiki.history.revision', { number: n }) }));
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void navigate({
      to: '/network/wiki/$id/history',
      params: { id: history.id },
      search: { from: Number(from), to: Number(to) },
    });
  }
  return (
    <Section title={t('networkWiki.history.compareTitle')}>
      <form className="wiki__compare" onSubmit={onSubmit} noValidate>
        <SelectField
          id="wiki-compare-from"
          label={t('networkWiki.history.from')}
          value={from}
          onChange={setFrom}
          options={options}
        />
        <SelectField
          id="wiki-compare-to"
          label={t('networkWiki.history.to')}
          value={to}
          onChange={setTo}
          options={options}
        />
        <Button type="submit" variant="secondary">
          {t('networkWiki.history.compare')}
        </Button>
      </form>
    </Section>
  );
}

function DiffSection({ id, from, to }: { id: string; from: number; to: number }) {
  const { t } = useTranslation();
  const diff = useWikiDiff(id, from, to);
  return (
    <section className="page-section" aria-labelledby="wiki-diff-title">
      <h2 className="kern-heading-medium" id="wiki-diff-title">
        {t('networkWiki.history.diffTitle', { from, to })}
      </h2>
      {diff.isPending ? (
        <Loading />
      ) : diff.error ? (
        <ProblemAlert error={diff.error} />
      ) : diff.data ? (
        <>
          <p className="kern-body diff-legend">
            {t('content.diff.legendIntro')} <del>{t('content.diff.legendRemoved')}</del>{' '}
            <ins>{t('content.diff.legendAdded')}</ins>
          </p>
          <ul className="diff-list">
            <li className="diff-list__item">
              <h3 className="kern-heading-small">{t('networkWiki.form.title')}</h3>
              <Parts parts={diff.data.title} language="de" />
            </li>
            <li className="diff-list__item">
              <h3 className="kern-heading-small">{t('networkWiki.form.body')}</h3>
              <Parts parts={diff.data.body} language="de" />
            </li>
          </ul>
        </>
      ) : null}
    </section>
  );
}
