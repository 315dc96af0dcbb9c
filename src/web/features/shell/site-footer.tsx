import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';

// The legal pages every German public body's site must link from each page (DDG § 5, DSGVO Art. 13,
// BITV 2.0 §§ 4 and 7), then the API documentation.
const LEGAL_LINKS = [
  { to: '/impressum', key: 'impressum' },
  { to: '/datenschutz', key: 'datenschutz' },
  { to: '/barrierefreiheit', key: 'barrierefreiheit' },
  { to: '/leichte-sprache', key: 'leichteSprache' },
] as const;

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <div className="kern-container site-footer__inner">
        <p className="kern-body kern-body--small">
          <strong>{t('app.name')}</strong> – {t('footer.claim')}
        </p>
        <nav aria-label={t('legal.footer.label')}>
          <ul className="plain-list site-footer__links">
            {LEGAL_LINKS.map((link) => (
              <li key={link.key}>
                <Link className="kern-link kern-link--small" to={link.to}>
                  {t(`legal.footer.${link.key}`)}
                </Link>
              </li>
            ))}
            <li>
              <Link className="kern-link kern-link--small" to="/developers">
                {t('footer.api')}
              </Link>
            </li>
          </ul>
        </nav>
        <p className="kern-body kern-body--small site-footer__attribution">{t('footer.attribution')}</p>
      </div>
    </footer>
  );
}
