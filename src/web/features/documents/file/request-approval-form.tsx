import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonHit } from '../../../../shared/contracts/accounts.ts';
import { Button } from '../../../ui/button.tsx';
import { Form } from '../../../ui/form.tsx';
import { TextArea } from '../../../ui/text-area.tsx';
import { useFormErrors } from '../../../ui/use-form-errors.ts';
import { PersonPicker } from '../../workspaces/members/person-picker.tsx';
import { useWorkspace } from '../../workspaces/workspace-queries.ts';
import type { DocumentDetail } from '../document-types.ts';
import { documentsApi, useDocumentsWrite } from '../queries.ts';
import { DocumentsProblem } from '../space-parts.tsx';

/** Asking named people to approve the current version, with a message; a workspace's members are offered first. */
export function RequestApprovalForm({
  detail,
  meId,
  onNews,
}: {
  detail: DocumentDetail;
  meId: string;
  onNews: (text: string) => void;
}) {
  const { t } = useTranslation();
  const form = useFormErrors('approval');
  const workspace = useWorkspace(detail.space.kind === 'workspace' ? detail.space.id : null);
  const known: PersonHit[] = (workspace.data?.members ?? []).map((m) => ({
    id: m.personId,
    name: m.name,
    organisation: m.organisation,
  }));
  const [chosen, setChosen] = useState<PersonHit[]>([]);
  const [message, setMessage] = useState('');
  const ask = useDocumentsWrite(() =>
    documentsApi.requestApproval(detail.item.id, {
      reviewerIds: chosen.map((p) => p.id),
      ...(message.trim() ? { message: message.trim() } : {}),
    }),
  );
  return (
    <div className="doc-request">
      <h3 className="kern-heading-small">{t('documents.approval.askTitle', { number: detail.item.version ?? 1 })}</h3>
      <Form
        form={form}
        check={() => ({ reviewers: chosen.length === 0 ? t('documents.approval.chooseSomeone') : undefined })}
        onValid={() =>
          ask.mutate(undefined, {
            onSuccess: () => {
              setChosen([]);
              setMessage('');
              onNews(t('documents.approval.asked', { count: chosen.length }));
            },
          })
        }
        busy={ask.isPending}
        alert={<DocumentsProblem error={form.hasErrors ? null : ask.error} />}
        submit={t('documents.approval.ask')}
      >
        <PersonPicker
          id={form.id('reviewers')}
          label={t('documents.approval.reviewers')}
          error={form.errors.reviewers}
          known={known}
          exclude={[meId, ...chosen.map((p) => p.id)]}
          onSelect={(person) => {
            if (chosen.length < 20) setChosen((list) => [...list, person]);
          }}
        />
        {chosen.length > 0 ? (
          <ul className="plain-list doc-chosen" aria-label={t('documents.approval.chosen')}>
            {chosen.map((person) => (
              <li key={person.id} className="doc-chosen__person">
                <span>
                  {person.name}
                  {person.organisation ? <span className="doc-by"> · {person.organisation.name}</span> : null}
                </span>
                <Button
                  variant="tertiary"
                  small
                  icon="close"
                  onClick={() => {
                    setChosen((list) => list.filter((p) => p.id !== person.id));
                    document.getElementById(form.id('reviewers'))?.focus();
                  }}
                >
                  <span className="visually-hidden">{t('documents.approval.remove', { name: person.name })}</span>
                </Button>
              </li>
            ))}
          </ul>
        ) : null}
        <TextArea
          id={form.id('message')}
          label={t('documents.approval.message')}
          value={message}
          onChange={setMessage}
          rows={3}
          maxLength={2000}
          optional
        />
      </Form>
    </div>
  );
}
