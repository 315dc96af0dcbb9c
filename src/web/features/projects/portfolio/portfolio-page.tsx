import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../../shared/contracts/accounts.ts';
import type { Portfolio } from '../../../../shared/contracts/portfolio.ts';
import { isApiError } from '../../../api/api-error.ts';
import { Alert } from '../../../ui/alert.tsx';
import { Button } from '../../../ui/button.tsx';
import { Loading } from '../../../ui/loading.tsx';
import { PageTitle } from '../../../ui/page-title.tsx';
import { ProblemAlert } from '../../../ui/problem.tsx';
import { Section } from '../../../ui/section.tsx';
import { RequireSignIn } from '../../accounts/require-sign-in.tsx';
import { MilestonesSection } from './milestones-section.tsx';
import { PortfolioCounts } from './portfolio-counts.tsx';
import { PortfolioExports } from './portfolio-exports.tsx';
import { PortfolioFilters } from './portfolio-filters.tsx';
import { usePortfolio } from './portfolio-queries.ts';
import {
  isFiltered,
  type PortfolioSearch,
  portfolioQuery,
  type ScopeRef,
  scopeOf,
  toggleLevel,
} from './portfolio-search.ts';
import { PortfolioTable } from './portfolio-table.tsx';
import { usePortfolioEvents } from './use-portfolio-events.ts';
import { WeeklyMailToggle } from './weekly-mail-toggle.tsx';
import '../projects.css';
import './portfolio.css';

const route = getRouteApi('/portfolio');

/**
 * /portfolio?alliance=|organisation=|workspace=: every project of the scope the reader may see, by
 * colour with its reasons, filtered and sorted in the address; their milestones on one time axis; the
 * exports and the weekly mail.
 */
export function PortfolioPage() {
  const search = route.useSearch();
  const scope = scopeOf(search);
  return (
    <RequireSignIn>
      {(me) => (scope ? <PortfolioOf scope={scope} search={search} /> : <NoScope me={me} />)}
    </RequireSignIn>
  );
}

function NoScope({ me }: { me: Me }) {
  const { t } = useTranslation();
  const organisation = me.organisation?.status === 'confirmed' ? me.organisation : null;
  return (
    <>
      <PageTitle>{t('portfolio.heading')}</PageTitle>
      <Alert variant="info" title={t('portfolio.noScope.title')}>
        <p className="kern-body">{t('portfolio.noScope.text')}</p>
        {organisation ? (
          <p className="kern-body">
            <Link className="kern-link" to="/portfolio" search={{ organisation: organisation.id }}>
              {t('portfolio.noScope.own', { name: organisation.name })}
            </Link>
          </p>
        ) : null}
      </Alert>
    </>
  );
}

function PortfolioOf({ scope, search }: { scope: ScopeRef; search: PortfolioSearch }) {
  const { t } = useTranslation();
  const query = portfolioQuery(scope, search);
  const portfolio = usePortfolio(query);
  usePortfolioEvents(portfolio.data, isFiltered(search));
  if (portfolio.isPending) return <Loading />;
  if (isApiError(portfolio.error, 404) || isApiError(portfolio.error, 400)) {
    return (
      <>
        <PageTitle>{t('portfolio.notFound.title')}</PageTitle>
        <Alert variant="info" title={t('portfolio.notFound.text')} />
      </>
    );
  }
  if (!portfolio.data) return <ProblemAlert error={portfolio.error ?? true} />;
  return <PortfolioView portfolio={portfolio.data} scope={scope} search={search} query={query} />;
}

function PortfolioView({
  portfolio,
  scope,
  search,
  query,
}: {
  portfolio: Portfolio;
  scope: ScopeRef;
  search: PortfolioSearch;
  query: string;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { counts, projects, hidden } = portfolio;
  const total = counts.red + counts.amber + counts.green + counts.none;
  const filtered = isFiltered(search);
  const apply = (next: PortfolioSearch) => void navigate({ to: '/portfolio', search: next, replace: false });
  const name = portfolio.scope.name;

  return (
    <div className="project-page portfolio-page">
      <PageTitle
        preline={t(`portfolio.kind.${scope.kind}`)}
        lead={t('portfolio.lead')}
        documentTitle={t('portfolio.documentTitle', { name })}
      >
        {t('portfolio.title', { count: total, name })}
      </PageTitle>
      <div className="portfolio-top">
        <ul className="plain-list project-links">
          <li>
            <ScopeLink scope={scope} name={name} />
          </li>
        </ul>
        <WeeklyMailToggle scope={scope} />
      </div>
      {hidden !== null && hidden > 0 ? (
        <p className="kern-body portfolio-hidden">{t('portfolio.hidden', { count: hidden })}</p>
      ) : null}
      <div className="stack-xl">
        <Section title={t('portfolio.projectsTitle')}>
          {total === 0 ? (
            <div className="project-empty">
              <p className="kern-body kern-body--large">{t('portfolio.empty')}</p>
            </div>
          ) : (
            <div className="portfolio-projects">
              <PortfolioCounts
                counts={counts}
                chosen={search.level}
                onToggle={(level) => apply(toggleLevel(search, level))}
                onAll={() => apply({ ...search, level: undefined })}
              />
              <PortfolioFilters key={JSON.stringify([search.status, search.sort])} search={search} onApply={apply} />
              <div className="portfolio-result">
                <p className="kern-body portfolio-result__count" role="status">
                  {filtered
                    ? t('portfolio.shownOf', { count: projects.length, total })
                    : t('portfolio.shown', { count: projects.length })}
                </p>
                <PortfolioExports query={query} />
              </div>
              {projects.length === 0 ? (
                <div className="project-empty">
                  <p className="kern-body">{t('portfolio.noneFiltered')}</p>
                  <Button variant="tertiary" onClick={() => apply({ ...search, level: undefined, status: undefined })}>
                    {t('portfolio.reset')}
                  </Button>
                </div>
              ) : (
                <PortfolioTable projects={projects} caption={t('portfolio.caption', { name })} />
              )}
            </div>
          )}
        </Section>
        {projects.length > 0 ? <MilestonesSection query={query} order={projects.map((p) => p.id)} /> : null}
      </div>
    </div>
  );
}

/** Back to the page of the alliance, organisation or workspace the portfolio is of. */
function ScopeLink({ scope, name }: { scope: ScopeRef; name: string }) {
  const { t } = useTranslation();
  const text = t(`portfolio.back.${scope.kind}`, { name });
  if (scope.kind === 'alliance') {
    return (
      <Link className="kern-link" to="/alliances/$id" params={{ id: scope.id }}>
        {text}
      </Link>
    );
  }
  if (scope.kind === 'organisation') {
    return (
      <Link className="kern-link" to="/organisations/$id" params={{ id: scope.id }}>
        {text}
      </Link>
    );
  }
  return (
    <Link className="kern-link" to="/workspaces/$id/projects" params={{ id: scope.id }}>
      {text}
    </Link>
  );
}
