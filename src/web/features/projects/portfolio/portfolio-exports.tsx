import { useTranslation } from 'react-i18next';
import { Icon } from '../../../ui/icon.tsx';

/**
 * The portfolio as a file for Excel and as a status report to print or keep as PDF, both with the scope,
 * filters and order the page shows (`query`, as the API takes it).
 */
export function PortfolioExports({ query }: { query: string }) {
  const { t } = useTranslation();
  return (
    <ul className="plain-list portfolio-exports">
      <li>
        <a className="kern-link" href={`/api/portfolio.csv?${query}`} download>
          <Icon name="download" />
          {t('portfolio.exports.csv')}
        </a>
      </li>
      <li>
        <a className="kern-link" href={`/api/portfolio/report?${query}`} target="_blank" rel="noopener">
          <Icon name="open-in-new" />
          {t('portfolio.exports.report')} <span className="visually-hidden">{t('portfolio.newTab')}</span>
        </a>
      </li>
    </ul>
  );
}
