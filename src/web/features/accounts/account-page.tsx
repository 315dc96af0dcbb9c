import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../ui/page-title.tsx';
import { MyDataSection } from '../my-data/my-data-section.tsx';
import { NotificationSettingsSection } from '../notifications/settings-link.tsx';
import { LinkedIdentitiesSection } from '../sso/linked-identities-section.tsx';
import { AppPasswordsSection } from './app-passwords-section.tsx';
import { DeleteAccountSection } from './delete-account-section.tsx';
import { HomeOrganisationSection } from './home-organisation-section.tsx';
import { LanguageSection } from './language-section.tsx';
import { PasswordSection } from './password-section.tsx';
import { ProfileSection } from './profile-section.tsx';
import { RequireSignIn } from './require-sign-in.tsx';
import { SessionsSection } from './sessions-section.tsx';
import { TwoFactorSection } from './two-factor-section.tsx';

export function AccountPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle lead={t('account.lead')}>{t('account.title')}</PageTitle>
      <RequireSignIn>
        {(me) => (
          <div className="stack-xl">
            <ProfileSection me={me} />
            <LanguageSection />
            <NotificationSettingsSection />
            <HomeOrganisationSection me={me} />
            <PasswordSection />
            <TwoFactorSection />
            <LinkedIdentitiesSection />
            <SessionsSection />
            <AppPasswordsSection />
            <MyDataSection />
            <DeleteAccountSection />
          </div>
        )}
      </RequireSignIn>
    </>
  );
}
