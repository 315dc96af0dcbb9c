import { useTranslation } from 'react-i18next';
import type { Me } from '../../../shared/contracts/accounts.ts';
import { ButtonLink } from '../../ui/button.tsx';
import { LanguageSwitch } from '../../ui/language-switch.tsx';
import { useSwitchLanguage } from '../accounts/use-switch-language.ts';
import { NotificationBell } from '../notifications/notification-bell.tsx';
import { AccountMenu } from './account-menu.tsx';
import { HeaderSearch } from './header-search.tsx';

export function HeaderTools({ me }: { me: Me | null | undefined }) {
  const { t } = useTranslation();
  const switchLanguage = useSwitchLanguage();
  return (
    <>
      <HeaderSearch />
      <LanguageSwitch onSwitch={(language) => void switchLanguage(language)} />
      {me ? (
        <>
          <NotificationBell />
          <AccountMenu me={me} />
        </>
      ) : me === null ? (
        <div className="header-auth">
          <ButtonLink to="/sign-in" variant="secondary" icon="account-circle">
            {t('nav.signIn')}
          </ButtonLink>
          <ButtonLink to="/register" variant="tertiary">
            {t('nav.register')}
          </ButtonLink>
        </div>
      ) : null}
    </>
  );
}
