import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../ui/icon.tsx';
import '../workspace-pages.css';

// Each shortcut: the keys (translated, e.g. "Umschalt + Eingabe") and what it does.
const SHORTCUTS = [
  ['arrows', 'move'],
  ['homeEnd', 'ends'],
  ['enter', 'thread'],
  ['r', 'reply'],
  ['e', 'edit'],
  ['escape', 'close'],
  ['altShiftN', 'composer'],
  ['altShiftM', 'list'],
  ['enter', 'send'],
  ['shiftEnter', 'newline'],
  ['at', 'mention'],
  ['ctrlB', 'bold'],
  ['ctrlI', 'italic'],
  ['ctrlK', 'link'],
  ['question', 'help'],
] as const;

/** The keyboard shortcuts of the chat, in the browser's modal dialog (focus stays inside, Escape closes). */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog ref={ref} className="kern-dialog shortcuts-dialog" aria-labelledby={titleId} onClose={onClose}>
      <header className="kern-dialog__header">
        <h2 className="kern-title" id={titleId}>
          {t('workspaces.shortcuts.title')}
        </h2>
        <button type="button" className="kern-btn kern-btn--tertiary" onClick={onClose}>
          <Icon name="close" />
          <span className="kern-label visually-hidden">{t('workspaces.shortcuts.close')}</span>
        </button>
      </header>
      <div className="kern-dialog__body">
        <table className="kern-table shortcuts-table">
          <caption className="visually-hidden">{t('workspaces.shortcuts.title')}</caption>
          <thead className="kern-table__head">
            <tr className="kern-table__row">
              <th scope="col" className="kern-table__header">
                {t('workspaces.shortcuts.key')}
              </th>
              <th scope="col" className="kern-table__header">
                {t('workspaces.shortcuts.action')}
              </th>
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {SHORTCUTS.map(([key, action]) => (
              <tr key={action} className="kern-table__row">
                <td className="kern-table__cell">
                  <kbd>{t(`workspaces.shortcuts.keys.${key}`)}</kbd>
                </td>
                <td className="kern-table__cell">{t(`workspaces.shortcuts.actions.${action}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </dialog>
  );
}
