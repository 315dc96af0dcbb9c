import { getRouteApi, Link } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../../shared/contracts/accounts.ts';
import { Alert } from '../../../ui/alert.tsx';
import { Icon } from '../../../ui/icon.tsx';
import { PageTitle } from '../../../ui/page-title.tsx';
import { QueryState } from '../../../ui/query-state.tsx';
import { Section } from '../../../ui/section.tsx';
import { useFormat } from '../../../ui/use-format.ts';
import { RequireSignIn } from '../../accounts/require-sign-in.tsx';
import { NotFoundContent } from '../../shell/not-found-page.tsx';
import { formatBytes } from '../document-format.ts';
import type { DocumentDetail } from '../document-types.ts';
import { ApprovalBadge } from '../item-status.tsx';
import { contentUrl, useNode } from '../queries.ts';
import { Breadcrumbs } from '../space-parts.tsx';
import { ApprovalsSection } from './approvals-section.tsx';
import { DetailsSection } from './details-form.tsx';
import { LockPanel } from './lock-panel.tsx';
import { NewVersionForm } from './new-version-form.tsx';
import { Preview } from './preview.tsx';
import { VersionsTable } from './versions-table.tsx';
import '../documents.css';

const route = getRouteApi('/documents/files/$id');

/** /documents/files/$id: one file with its preview, lock, versions, approvals and where it is linked. */
export function FilePage() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const node = useNode(id);
  return (
    <RequireSignIn>
      {(me) => (
        <QueryState query={node} notFound={<NotFoundContent title={t('documents.notFound')} />}>
          {(detail) =>
            detail.item.kind === 'folder' ? (
              <FolderRedirect detail={detail} />
            ) : (
              <FileView key={detail.item.id} detail={detail} me={me} />
            )
          }
        </QueryState>
      )}
    </RequireSignIn>
  );
}

/** A folder's ID in a file's address (an old link): the folder's page. */
function FolderRedirect({ detail }: { detail: DocumentDetail }) {
  const { t } = useTranslation();
  return (
    <p className="kern-body">
      <Link
        className="kern-link"
        to="/documents/$kind/$spaceId"
        params={{ kind: detail.space.kind, spaceId: detail.space.id }}
        search={{ folder: detail.item.id }}
      >
        {t('documents.file.toFolder', { name: detail.item.name })}
      </Link>
    </p>
  );
}

function FileView({ detail, me }: { detail: DocumentDetail; me: Me }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const { item, space, path } = detail;
  const [news, setNews] = useState<{ text: string; at: number } | null>(null);
  const newsRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (news) newsRef.current?.focus();
  }, [news]);
  const onNews = (text: string) => setNews({ text, at: Date.now() });
  const current = detail.versions.find((v) => v.current);
  return (
    <div className="doc-page">
      <Breadcrumbs space={space} path={path} current={item.name} />
      <PageTitle preline={space.name} documentTitle={`${item.name} – ${t('documents.title')}`}>
        {item.name}
      </PageTitle>
      <p className="kern-body doc-file-facts">
        {t('documents.file.facts', {
          version: item.version ?? 1,
          size: formatBytes(item.size, i18n.language),
          time: format.dateTime(item.updatedAt),
          name: item.updatedBy?.name ?? '–',
        })}
        {item.approval ? (
          <>
            {' '}
            <ApprovalBadge state={item.approval} />
          </>
        ) : null}
      </p>
      {detail.trashedAt ? (
        <Alert variant="warning" title={t('documents.file.trashed', { time: format.dateTime(detail.trashedAt) })}>
          <p className="kern-body">
            <Link
              className="kern-link"
              to="/documents/$kind/$spaceId/trash"
              params={{ kind: space.kind, spaceId: space.id }}
            >
              {t('documents.trash.link')}
            </Link>
          </p>
        </Alert>
      ) : null}
      {news ? (
        <div ref={newsRef} tabIndex={-1} className="doc-news" key={news.at}>
          <Alert variant="success" role="status" title={news.text} />
        </div>
      ) : null}
      <LockPanel detail={detail} onNews={onNews}>
        <a className="kern-btn kern-btn--primary" href={contentUrl(item.id, { version: current?.id })} download>
          <Icon name="download" />
          <span className="kern-label">{t('documents.file.download')}</span>
        </a>
      </LockPanel>
      <div className="stack-xl">
        <Section title={t('documents.preview.title')}>
          <Preview detail={detail} />
        </Section>
        <Section title={t('documents.details.title')}>
          <DetailsSection detail={detail} onNews={onNews} />
        </Section>
        <Section title={t('documents.approval.title')}>
          <ApprovalsSection detail={detail} meId={me.id} onNews={onNews} />
        </Section>
        {space.rights.write ? (
          <Section title={t('documents.version.title')}>
            <NewVersionForm detail={detail} />
          </Section>
        ) : null}
        <Section title={t('documents.versions.count', { count: detail.versions.length })}>
          <VersionsTable detail={detail} onNews={onNews} />
        </Section>
        {detail.links.length > 0 ? (
          <Section title={t('documents.links.title')}>
            <ul className="plain-list doc-links">
              {detail.links.map((link) => (
                <li key={`${link.targetKind}-${link.targetId}`}>
                  <a className="kern-link" href={link.href}>
                    {t(`documents.links.kind.${link.targetKind}`)}: {link.title}
                  </a>
                </li>
              ))}
            </ul>
          </Section>
        ) : null}
      </div>
    </div>
  );
}
