import { getRouteApi, Link } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/api-error.ts';
import { Alert } from '../../../ui/alert.tsx';
import { Button } from '../../../ui/button.tsx';
import { ConfirmButton } from '../../../ui/confirm-button.tsx';
import { type Column, DataTable } from '../../../ui/data-table.tsx';
import { Loading } from '../../../ui/loading.tsx';
import { PageTitle } from '../../../ui/page-title.tsx';
import { useFormat } from '../../../ui/use-format.ts';
import { RequireSignIn } from '../../accounts/require-sign-in.tsx';
import { NotFoundContent } from '../../shell/not-found-page.tsx';
import { formatBytes } from '../document-format.ts';
import type { SpaceKind, TrashEntry, TrashListing } from '../document-types.ts';
import { documentsApi, useDocumentsWrite, useTrash } from '../queries.ts';
import { Breadcrumbs, DocumentsProblem, isSpaceKind } from '../space-parts.tsx';
import '../documents.css';

const route = getRouteApi('/documents/$kind/$spaceId/trash');

/** /documents/$kind/$spaceId/trash: what was deleted in the last 30 days, to restore or (managers) delete for good. */
export function TrashPage() {
  const { t } = useTranslation();
  const { kind, spaceId } = route.useParams();
  return (
    <RequireSignIn>
      {() =>
        isSpaceKind(kind) ? (
          <TrashLoader kind={kind} spaceId={spaceId} />
        ) : (
          <NotFoundContent title={t('documents.notFound')} />
        )
      }
    </RequireSignIn>
  );
}

function TrashLoader({ kind, spaceId }: { kind: SpaceKind; spaceId: string }) {
  const { t } = useTranslation();
  const trash = useTrash(kind, spaceId);
  if (trash.isPending) return <Loading />;
  if (isApiError(trash.error, 404) || isApiError(trash.error, 400))
    return <NotFoundContent title={t('documents.notFound')} />;
  if (!trash.data) return <DocumentsProblem error={trash.error} />;
  return <TrashView listing={trash.data} />;
}

function TrashView({ listing }: { listing: TrashListing }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const { space, items } = listing;
  const [news, setNews] = useState<string | null>(null);
  const newsRef = useRef<HTMLDivElement>(null);
  const restore = useDocumentsWrite((entry: TrashEntry) => documentsApi.restore(entry.item.id));
  const purge = useDocumentsWrite((entry: TrashEntry) => documentsApi.purge(entry.item.id));
  useEffect(() => {
    if (news) newsRef.current?.focus();
  }, [news]);

  const columns: Column<TrashEntry>[] = [
    {
      key: 'name',
      header: t('documents.columns.name'),
      render: (entry) => (
        <span className="doc-name">
          <span className={`doc-name__icon doc-name__icon--${entry.item.kind}`} aria-hidden="true" />
          {entry.item.kind === 'folder' ? (
            <span className="visually-hidden">{t('documents.folderPrefix')} </span>
          ) : null}
          {entry.item.name}
        </span>
      ),
    },
    {
      key: 'size',
      header: t('documents.columns.size'),
      numeric: true,
      render: (entry) => (entry.item.kind === 'file' ? formatBytes(entry.item.size, i18n.language) : '–'),
    },
    {
      key: 'trashed',
      header: t('documents.trash.trashed'),
      render: (entry) => (
        <>
          {format.dateTime(entry.trashedAt)}
          {entry.trashedBy ? (
            <span className="doc-by"> {t('documents.by', { name: entry.trashedBy.name })}</span>
          ) : null}
        </>
      ),
    },
    { key: 'purge', header: t('documents.trash.purgeAt'), render: (entry) => format.date(entry.purgeAt) },
  ];
  if (space.rights.write) {
    columns.push({
      key: 'actions',
      header: t('common.actions'),
      action: true,
      render: (entry) => (
        <div className="kern-btn-wrapper">
          <Button
            variant="secondary"
            small
            busy={restore.isPending}
            onClick={() =>
              restore.mutate(entry, {
                onSuccess: () => setNews(t('documents.done.restored', { name: entry.item.name })),
              })
            }
          >
            {t('documents.trash.restore')} <span className="visually-hidden">({entry.item.name})</span>
          </Button>
          {space.rights.manage ? (
            <ConfirmButton
              small
              variant="tertiary"
              question={t('documents.trash.purgeQuestion', { name: entry.item.name })}
              confirmLabel={t('documents.trash.purgeConfirm')}
              busy={purge.isPending}
              onConfirm={() =>
                purge.mutate(entry, {
                  onSuccess: () => setNews(t('documents.done.purged', { name: entry.item.name })),
                })
              }
            >
              {t('documents.trash.purge')} <span className="visually-hidden">({entry.item.name})</span>
            </ConfirmButton>
          ) : null}
        </div>
      ),
    });
  }
  const title = t('documents.trash.title');
  return (
    <div className="doc-page">
      <Breadcrumbs space={space} path={[]} current={title} />
      <PageTitle
        preline={space.name}
        lead={t('documents.trash.lead', { days: 30 })}
        documentTitle={`${title} – ${space.name}`}
      >
        {title}
      </PageTitle>
      <p className="kern-body">
        <Link
          className="kern-link"
          to="/documents/$kind/$spaceId"
          params={{ kind: space.kind, spaceId: space.id }}
          search={{}}
        >
          {t('documents.trash.back', { name: space.name })}
        </Link>
      </p>
      <DocumentsProblem error={restore.error ?? purge.error} />
      {news ? (
        <div ref={newsRef} tabIndex={-1} className="doc-news">
          <Alert variant="success" role="status" title={news} />
        </div>
      ) : null}
      <DataTable
        caption={title}
        captionHidden
        columns={columns}
        rows={items}
        rowKey={(entry) => entry.item.id}
        empty={t('documents.trash.empty')}
      />
    </div>
  );
}
