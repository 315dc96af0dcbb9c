import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/button.tsx';
import { Icon } from '../../../ui/icon.tsx';
import { TextField } from '../../../ui/text-field.tsx';
import type { DocumentItem, DocumentSpace } from '../document-types.ts';
import { documentsApi, useDocumentsWrite } from '../queries.ts';
import { DocumentsProblem } from '../space-parts.tsx';
import { FolderChooser } from './folder-chooser.tsx';
import type { ItemAction } from './items-table.tsx';

/**
 * Renaming, moving, copying or trashing one item, in the browser's modal dialog (focus stays
 * inside; Escape cancels). `onDone` says what happened, for the page to announce; null when cancelled.
 */
export function ItemDialog({
  item,
  action,
  space,
  onDone,
}: {
  item: DocumentItem;
  action: ItemAction;
  space: DocumentSpace;
  onDone: (message: string | null) => void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const fieldId = useId();
  const [name, setName] = useState(item.name);
  const [nameError, setNameError] = useState('');
  const [folder, setFolder] = useState<string | null>(item.parentId);
  const write = useDocumentsWrite(async (): Promise<string> => {
    if (action === 'rename') {
      await documentsApi.update(item.id, { name: name.trim() });
      return t('documents.done.renamed', { name: name.trim() });
    }
    if (action === 'move') {
      await documentsApi.update(item.id, { parentId: folder });
      return t('documents.done.moved', { name: item.name });
    }
    if (action === 'copy') {
      await documentsApi.copy(item.id, {
        parentId: folder,
        ...(name.trim() !== item.name ? { name: name.trim() } : {}),
      });
      return t('documents.done.copied', { name: item.name });
    }
    await documentsApi.trash(item.id);
    return t('documents.done.trashed', { name: item.name });
  });

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    if (action === 'rename') (document.getElementById(fieldId) as HTMLInputElement | null)?.select();
  }, [action, fieldId]);

  function submit() {
    if (write.isPending || (action === 'move' && folder === item.parentId)) return;
    if ((action === 'rename' || action === 'copy') && !name.trim()) {
      setNameError(t('documents.problems.nameRequired'));
      document.getElementById(fieldId)?.focus();
      return;
    }
    write.mutate(undefined, { onSuccess: (message) => onDone(message) });
  }

  const unchanged = action === 'move' && folder === item.parentId;
  return (
    <dialog ref={ref} className="kern-dialog doc-dialog" aria-labelledby={titleId} onClose={() => onDone(null)}>
      <header className="kern-dialog__header">
        <h2 className="kern-title" id={titleId}>
          {t(`documents.dialog.${action}`, { name: item.name })}
        </h2>
        <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => onDone(null)}>
          <Icon name="close" />
          <span className="kern-label visually-hidden">{t('documents.dialog.close')}</span>
        </button>
      </header>
      <form
        className="kern-dialog__body doc-dialog__body"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <DocumentsProblem error={write.error} />
        {action === 'trash' ? (
          <p className="kern-body">
            {t(item.kind === 'folder' ? 'documents.dialog.trashFolderText' : 'documents.dialog.trashText', {
              days: 30,
            })}
          </p>
        ) : null}
        {action === 'move' || action === 'copy' ? (
          <FolderChooser
            space={space}
            folderId={folder}
            onFolder={setFolder}
            exclude={item.kind === 'folder' ? item.id : undefined}
          />
        ) : null}
        {action === 'rename' || action === 'copy' ? (
          <TextField
            id={fieldId}
            label={t(action === 'copy' ? 'documents.dialog.copyName' : 'documents.dialog.newName')}
            value={name}
            onChange={(value) => {
              setName(value);
              setNameError('');
            }}
            maxLength={255}
            error={nameError || undefined}
          />
        ) : null}
        <div className="kern-btn-wrapper">
          <Button type="submit" busy={write.isPending} aria-disabled={unchanged || undefined}>
            {t(`documents.dialog.submit.${action}`)}
          </Button>
          <Button variant="secondary" onClick={() => onDone(null)}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </dialog>
  );
}
