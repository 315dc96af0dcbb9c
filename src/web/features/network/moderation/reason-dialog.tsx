import { type Ref, useId, useImperativeHandle, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MODERATION_LIMITS } from '../../../../shared/contracts/network-moderation.ts';
import { Form } from '../../../ui/form.tsx';
import { Icon } from '../../../ui/icon.tsx';
import { TextArea } from '../../../ui/text-area.tsx';
import { useFormErrors } from '../../../ui/use-form-errors.ts';

export interface ReasonDialogHandle {
  open: () => void;
}

interface ReasonDialogProps {
  ref: Ref<ReasonDialogHandle>;
  title: string;
  lead?: string;
  label: string;
  hint?: string;
  submit: string;
  busy: boolean;
  error: unknown;
  /** Sends the reason; resolves when done, so the dialog closes. */
  onSubmit: (reason: string) => Promise<unknown>;
}

/**
 * A modal dialog (the browser's own <dialog>: focus stays inside, Escape closes it, focus returns to
 * the opening button) that asks for a written reason; the reason's field has the focus when it opens.
 */
export function ReasonDialog({ ref, title, lead, label, hint, submit, busy, error, onSubmit }: ReasonDialogProps) {
  const { t } = useTranslation();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const form = useFormErrors(`reason-${useId().replace(/[^a-zA-Z0-9]/g, '')}`);
  const [reason, setReason] = useState('');
  const [failed, setFailed] = useState(false);

  useImperativeHandle(ref, () => ({
    open() {
      setReason('');
      setFailed(false);
      form.clear();
      dialogRef.current?.showModal();
      // The reason is what the dialog is for: it takes the focus, not the close button.
      dialogRef.current?.querySelector('textarea')?.focus();
    },
  }));
  const close = () => dialogRef.current?.close();

  return (
    <dialog ref={dialogRef} className="kern-dialog moderation-dialog" aria-labelledby={titleId}>
      <header className="kern-dialog__header">
        <h2 className="kern-title" id={titleId}>
          {title}
        </h2>
        <button type="button" className="kern-btn kern-btn--tertiary" onClick={close}>
          <Icon name="close" />
          <span className="kern-label visually-hidden">{t('networkModeration.dialog.close')}</span>
        </button>
      </header>
      <div className="kern-dialog__body">
        {lead ? <p className="kern-body">{lead}</p> : null}
        <Form
          form={form}
          check={() => ({ reason: reason.trim() ? undefined : t('networkModeration.dialog.reasonRequired') })}
          onValid={() => {
            setFailed(false);
            onSubmit(reason.trim()).then(close, (problem: unknown) => {
              setFailed(true);
              form.failFromServer(problem, ['reason']);
            });
          }}
          busy={busy}
          error={failed ? error : null}
          submit={submit}
        >
          <TextArea
            id={form.id('reason')}
            label={label}
            hint={hint ?? t('networkModeration.dialog.reasonHint', { count: MODERATION_LIMITS.reason })}
            value={reason}
            onChange={setReason}
            error={form.errors.reason}
            maxLength={MODERATION_LIMITS.reason}
            rows={4}
          />
        </Form>
      </div>
    </dialog>
  );
}
