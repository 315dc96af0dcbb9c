import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/alert.tsx';
import { useContentLang } from '../../ui/content-language.ts';
import { PageTitle } from '../../ui/page-title.tsx';
import { ARRIVAL_FLASH_ID, takeFlash } from '../content/flash.ts';
import { LocalTextSection } from './local-text-section.tsx';
import { MakeCopySection } from './make-copy-section.tsx';
import { titleOf, WithContentPage } from './page-frame.tsx';
import { PendingChanges } from './pending-changes.tsx';
import { SharingLinks } from './sharing-links.tsx';
import type { SharingContentPage } from './sharing-types.ts';

const route = getRouteApi('/content/pages/$id/changes');

/**
 * `/content/pages/$id/changes`: a page linked to another organisation's page. The source's larger
 * changes wait here to be taken over; the organisation's own text before and after the source's;
 * turning the link into a copy of its own.
 */
export function LinkChangesPage() {
  const { id } = route.useParams();
  return <WithContentPage id={id}>{(page) => <LinkedPage page={page} />}</WithContentPage>;
}

function LinkedPage({ page }: { page: SharingContentPage }) {
  const { t } = useTranslation();
  const title = titleOf(page);
  const lang = useContentLang(page.sourceLanguage);
  // Arriving from the adopt form, the confirmation takes the focus (the navigation asks for it).
  const [flash] = useState(takeFlash);
  const adoption = page.adoption;
  const linked = adoption?.mode === 'link';
  const source = adoption?.sourceOrganisationName ?? '';
  return (
    <div className="sharing-page">
      <PageTitle
        preline={linked ? t('contentSharing.changes.preline', { organisation: source }) : t('contentSharing.preline')}
        documentTitle={t('contentSharing.changes.documentTitle', { title })}
        contentLang={lang}
      >
        {title}
      </PageTitle>
      <SharingLinks>
        <li>
          <Link className="kern-link" to="/content/pages/$id" params={{ id: page.id }} activeOptions={{ exact: true }}>
            {t('contentSharing.links.viewPage')}
          </Link>
        </li>
      </SharingLinks>
      {flash ? (
        <div id={ARRIVAL_FLASH_ID} tabIndex={-1} className="sharing-flash">
          <Alert variant="success" role="status" title={flash} />
        </div>
      ) : null}
      {linked ? (
        <div className="stack-xl">
          <p className="kern-body kern-body--large sharing-lead">
            {t('contentSharing.changes.intro', { organisation: source })}
          </p>
          <PendingChanges page={page} />
          <LocalTextSection page={page} />
          {page.viewer.canEdit ? <MakeCopySection page={page} /> : null}
        </div>
      ) : (
        <Alert variant="info" title={t('contentSharing.changes.notLinked')}>
          <p className="kern-body">
            <Link
              className="kern-link"
              to="/content/pages/$id"
              params={{ id: page.id }}
              activeOptions={{ exact: true }}
            >
              {t('contentSharing.links.viewPage')}
            </Link>
          </p>
        </Alert>
      )}
    </div>
  );
}
