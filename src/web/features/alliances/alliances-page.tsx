import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../ui/button.tsx';
import { Loading } from '../../ui/loading.tsx';
import { PageTitle } from '../../ui/page-title.tsx';
import { ProblemAlert } from '../../ui/problem.tsx';
import { Section } from '../../ui/section.tsx';
import { isOrganisationAdmin, useMe } from '../accounts/use-me.ts';
import { AllianceList } from './alliance-list.tsx';
import { useAlliances } from './queries.ts';

export function AlliancesPage() {
  const { t } = useTranslation();
  const { me } = useMe();
  const mine = useAlliances({ mine: true }, Boolean(me?.organisation));
  const all = useAlliances({});

  return (
    <>
      <PageTitle lead={t('alliances.lead')}>{t('alliances.title')}</PageTitle>
      {isOrganisationAdmin(me) ? (
        <div className="kern-btn-wrapper page-actions">
          <ButtonLink to="/alliances/new" icon="add">
            {t('alliances.create')}
          </ButtonLink>
        </div>
      ) : null}
      <div className="stack-xl">
        {me?.organisation ? (
          <Section title={t('alliances.mine')}>
            <ProblemAlert error={mine.error} />
            {mine.isPending ? (
              <Loading />
            ) : mine.data?.items.length ? (
              <AllianceList alliances={mine.data.items} />
            ) : (
              <p className="kern-body">{t('alliances.mineNone')}</p>
            )}
          </Section>
        ) : null}
        <Section title={t('alliances.all')}>
          <ProblemAlert error={all.error} />
          {all.isPending ? (
            <Loading />
          ) : all.data?.items.length ? (
            <AllianceList alliances={all.data.items} />
          ) : (
            <p className="kern-body">{t('alliances.none')}</p>
          )}
        </Section>
      </div>
    </>
  );
}
