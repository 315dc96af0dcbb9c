import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/button.tsx';
import { Checkbox } from './text-fields.tsx';

/**
 * Restoring an earlier version, asked in place: the first press asks and, for the source language,
 * offers the same choice as saving does, a small change (translations stay up to date) or not (the
 * default: translations become outdated). Cancel returns focus to the button.
 */
export function RestoreButton({
  number,
  isSource,
  busy,
  onRestore,
}: {
  number: number;
  isSource: boolean;
  busy: boolean;
  onRestore: (minor: boolean) => void;
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [minor, setMinor] = useState(false);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const minorId = `content-restore-minor-${number}`;

  useEffect(() => {
    if (asking) {
      // The choice comes first, where there is one; else the confirming button.
      const first = isSource ? document.getElementById(minorId) : confirmRef.current;
      first?.focus();
    } else if (returnFocus.current) {
      returnFocus.current = false;
      triggerRef.current?.focus();
    }
  }, [asking, isSource, minorId]);

  function close() {
    returnFocus.current = true;
    setAsking(false);
    setMinor(false);
  }

  if (!asking) {
    return (
      <Button ref={triggerRef} variant="secondary" small busy={busy} onClick={() => setAsking(true)}>
        {t('content.history.restore', { number })}
      </Button>
    );
  }
  return (
    <fieldset className="confirm content-restore">
      <legend className="kern-body confirm__question">{t('content.history.restoreQuestion', { number })}</legend>
      {isSource ? (
        <Checkbox
          id={minorId}
          label={t('content.form.minor')}
          hint={t('content.form.minorHint')}
          checked={minor}
          onChange={setMinor}
        />
      ) : null}
      <div className="kern-btn-wrapper">
        <Button
          ref={confirmRef}
          small
          busy={busy}
          onClick={() => {
            const chosen = minor;
            close();
            onRestore(chosen);
          }}
        >
          {t('content.history.restoreConfirm')}
        </Button>
        <Button variant="tertiary" small onClick={close}>
          {t('common.cancel')}
        </Button>
      </div>
    </fieldset>
  );
}
