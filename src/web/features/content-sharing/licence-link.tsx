import { useTranslation } from 'react-i18next';
import type { ContentLicence } from '../../../shared/contracts/content.ts';
import { LICENCE_URLS, licenceName } from './licences.ts';

/** A licence's name linking to its text (another site: it says so to screen readers). */
export function LicenceLink({ licence }: { licence: ContentLicence }) {
  const { t } = useTranslation();
  return (
    <a className="kern-link" href={LICENCE_URLS[licence]} rel="license noopener noreferrer">
      {licenceName(t, licence)}
      <span className="visually-hidden"> ({t('contentSharing.licences.textElsewhere')})</span>
    </a>
  );
}
