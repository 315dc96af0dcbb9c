import { useTranslation } from 'react-i18next';
import { Loading } from '../../ui/loading.tsx';
import { useMe } from '../accounts/use-me.ts';
import { PlatformSavingsTeaser } from '../content-sharing/platform-savings-teaser.tsx';
import { PersonalStart } from './personal-start.tsx';
import { Welcome } from './welcome.tsx';

/** `/`: a welcome for visitors, the personal start page for signed-in people. */
export function StartPage() {
  const { t } = useTranslation();
  const { me, loading } = useMe();
  if (loading) return <Loading label={t('common.loading')} />;
  return (
    <>
      {me ? <PersonalStart me={me} /> : <Welcome />}
      <PlatformSavingsTeaser />
    </>
  );
}
