import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ContentLinks } from '../content/content-frame.tsx';
import './content-sharing.css';

/**
 * The content area's links (all pages, translation status) with the exchange and the savings after
 * them, and whatever the page adds about itself.
 */
export function SharingLinks({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <ContentLinks>
      <li>
        <Link
          className="kern-link"
          to="/content/exchange"
          activeOptions={{ exact: true, includeSearch: false }}
          activeProps={{ 'aria-current': 'page' }}
        >
          {t('contentSharing.links.exchange')}
        </Link>
      </li>
      <li>
        <Link className="kern-link" to="/content/savings" activeProps={{ 'aria-current': 'page' }}>
          {t('contentSharing.links.savings')}
        </Link>
      </li>
      {children}
    </ContentLinks>
  );
}
