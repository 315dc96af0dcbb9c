import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../ui/button.tsx';
import { PageTitle } from '../../../ui/page-title.tsx';
import { SearchForm } from '../../../ui/search-form.tsx';
import { Section } from '../../../ui/section.tsx';
import { RequireSignIn } from '../../accounts/require-sign-in.tsx';
import { AppPathLink } from './app-path-link.tsx';
import { PagedCommunities } from './paged-communities.tsx';
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
        <PagedCommunities mine empty={t('networkCommunities.overview.mineNone')} />
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
        <PagedCommunities
          q={q}
          empty={q ? t('networkCommunities.overview.noneFound', { q }) : t('networkCommunities.overview.none')}
        />
      </Section>
    </div>
  );
}
