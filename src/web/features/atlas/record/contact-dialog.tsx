import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ATLAS_LIMITS } from '../../../../shared/atlas/states.ts';
import type { Cooperation } from '../../../../shared/contracts/atlas.ts';
import { isApiError } from '../../../api/api-error.ts';
import { Alert } from '../../../ui/alert.tsx';
import { Button } from '../../../ui/button.tsx';
import { Form } from '../../../ui/form.tsx';
import { Icon } from '../../../ui/icon.tsx';
import { TextArea } from '../../../ui/text-area.tsx';
import { useFormErrors } from '../../../ui/use-form-errors.ts';
import { useShowInterest } from '../record-queries.ts';

type Kind = 'contact' | 'reuse';

/**
 * "Kontakt aufnehmen / Interesse an Nachnutzung": a modal dialog (the browser's own <dialog>, which
 * keeps focus inside and closes on Escape) with a message to the record's contacts.
 */
export function ContactDialog({ record }: { record: Cooperation }) {
  const { t } = useTranslation();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [kind, setKind] = useState<Kind>(record.transferable ? 'reuse' : 'contact');
  const [message, setMessage] = useState('');
  const [sent, setSent] = useState(false);
  const form = useFormErrors('interest');
  const send = useShowInterest(record.id);

  function open() {
    setSent(false);
    send.reset();
    form.clear();
    dialogRef.current?.showModal();
  }
  function close() {
    dialogRef.current?.close();
  }

  const rateLimited = isApiError(send.error, 429);
  return (
    <>
      <Button icon="mail" variant="secondary" onClick={open}>
        {t('atlas.record.contact.open')}
      </Button>
      {sent ? <Alert variant="success" role="status" title={t('atlas.record.contact.sent')} /> : null}
      <dialog ref={dialogRef} className="kern-dialog contact-dialog" aria-labelledby={titleId}>
        <header className="kern-dialog__header">
          <h2 className="kern-title" id={titleId}>
            {t('atlas.record.contact.title')}
          </h2>
          <button type="button" className="kern-btn kern-btn--tertiary" onClick={close}>
            <Icon name="close" />
            <span className="kern-label visually-hidden">{t('atlas.record.contact.close')}</span>
          </button>
        </header>
        <div className="kern-dialog__body">
          <p className="kern-body">{t('atlas.record.contact.lead', { title: record.title })}</p>
          <Form
            form={form}
            check={() => ({
              message: message.trim() ? undefined : t('atlas.record.contact.messageRequired'),
            })}
            onValid={() =>
              send.mutate(
                { kind, message: message.trim() },
                {
                  onSuccess: () => {
                    setSent(true);
                    setMessage('');
                    close();
                  },
                  onError: (error) => form.failFromServer(error, ['message']),
                },
              )
            }
            busy={send.isPending}
            error={send.error}
            alert={
              rateLimited ? (
                <Alert variant="danger" role="alert" title={t('atlas.record.contact.rateLimited')} />
              ) : undefined
            }
            submit={t('atlas.record.contact.send')}
            submitIcon="mail"
          >
            <fieldset className="kern-fieldset">
              <legend className="kern-label">{t('atlas.record.contact.kind')}</legend>
              <div className="kern-fieldset__body">
                {(['contact', 'reuse'] as const).map((value) => (
                  <div className="kern-form-check" key={value}>
                    <input
                      className="kern-form-check__radio"
                      type="radio"
                      id={`interest-kind-${value}`}
                      name="interest-kind"
                      value={value}
                      checked={kind === value}
                      onChange={() => setKind(value)}
                    />
                    <label className="kern-label" htmlFor={`interest-kind-${value}`}>
                      {t(`atlas.record.contact.kinds.${value}`)}
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
            <TextArea
              id={form.id('message')}
              label={t('atlas.record.contact.message')}
              hint={t('atlas.record.contact.messageHint')}
              value={message}
              onChange={setMessage}
              error={form.errors.message}
              maxLength={ATLAS_LIMITS.interestMessageMax}
              rows={6}
            />
          </Form>
        </div>
      </dialog>
    </>
  );
}
