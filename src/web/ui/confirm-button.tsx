import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, type ButtonVariant } from './button.tsx';
import type { IconName } from './icon.tsx';

interface ConfirmButtonProps {
  children: ReactNode;
  /** The question asked before the action, e.g. "Really remove Anna?". */
  question: string;
  confirmLabel: string;
  onConfirm: () => void;
  busy?: boolean;
  variant?: ButtonVariant;
  icon?: IconName;
  small?: boolean;
}

/**
 * A button for an action that cannot be undone: the first press asks, in place, and moves
 * focus to the confirming button; Cancel returns focus to where it was.
 */
export function ConfirmButton({
  children,
  question,
  confirmLabel,
  onConfirm,
  busy,
  variant = 'secondary',
  icon,
  small,
}: ConfirmButtonProps) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      triggerRef.current?.focus();
    }
  }, [asking]);

  if (!asking) {
    return (
      <Button ref={triggerRef} variant={variant} icon={icon} small={small} busy={busy} onClick={() => setAsking(true)}>
        {children}
      </Button>
    );
  }
  return (
    <fieldset className="confirm">
      <legend className="kern-body confirm__question">{question}</legend>
      <div className="kern-btn-wrapper">
        <Button
          ref={confirmRef}
          variant="primary"
          small={small}
          busy={busy}
          onClick={() => {
            returnFocus.current = true;
            setAsking(false);
            onConfirm();
          }}
        >
          {confirmLabel}
        </Button>
        <Button
          variant="tertiary"
          small={small}
          onClick={() => {
            returnFocus.current = true;
            setAsking(false);
          }}
        >
          {t('common.cancel')}
        </Button>
      </div>
    </fieldset>
  );
}
