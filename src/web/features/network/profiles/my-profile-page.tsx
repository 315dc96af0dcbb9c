import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../ui/page-title.tsx';
import { QueryState } from '../../../ui/query-state.tsx';
import { Section } from '../../../ui/section.tsx';
import { RequireSignIn } from '../../accounts/require-sign-in.tsx';
import { MyExpertise } from './my-expertise.tsx';
import { ProfileForm } from './profile-form.tsx';
import { useMyProfile } from './profile-queries.ts';
import './profiles.css';

/** /network/profile: my profile's fields, whom they are shown to, and my expertise. */
export function MyProfilePage() {
  return <RequireSignIn>{() => <MyProfile />}</RequireSignIn>;
}

function MyProfile() {
  const { t } = useTranslation();
  const profile = useMyProfile();
  return (
    <>
      <PageTitle preline={t('networkProfiles.preline')} lead={t('networkProfiles.mine.lead')}>
        {t('networkProfiles.mine.title')}
      </PageTitle>
      <QueryState query={profile} notFound={null}>
        {(data) => (
          <>
            <p className="kern-body">
              <Link className="kern-link" to="/network/people/$personId" params={{ personId: data.id }}>
                {t('networkProfiles.mine.preview')}
              </Link>
            </p>
            <Section title={t('networkProfiles.mine.fields')}>
              <ProfileForm profile={data} />
            </Section>
            <Section title={t('networkProfiles.mine.expertise')}>
              <MyExpertise profile={data} />
            </Section>
          </>
        )}
      </QueryState>
    </>
  );
}
