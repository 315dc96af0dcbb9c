import { getRouteApi, Link } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/api-error.ts';
import { Alert } from '../../../ui/alert.tsx';
import { Loading } from '../../../ui/loading.tsx';
import { PageTitle } from '../../../ui/page-title.tsx';
import { Section } from '../../../ui/section.tsx';
import { RequireSignIn } from '../../accounts/require-sign-in.tsx';
import { NotFoundContent } from '../../shell/not-found-page.tsx';
import type { DocumentItem, FolderListing, SpaceKind } from '../document-types.ts';
import { useFolder } from '../queries.ts';
import { Breadcrumbs, DocumentsProblem, isSpaceKind, QuotaBar } from '../space-parts.tsx';
import { UploadZone } from '../upload/upload-zone.tsx';
import { ItemDialog } from './item-dialog.tsx';
import { type ItemAction, ItemsTable } from './items-table.tsx';
import { NewFolderForm } from './new-folder-form.tsx';
import '../documents.css';

const route = getRouteApi('/documents/$kind/$spaceId');

/** /documents/$kind/$spaceId?folder=: a folder of a space with its folders and files. */
export function FolderPage() {
  const { kind, spaceId } = route.useParams();
  const { folder } = route.useSearch();
  return (
    <RequireSignIn>
      {() =>
        isSpaceKind(kind) ? (
          <FolderLoader key={`${kind}-${spaceId}-${folder ?? ''}`} kind={kind} spaceId={spaceId} folder={folder} />
        ) : (
          <NotFound />
        )
      }
    </RequireSignIn>
  );
}

function NotFound() {
  const { t } = useTranslation();
  return <NotFoundContent title={t('documents.notFound')} />;
}

function FolderLoader({ kind, spaceId, folder }: { kind: SpaceKind; spaceId: string; folder: string | undefined }) {
  const listing = useFolder(kind, spaceId, folder);
  if (listing.isPending) return <Loading />;
  if (isApiError(listing.error, 404) || isApiError(listing.error, 400)) return <NotFound />;
  if (!listing.data) return <DocumentsProblem error={listing.error} />;
  return <FolderView listing={listing.data} />;
}

interface Open {
  item: DocumentItem;
  action: ItemAction;
  trigger: HTMLElement;
}

function FolderView({ listing }: { listing: FolderListing }) {
  const { t } = useTranslation();
  const { space, folder, path, items } = listing;
  const [open, setOpen] = useState<Open | null>(null);
  const [news, setNews] = useState<string | null>(null);
  const newsRef = useRef<HTMLDivElement>(null);
  const title = folder?.name ?? space.name;
  const parentId = folder?.id ?? null;

  // A message about what was done takes the focus, where the row may be gone (moved, trashed).
  useEffect(() => {
    if (news) newsRef.current?.focus();
  }, [news]);

  function done(message: string | null) {
    const trigger = open?.trigger;
    setOpen(null);
    if (message) setNews(message);
    else if (trigger?.isConnected) trigger.focus();
  }

  return (
    <div className="doc-page">
      <Breadcrumbs space={space} path={path} />
      <PageTitle
        preline={folder ? space.name : t(`documents.kind.${space.kind}`)}
        documentTitle={`${title} – ${t('documents.title')}`}
      >
        {title}
      </PageTitle>
      <QuotaBar usage={space.usage} />
      <p className="kern-body doc-page__links">
        <Link
          className="kern-link"
          to="/documents/$kind/$spaceId/trash"
          params={{ kind: space.kind, spaceId: space.id }}
        >
          {t('documents.trash.link')}
        </Link>
      </p>
      {!space.rights.write ? <Alert variant="info" title={t('documents.readOnly')} /> : null}
      {news ? (
        <div ref={newsRef} tabIndex={-1} className="doc-news">
          <Alert variant="success" role="status" title={news} />
        </div>
      ) : null}
      <div className="stack-xl">
        {space.rights.write ? (
          <Section title={t('documents.add.title')}>
            <div className="doc-add">
              <UploadZone
                key={parentId ?? 'top'}
                target={{ kind: 'file', spaceKind: space.kind, spaceId: space.id, parentId }}
              />
              <NewFolderForm
                space={space}
                parentId={parentId}
                onCreated={(name) => setNews(t('documents.done.folderCreated', { name }))}
              />
            </div>
          </Section>
        ) : null}
        <Section title={t('documents.folder.contents', { count: items.length })}>
          <ItemsTable
            space={space}
            items={items}
            caption={t('documents.folder.caption', { name: title })}
            onAction={(item, action, trigger) => {
              setNews(null);
              setOpen({ item, action, trigger });
            }}
          />
        </Section>
      </div>
      {open ? <ItemDialog item={open.item} action={open.action} space={space} onDone={done} /> : null}
    </div>
  );
}
