import { useTranslation } from 'react-i18next';

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <div className="kern-container site-footer__inner">
        <p className="kern-body kern-body--small">
          <strong>{t('app.name')}</strong> – {t('footer.claim')}
        </p>
        <ul className="plain-list site-footer__links">
          <li>
            <a className="kern-link kern-link--small" href="/api/docs">
              {t('footer.api')}
            </a>
          </li>
        </ul>
        <p className="kern-body kern-body--small site-footer__attribution">{t('footer.attribution')}</p>
      </div>
    </footer>
  );
}
