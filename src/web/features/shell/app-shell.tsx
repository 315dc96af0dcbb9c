import { Outlet } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AppFrame } from '../../ui/app-frame.tsx';
import { SiteHeader } from '../../ui/site-header.tsx';
import { useMe } from '../accounts/use-me.ts';
import { useLanguageSync } from '../accounts/use-switch-language.ts';
import { RealtimeNotices } from '../realtime/realtime-notices.tsx';
import { RealtimeProvider } from '../realtime/use-realtime.tsx';
import { HeaderTools } from './header-tools.tsx';
import { MainNav } from './main-nav.tsx';
import { SiteFooter } from './site-footer.tsx';
import { useFocusOnNavigate } from './use-focus-on-navigate.ts';

/** The frame around every page: header with navigation, live notices, the page, footer. */
export function AppShell() {
  const { t } = useTranslation();
  const { me } = useMe();
  useLanguageSync();
  useFocusOnNavigate();
  return (
    <RealtimeProvider>
      <AppFrame
        skipLinkLabel={t('skipLink')}
        header={
          <SiteHeader
            kopfzeile={t('kopfzeile')}
            brandName={t('app.name')}
            brandClaim={t('app.claim')}
            homeLabel={t('nav.home')}
            menuLabel={t('nav.menu')}
            tools={<HeaderTools me={me} />}
            nav={<MainNav me={me} />}
          />
        }
        notices={<RealtimeNotices />}
        footer={<SiteFooter />}
      >
        <Outlet />
      </AppFrame>
    </RealtimeProvider>
  );
}
