import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../ui/button.tsx';
import { Loading } from '../../../ui/loading.tsx';
import { PageTitle } from '../../../ui/page-title.tsx';
import { ProblemAlert } from '../../../ui/problem.tsx';
import { SearchForm } from '../../../ui/search-form.tsx';
import { Section } from '../../../ui/section.tsx';
import { RequireSignIn } from '../../accounts/require-sign-in.tsx';
import { AppPathLink } from './app-path-link.tsx';
import { CommunityList } from './community-list.tsx';
import { useCommunities } from './queries.ts';
import './communities.css';

/** /network: my communities, every community with search and join buttons, and the ways into questions, experts and the wiki. */
export function NetworkPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle lead={t('networkCommunities.overview.lead')}>{t('networkCommunities.overview.title')}</PageTitle>
      <RequireSignIn>{(me) => <Overview canFound={me.organisation?.status === 'confirmed'} />}</RequireSignIn>
    </>
  );
}

function Overview({ canFound }: { canFound: boolean }) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  const mine = useCommunities({ mine: true });
  const all = useCommunities({ q });
  return (
    <div className="stack-xl">
      <nav aria-label={t('networkCommunities.overview.areas')}>
        <ul className="network-areas">
          <li>
            <AppPathLink href="/network/questions">{t('networkCommunities.overview.questions')}</AppPathLink>
          </li>
          <li>
            <AppPathLink href="/network/people">{t('networkCommunities.overview.people')}</AppPathLink>
          </li>
          <li>
            <AppPathLink href="/network/wiki">{t('networkCommunities.overview.wiki')}</AppPathLink>
          </li>
        </ul>
      </nav>
      <Section
        title={t('networkCommunities.overview.mine')}
        actions={
          canFound ? (
            <ButtonLink to="/network/communities/new" icon="add" small>
              {t('networkCommunities.create')}
            </ButtonLink>
          ) : null
        }
      >
        <ProblemAlert error={mine.error} />
        {mine.isPending ? (
          <Loading />
        ) : mine.data?.items.length ? (
          <CommunityList communities={mine.data.items} />
        ) : (
          <p className="kern-body">{t('networkCommunities.overview.mineNone')}</p>
        )}
      </Section>
      <Section title={t('networkCommunities.overview.all')}>
        <SearchForm
          region={t('networkCommunities.overview.searchRegion')}
          id="community-search"
          label={t('networkCommunities.overview.searchLabel')}
          value={typed}
          onChange={setTyped}
          onSearch={() => setQ(typed.trim())}
          submit={t('networkCommunities.overview.search')}
        />
        <ProblemAlert error={all.error} />
        {all.isPending ? (
          <Loading />
        ) : all.data?.items.length ? (
          <>
            {q ? (
              <p className="kern-body" role="status">
                {t('networkCommunities.overview.found', { count: all.data.items.length, q })}
              </p>
            ) : null}
            <CommunityList communities={all.data.items} />
          </>
        ) : (
          <p className="kern-body" role="status">
            {q ? t('networkCommunities.overview.noneFound', { q }) : t('networkCommunities.overview.none')}
          </p>
        )}
      </Section>
    </div>
  );
}
