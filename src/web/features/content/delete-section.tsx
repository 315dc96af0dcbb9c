import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/alert.tsx';
import { ConfirmButton } from '../../ui/confirm-button.tsx';
import { ProblemAlert } from '../../ui/problem.tsx';
import { Section } from '../../ui/section.tsx';
import { useDeletePage } from './content-queries.ts';
import type { ContentPage } from './content-types.ts';
import { setFlash } from './flash.ts';
import { deleteRefusal } from './server-problems.ts';

/** Deleting the page with every language and version; refused while others link it or pages stand below it. */
export function DeleteSection({ page, title }: { page: ContentPage; title: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const remove = useDeletePage(page.id);
  const refusal = deleteRefusal(t, remove.error);
  return (
    <Section title={t('content.delete.title')}>
      <p className="kern-body">{t('content.delete.text')}</p>
      {refusal ? (
        <Alert variant="danger" role="alert" title={t('content.delete.refusedTitle')}>
          <p className="kern-body">{refusal}</p>
        </Alert>
      ) : (
        <ProblemAlert error={remove.error} />
      )}
      <ConfirmButton
        icon="delete"
        question={t('content.delete.question', { title })}
        confirmLabel={t('content.delete.confirm')}
        busy={remove.isPending}
        onConfirm={() =>
          remove.mutate(undefined, {
            onSuccess: () => {
              setFlash(t('content.delete.done', { title }));
              void navigate({ to: '/content' });
            },
          })
        }
      >
        {t('content.delete.button')}
      </ConfirmButton>
    </Section>
  );
}
