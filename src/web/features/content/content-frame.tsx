import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../shared/contracts/accounts.ts';
import { Alert } from '../../ui/alert.tsx';
import { RequireSignIn } from '../accounts/require-sign-in.tsx';
import './content.css';

/** The person's confirmed home organisation, whose pages these are, and whether they may write them. */
export interface ContentContext {
  me: Me;
  organisationId: string;
  organisationName: string;
  canEdit: boolean;
}

const WRITERS = new Set(['admin', 'editor']);

/** Signed in with a confirmed organisation, or a note why the pages cannot be shown. */
export function WithOrganisation({ children }: { children: (context: ContentContext) => ReactNode }) {
  const { t } = useTranslation();
  return (
    <RequireSignIn>
      {(me) =>
        me.organisation?.status === 'confirmed' ? (
          children({
            me,
            organisationId: me.organisation.id,
            organisationName: me.organisation.name,
            canEdit: WRITERS.has(me.organisation.role),
          })
        ) : (
          <Alert variant="info" title={t('content.needsOrganisation')}>
            <p className="kern-body">{t('content.needsOrganisationHint')}</p>
          </Alert>
        )
      }
    </RequireSignIn>
  );
}

/** The links between the area's pages, shown under each page title. */
export function ContentLinks({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <nav className="content-links" aria-label={t('content.links.label')}>
      <ul className="content-links__list">
        <li>
          <Link
            className="kern-link"
            to="/content"
            activeOptions={{ exact: true }}
            activeProps={{ 'aria-current': 'page' }}
          >
            {t('content.links.pages')}
          </Link>
        </li>
        <li>
          <Link className="kern-link" to="/content/status" activeProps={{ 'aria-current': 'page' }}>
            {t('content.links.status')}
          </Link>
        </li>
        {children}
      </ul>
    </nav>
  );
}
