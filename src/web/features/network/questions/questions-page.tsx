import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QUESTION_FILTERS, type QuestionSummary } from '../../../../shared/contracts/network-questions.ts';
import { Badge } from '../../../ui/badge.tsx';
import { Button, ButtonLink } from '../../../ui/button.tsx';
import { Loading } from '../../../ui/loading.tsx';
import { PageTitle } from '../../../ui/page-title.tsx';
import { Pagination } from '../../../ui/pagination.tsx';
import { ProblemAlert } from '../../../ui/problem.tsx';
import { SelectField } from '../../../ui/select-field.tsx';
import { TextField } from '../../../ui/text-field.tsx';
import { useFormat } from '../../../ui/use-format.ts';
import { RequireSignIn } from '../../accounts/require-sign-in.tsx';
import { useCommunities } from '../communities/queries.ts';
import { PAGE_SIZE, useFollowedTags, useQuestions } from './question-queries.ts';
import type { QuestionSearch } from './question-search.ts';
import './questions.css';
import { personName } from '../../accounts/former-person.ts';

const route = getRouteApi('/network/questions');

/** /network/questions: all, open, unanswered, mine and followed questions, by community, tag or words. */
export function QuestionsPage() {
  return <RequireSignIn>{() => <Questions />}</RequireSignIn>;
}

function Questions() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/network/questions' });
  const go = (next: QuestionSearch) => void navigate({ search: next });
  return (
    <>
      <PageTitle preline={t('networkQuestions.preline')} lead={t('networkQuestions.list.lead')}>
        {t('networkQuestions.list.title')}
      </PageTitle>
      <p>
        <ButtonLink to="/network/questions/new" search={{ community: search.community }} icon="add">
          {t('networkQuestions.list.ask')}
        </ButtonLink>
      </p>
      <nav className="tabs" aria-label={t('networkQuestions.list.filters')}>
        <ul className="tabs__list">
          {QUESTION_FILTERS.map((filter) => (
            <li key={filter}>
              <Link
                className="tabs__tab"
                to="/network/questions"
                search={{ ...search, filter: filter === 'all' ? undefined : filter, page: undefined }}
                aria-current={(search.filter ?? 'all') === filter ? 'page' : undefined}
              >
                {t(`networkQuestions.filter.${filter}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <ListFilters key={JSON.stringify(search)} search={search} onSearch={go} />
      <Results search={search} onPage={(page) => go({ ...search, page: page > 1 ? page : undefined })} />
    </>
  );
}

function ListFilters({ search, onSearch }: { search: QuestionSearch; onSearch: (s: QuestionSearch) => void }) {
  const { t } = useTranslation();
  const [q, setQ] = useState(search.q ?? '');
  const [community, setCommunity] = useState(search.community ?? '');
  const communities = useCommunities({ mine: true });
  const followed = useFollowedTags();
  const tagName =
    followed.data?.items.find((tag) => tag.id === search.tag)?.name ?? t('networkQuestions.list.chosenTag');
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    onSearch({ ...search, q: q.trim() || undefined, community: community || undefined, page: undefined });
  }
  return (
    <search aria-label={t('networkQuestions.list.region')}>
      <form className="filter-panel nq-filters" noValidate onSubmit={onSubmit}>
        <TextField
          id="questions-q"
          label={t('networkQuestions.list.q')}
          type="search"
          required={false}
          value={q}
          onChange={setQ}
          maxLength={200}
        />
        <SelectField
          id="questions-community"
          label={t('networkQuestions.list.community')}
          value={community}
          onChange={setCommunity}
          options={[
            { value: '', label: t('networkQuestions.list.anyCommunity') },
            ...(communities.data?.items ?? [])
              .filter((c) => c.myStatus === 'member' || c.id === search.community)
              .map((c) => ({ value: c.id, label: c.name })),
          ]}
        />
        <div className="nq-filters__submit">
          <Button type="submit" icon="search">
            {t('networkQuestions.list.search')}
          </Button>
        </div>
      </form>
      {search.tag ? (
        <p className="nq-chosen-tag">
          {t('networkQuestions.list.taggedWith', { tag: tagName })}{' '}
          <Link to="/network/questions" search={{ ...search, tag: undefined, page: undefined }}>
            {t('networkQuestions.list.clearTag')}
          </Link>
        </p>
      ) : followed.data?.items.length ? (
        <p className="nq-followed">
          <span>{t('networkQuestions.list.followedTags')}</span>{' '}
          {followed.data.items.map((tag) => (
            <Link key={tag.id} className="nq-tag" to="/network/questions" search={{ ...search, tag: tag.id }}>
              {tag.name}
            </Link>
          ))}
        </p>
      ) : null}
    </search>
  );
}

function Results({ search, onPage }: { search: QuestionSearch; onPage: (page: number) => void }) {
  const { t } = useTranslation();
  const list = useQuestions(search);
  if (list.isPending) return <Loading />;
  if (list.isError) return <ProblemAlert error={list.error} />;
  const offset = ((search.page ?? 1) - 1) * PAGE_SIZE;
  return (
    <section aria-labelledby="questions-results">
      <h2 id="questions-results" className="kern-heading-small" aria-live="polite">
        {t('networkQuestions.list.count', { count: list.data.total })}
      </h2>
      {list.data.items.length === 0 ? (
        <p>{t('networkQuestions.list.empty')}</p>
      ) : (
        <ul className="nq-list">
          {list.data.items.map((question) => (
            <QuestionRow key={question.id} question={question} />
          ))}
        </ul>
      )}
      <Pagination
        total={list.data.total}
        limit={PAGE_SIZE}
        offset={offset}
        onChange={(next) => onPage(Math.floor(next / PAGE_SIZE) + 1)}
      />
    </section>
  );
}

function QuestionRow({ question }: { question: QuestionSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <li className="nq-list__item">
      <div className="nq-list__counts" aria-hidden="true">
        <span>{t('networkQuestions.votes', { count: question.score })}</span>
        <span className={question.accepted ? 'nq-count--accepted' : undefined}>
          {t('networkQuestions.answers', { count: question.answerCount })}
        </span>
      </div>
      <div>
        <h3 className="kern-heading-small nq-list__title">
          <Link to="/network/questions/$id" params={{ id: question.id }}>
            {question.title}
          </Link>
        </h3>
        <p className="nq-meta">
          <span className="kern-sr-only">
            {t('networkQuestions.votes', { count: question.score })},{' '}
            {t('networkQuestions.answers', { count: question.answerCount })}.{' '}
          </span>
          {question.accepted ? <Badge variant="success">{t('networkQuestions.solved')}</Badge> : null}
          {question.state === 'pending' ? <Badge variant="warning">{t('networkQuestions.state.pending')}</Badge> : null}
          {question.community ? `${question.community.name} · ` : `${t('networkQuestions.platformWide')} · `}
          {personName(t, question.author.name)} · {format.dateTime(question.lastActivityAt)}
        </p>
        {question.tags.length > 0 ? (
          <ul className="nq-tags" aria-label={t('networkQuestions.tags')}>
            {question.tags.map((tag) => (
              <li key={tag.id}>
                <Link className="nq-tag" to="/network/questions" search={{ tag: tag.id }}>
                  {tag.name}
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </li>
  );
}
