import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from '../../../ui/form.tsx';
import { TextArea } from '../../../ui/text-area.tsx';
import type { DocumentApproval } from '../document-types.ts';
import { documentsApi, useDocumentsWrite } from '../queries.ts';
import { DocumentsProblem } from '../space-parts.tsx';

/** My answer to an approval asked of me: approve or reject, with a comment. */
export function DecideForm({ approval, onNews }: { approval: DocumentApproval; onNews: (text: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [decision, setDecision] = useState<'approved' | 'rejected'>('approved');
  const [comment, setComment] = useState('');
  const decide = useDocumentsWrite(() =>
    documentsApi.decide(approval.id, { decision, ...(comment.trim() ? { comment: comment.trim() } : {}) }),
  );
  return (
    <div className="doc-decide">
      <Form
        onValid={() =>
          decide.mutate(undefined, {
            onSuccess: () => onNews(t(`documents.approval.answered.${decision}`)),
          })
        }
        busy={decide.isPending}
        alert={<DocumentsProblem error={decide.error} />}
        submit={t('documents.approval.answer')}
      >
        <fieldset className="kern-fieldset">
          <legend className="kern-label">{t('documents.approval.yourAnswer')}</legend>
          <div className="kern-fieldset__body kern-fieldset__body--horizontal">
            {(['approved', 'rejected'] as const).map((value) => (
              <div className="kern-form-check" key={value}>
                <input
                  className="kern-form-check__radio"
                  type="radio"
                  id={`${id}-${value}`}
                  name={`${id}-decision`}
                  checked={decision === value}
                  onChange={() => setDecision(value)}
                />
                <label className="kern-label" htmlFor={`${id}-${value}`}>
                  {t(`documents.approval.choose.${value}`)}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
        <TextArea
          id={`${id}-comment`}
          label={t('documents.approval.comment')}
          value={comment}
          onChange={setComment}
          rows={2}
          maxLength={2000}
          optional
        />
      </Form>
    </div>
  );
}
