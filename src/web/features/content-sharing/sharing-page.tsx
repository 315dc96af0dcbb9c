import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/alert.tsx';
import { useContentLang } from '../../ui/content-language.ts';
import { PageTitle } from '../../ui/page-title.tsx';
import { Section } from '../../ui/section.tsx';
import { AdoptionsTable } from './adoptions-table.tsx';
import { licenceName } from './licences.ts';
import { titleOf, WithContentPage } from './page-frame.tsx';
import { ShareForm } from './share-form.tsx';
import { SharingLinks } from './sharing-links.tsx';
import { useAdoptions } from './sharing-queries.ts';
import type { SharingContentPage } from './sharing-types.ts';

const route = getRouteApi('/content/pages/$id/sharing');

/** `/content/pages/$id/sharing`: with whom one of the organisation's pages is shared, and who adopted it. */
export function SharingPage() {
  const { id } = route.useParams();
  return <WithContentPage id={id}>{(page) => <PageSharing page={page} />}</WithContentPage>;
}

function PageSharing({ page }: { page: SharingContentPage }) {
  const { t } = useTranslation();
  const title = titleOf(page);
  const lang = useContentLang(page.sourceLanguage);
  const linked = page.adoption?.mode === 'link';
  const adoptions = useAdoptions(page.id, !linked);
  return (
    <div className="sharing-page">
      <PageTitle
        preline={t('contentSharing.share.preline')}
        documentTitle={t('contentSharing.share.documentTitle', { title })}
        contentLang={lang}
      >
        {title}
      </PageTitle>
      <SharingLinks>
        <li>
          <Link className="kern-link" to="/content/pages/$id" params={{ id: page.id }} activeOptions={{ exact: true }}>
            {t('contentSharing.links.editPage')}
          </Link>
        </li>
      </SharingLinks>
      <div className="stack-xl">
        {linked ? (
          <Alert
            variant="info"
            title={t('contentSharing.share.linkedTitle', { organisation: page.adoption?.sourceOrganisationName ?? '' })}
          >
            <p className="kern-body">{t('contentSharing.share.linkedText')}</p>
            <p className="kern-body">
              <Link className="kern-link" to="/content/pages/$id/changes" params={{ id: page.id }}>
                {t('contentSharing.links.linkedPage')}
              </Link>
            </p>
          </Alert>
        ) : page.viewer.canEdit ? (
          <ShareForm page={page} adoptions={adoptions.data} />
        ) : (
          <Section title={t('contentSharing.share.title')}>
            <p className="kern-body">
              {page.sharing.sharedWith && page.sharing.licence
                ? t(`contentSharing.share.nowShared.${page.sharing.sharedWith}`, {
                    licence: licenceName(t, page.sharing.licence),
                  })
                : t('contentSharing.share.nowNotShared')}
            </p>
            <p className="kern-body sharing-muted">{t('contentSharing.share.readerOnly')}</p>
          </Section>
        )}
        {linked ? null : <AdoptionsTable query={adoptions} />}
      </div>
    </div>
  );
}
