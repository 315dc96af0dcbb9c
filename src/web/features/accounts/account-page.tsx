import { useTranslation } from 'react-i18next';
import type { Me } from '../../../shared/contracts/accounts.ts';
import { Loading } from '../../ui/loading.tsx';
import { PageTitle } from '../../ui/page-title.tsx';
import { MyDataSection } from '../my-data/my-data-section.tsx';
import { NotificationSettingsSection } from '../notifications/settings-link.tsx';
import { LinkedIdentitiesSection } from '../sso/linked-identities-section.tsx';
import { AppPasswordsSection } from './app-passwords-section.tsx';
import { DeleteAccountSection } from './delete-account-section.tsx';
import { HomeOrganisationSection } from './home-organisation-section.tsx';
import { LanguageSection } from './language-section.tsx';
import { EnrolmentNotice, useEnrolmentRequired } from './passkeys/enrolment-gate.tsx';
import { PasskeysSection } from './passkeys/passkeys-section.tsx';
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
      <RequireSignIn>{(me) => <AccountSections me={me} />}</RequireSignIn>
    </>
  );
}

/**
 * While the organisation requires a second factor the person lacks, only the two-factor sections are shown
 * (the server refuses the rest). They keep their place in the tree either way, so that recovery codes shown
 * after the enrolment stay on screen when the other sections come back.
 */
function AccountSections({ me }: { me: Me }) {
  const gated = useEnrolmentRequired();
  if (gated === null) return <Loading />;
  return (
    <div className="stack-xl">
      {gated ? <EnrolmentNotice withLink={false} /> : null}
      {gated ? null : <ProfileSection me={me} />}
      {gated ? null : <LanguageSection />}
      {gated ? null : <NotificationSettingsSection />}
      {gated ? null : <HomeOrganisationSection me={me} />}
      {gated ? null : <PasswordSection />}
      <TwoFactorSection />
      <PasskeysSection />
      {gated ? null : <LinkedIdentitiesSection />}
      {gated ? null : <SessionsSection />}
      {gated ? null : <AppPasswordsSection />}
      {gated ? null : <MyDataSection />}
      {gated ? null : <DeleteAccountSection />}
    </div>
  );
}
