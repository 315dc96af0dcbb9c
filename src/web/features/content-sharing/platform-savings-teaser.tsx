import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatEuros } from './money.ts';
import { usePlatformSavings } from './sharing-queries.ts';
import './content-sharing.css';

/**
 * What adopting each other's pages saved on the whole platform, for the start page. Says nothing
 * until something was adopted (and nothing when the figure cannot be had: it is a teaser, not a page).
 */
export function PlatformSavingsTeaser() {
  const { t, i18n } = useTranslation();
  const savings = usePlatformSavings();
  const data = savings.data;
  if (!data || data.adoptions === 0) return null;
  return (
    <section className="savings-teaser" aria-labelledby="savings-teaser-title">
      <h2 className="kern-heading-small" id="savings-teaser-title">
        {t('contentSharing.teaser.title')}
      </h2>
      <p className="kern-body">
        {t('contentSharing.teaser.words', { count: data.words })}
        {data.amountCents > 0
          ? ` ${t('contentSharing.teaser.amount', { amount: formatEuros(data.amountCents, i18n.language) })}`
          : ''}
      </p>
      <p className="kern-body sharing-muted">
        {t('contentSharing.teaser.adoptions', { count: data.adoptions })}{' '}
        {t('contentSharing.teaser.organisations', { count: data.organisations })}
      </p>
      <p className="kern-body">
        <Link className="kern-link" to="/content/exchange">
          {t('contentSharing.teaser.link')}
        </Link>
      </p>
    </section>
  );
}
