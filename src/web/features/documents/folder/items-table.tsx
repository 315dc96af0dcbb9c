import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { type Column, DataTable } from '../../../ui/data-table.tsx';
import { useFormat } from '../../../ui/use-format.ts';
import { formatBytes } from '../document-format.ts';
import type { DocumentItem, DocumentSpace } from '../document-types.ts';
import { ItemStatus } from '../item-status.tsx';

export type ItemAction = 'rename' | 'move' | 'copy' | 'trash';

/** The folders and files of a folder: folders first, then files, each by name. */
export function ItemsTable({
  space,
  items,
  caption,
  onAction,
}: {
  space: DocumentSpace;
  items: DocumentItem[];
  caption: string;
  onAction: (item: DocumentItem, action: ItemAction, trigger: HTMLElement) => void;
}) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const sorted = [...items].sort((a, b) =>
    a.kind === b.kind ? a.name.localeCompare(b.name, 'de') : a.kind === 'folder' ? -1 : 1,
  );
  const columns: Column<DocumentItem>[] = [
    {
      key: 'name',
      header: t('documents.columns.name'),
      render: (item) => (
        <span className="doc-name">
          <span className={`doc-name__icon doc-name__icon--${item.kind}`} aria-hidden="true" />
          {item.kind === 'folder' ? (
            <Link
              className="kern-link"
              to="/documents/$kind/$spaceId"
              params={{ kind: space.kind, spaceId: space.id }}
              search={{ folder: item.id }}
            >
              <span className="visually-hidden">{t('documents.folderPrefix')} </span>
              {item.name}
            </Link>
          ) : (
            <Link className="kern-link" to="/documents/files/$id" params={{ id: item.id }}>
              {item.name}
            </Link>
          )}
        </span>
      ),
    },
    {
      key: 'size',
      header: t('documents.columns.size'),
      numeric: true,
      render: (item) => (item.kind === 'file' ? formatBytes(item.size, i18n.language) : '–'),
    },
    {
      key: 'changed',
      header: t('documents.columns.changed'),
      render: (item) => (
        <>
          {format.dateTime(item.updatedAt)}
          {item.updatedBy ? <span className="doc-by"> {t('documents.by', { name: item.updatedBy.name })}</span> : null}
        </>
      ),
    },
    {
      key: 'version',
      header: t('documents.columns.version'),
      numeric: true,
      render: (item) => (item.version === null ? '–' : String(item.version)),
    },
    { key: 'status', header: t('documents.columns.status'), render: (item) => <ItemStatus item={item} /> },
  ];
  if (space.rights.write) {
    columns.push({
      key: 'actions',
      header: t('common.actions'),
      action: true,
      render: (item) => <RowActions item={item} onAction={onAction} />,
    });
  }
  return (
    <DataTable
      caption={caption}
      captionHidden
      columns={columns}
      rows={sorted}
      rowKey={(item) => item.id}
      empty={t('documents.folder.empty')}
    />
  );
}

const ACTIONS: ItemAction[] = ['rename', 'move', 'copy', 'trash'];

/** The row's actions folded into one disclosure, so the table stays narrow. */
function RowActions({
  item,
  onAction,
}: {
  item: DocumentItem;
  onAction: (item: DocumentItem, action: ItemAction, trigger: HTMLElement) => void;
}) {
  const { t } = useTranslation();
  return (
    <details className="doc-actions" id={`actions-${item.id}`}>
      <summary className="kern-btn kern-btn--tertiary kern-btn--x-small">
        <span className="kern-label">
          {t('common.actions')} <span className="visually-hidden">({item.name})</span>
        </span>
      </summary>
      <ul className="plain-list doc-actions__menu">
        {ACTIONS.map((action) => (
          <li key={action}>
            <button
              type="button"
              className="kern-btn kern-btn--tertiary kern-btn--x-small"
              onClick={(event) => {
                const summary = event.currentTarget.closest('details')?.querySelector('summary');
                event.currentTarget.closest('details')?.removeAttribute('open');
                onAction(item, action, summary ?? event.currentTarget);
              }}
            >
              <span className="kern-label">
                {t(`documents.actions.${action}`)} <span className="visually-hidden">({item.name})</span>
              </span>
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
