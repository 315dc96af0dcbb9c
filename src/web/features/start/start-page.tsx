import { useTranslation } from 'react-i18next';
import { Loading } from '../../ui/loading.tsx';
import { EnrolmentGate } from '../accounts/passkeys/enrolment-gate.tsx';
import { useMe } from '../accounts/use-me.ts';
import { PlatformSavingsTeaser } from '../content-sharing/platform-savings-teaser.tsx';
import { PersonalStart } from './personal-start.tsx';
import { Welcome } from './welcome.tsx';

/** `/`: a welcome for visitors, the personal start page for signed-in people. */
export function StartPage() {
  const { t } = useTranslation();
  const { me, loading } = useMe();
  if (loading) return <Loading label={t('common.loading')} />;
  if (!me) {
    return (
      <>
        <Welcome />
        <PlatformSavingsTeaser />
      </>
    );
  }
  // Held to the enrolment of a second factor, the start page is the notice with the way to the account page.
  return (
    <EnrolmentGate>
      <PersonalStart me={me} />
      <PlatformSavingsTeaser />
    </EnrolmentGate>
  );
}
