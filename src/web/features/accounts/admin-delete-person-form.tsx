import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contributions } from '../../../shared/contracts/account-deletion.ts';
import { isApiError } from '../../api/api-error.ts';
import { request } from '../../api/client.ts';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { Form } from '../../ui/form.tsx';
import { TextArea } from '../../ui/text-area.tsx';
import { useFormErrors } from '../../ui/use-form-errors.ts';
import { ContributionsChoice } from './contributions-choice.tsx';
import { stepUpInit } from './step-up.ts';

/**
 * A platform admin deletes a person's account on their request: a written reason (kept in the audit
 * log) and the choice about their contributions. The step-up code is the one typed above the people list.
 */
export function AdminDeletePersonForm({
  person,
  code,
  onDone,
  onCancel,
  onCodeError,
}: {
  person: { id: string; name: string };
  code: string;
  onDone: () => void;
  onCancel: () => void;
  /** A refused step-up code belongs to the code field above the list. */
  onCodeError: (error: unknown) => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [contributions, setContributions] = useState<Contributions>('keep');
  const form = useFormErrors('admin-delete-person');
  const heading = useRef<HTMLHeadingElement>(null);
  // Opened from a row's button: the form's heading takes focus, so a keyboard or screen reader lands here.
  useEffect(() => heading.current?.focus(), []);
  const remove = useMutation({
    mutationFn: () =>
      request<void>(
        'POST',
        `/admin/persons/${person.id}/deletion`,
        { reason: reason.trim(), contributions },
        stepUpInit(code),
      ),
    onSuccess: onDone,
    onError: (error) => {
      if (isApiError(error, 401)) onCodeError(error);
      form.failFromServer(error, ['reason']);
    },
  });
  const hasOwnAlert = isApiError(remove.error, 401);
  return (
    <section className="stack-md admin-delete-person" aria-labelledby="admin-delete-person-title">
      <h3 className="kern-heading-small" id="admin-delete-person-title" tabIndex={-1} ref={heading}>
        {t('accountDeletion.admin.title', { name: person.name })}
      </h3>
      <p className="kern-body">{t('accountDeletion.admin.lead')}</p>
      <Form
        form={form}
        check={() => ({ reason: reason.trim() ? undefined : t('accountDeletion.admin.reasonRequired') })}
        onValid={() => remove.mutate()}
        busy={remove.isPending}
        error={hasOwnAlert ? null : remove.error}
        submit={t('accountDeletion.admin.submit')}
        submitIcon="delete"
      >
        <TextArea
          id={form.id('reason')}
          label={t('accountDeletion.admin.reason')}
          value={reason}
          onChange={setReason}
          error={form.errors.reason}
          maxLength={2000}
          rows={3}
        />
        <ContributionsChoice
          id="admin-delete-person"
          legend={t('accountDeletion.admin.contributions')}
          value={contributions}
          onChange={setContributions}
          labels={{
            keep: { label: t('accountDeletion.admin.keep') },
            delete: { label: t('accountDeletion.admin.delete') },
          }}
        />
      </Form>
      <Button variant="tertiary" small onClick={onCancel}>
        {t('accountDeletion.admin.cancel')}
      </Button>
    </section>
  );
}

/** The announcement after an admin deleted someone. */
export function AdminDeletedNotice({ name }: { name: string }) {
  const { t } = useTranslation();
  return <Alert variant="success" role="status" title={t('accountDeletion.admin.deleted', { name })} />;
}
