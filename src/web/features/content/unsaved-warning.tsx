import { useBlocker } from '@tanstack/react-router';
import { useCallback, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/button.tsx';
import { languageName } from './languages.ts';

/**
 * Asks before the page's editor is left while a language has text not saved: leaving the app (closing
 * the tab, reloading, another address) with the browser's own question, a link inside the app with a
 * dialog. Another language's tab is no leaving: the editor keeps each language's text.
 */
export function UnsavedWarning({ unsaved, unsavedNow }: { unsaved: string[]; unsavedNow: () => string[] }) {
  const { t, i18n } = useTranslation();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const stayRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const textId = useId();
  const shouldBlockFn = useCallback(
    ({ current, next }: { current: { pathname: string }; next: { pathname: string } }) =>
      next.pathname !== current.pathname && unsavedNow().length > 0,
    [unsavedNow],
  );
  const enableBeforeUnload = useCallback(() => unsavedNow().length > 0, [unsavedNow]);
  const blocker = useBlocker({ shouldBlockFn, enableBeforeUnload, disabled: unsaved.length === 0, withResolver: true });
  const blocked = blocker.status === 'blocked';

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (blocked && !dialog.open) {
      dialog.showModal();
      stayRef.current?.focus();
    } else if (!blocked && dialog.open) dialog.close();
  }, [blocked]);

  const names = unsaved.map((language) => languageName(t, language, i18n.language));
  return (
    <dialog
      ref={dialogRef}
      className="kern-dialog content-dialog"
      aria-labelledby={titleId}
      aria-describedby={textId}
      // Escape is staying on the page.
      onCancel={() => blocker.reset?.()}
    >
      <header className="kern-dialog__header">
        <h2 className="kern-title" id={titleId}>
          {t('content.unsaved.title')}
        </h2>
      </header>
      <div className="kern-dialog__body stack-sm">
        <p className="kern-body" id={textId}>
          {t('content.unsaved.text', { count: names.length, languages: names.join(', ') })}
        </p>
        <div className="kern-btn-wrapper">
          <Button ref={stayRef} onClick={() => blocker.reset?.()}>
            {t('content.unsaved.stay')}
          </Button>
          <Button variant="secondary" onClick={() => blocker.proceed?.()}>
            {t('content.unsaved.leave')}
          </Button>
        </div>
      </div>
    </dialog>
  );
}
