import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/button.tsx';
import { Loading } from '../../../ui/loading.tsx';
import type { DocumentSpace } from '../document-types.ts';
import { useFolder } from '../queries.ts';
import { DocumentsProblem } from '../space-parts.tsx';

/**
 * Choosing a folder of a space to move or copy into: where one is, one level up, and the folders
 * here to open. `exclude` (the folder being moved) is not offered, nor anything inside it.
 */
export function FolderChooser({
  space,
  folderId,
  onFolder,
  exclude,
}: {
  space: DocumentSpace;
  folderId: string | null;
  onFolder: (id: string | null) => void;
  exclude?: string | undefined;
}) {
  const { t } = useTranslation();
  const listing = useFolder(space.kind, space.id, folderId ?? undefined);
  if (listing.isPending) return <Loading />;
  if (!listing.data) return <DocumentsProblem error={listing.error} />;
  const { path, items } = listing.data;
  const folders = items.filter((i) => i.kind === 'folder' && i.id !== exclude);
  const where = [space.name, ...path.map((p) => p.name)].join(' / ');
  return (
    <div className="doc-chooser">
      <p className="kern-body doc-chooser__where" aria-live="polite">
        {t('documents.chooser.where', { where })}
      </p>
      {folderId !== null ? (
        <Button variant="tertiary" small icon="arrow-up" onClick={() => onFolder(path.at(-2)?.id ?? null)}>
          {t('documents.chooser.up')}
        </Button>
      ) : null}
      {folders.length === 0 ? (
        <p className="kern-body kern-body--small">{t('documents.chooser.noFolders')}</p>
      ) : (
        <ul className="plain-list doc-chooser__list">
          {folders.map((folder) => (
            <li key={folder.id}>
              <Button variant="tertiary" small icon="chevron-right" onClick={() => onFolder(folder.id)}>
                {t('documents.chooser.open', { name: folder.name })}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
