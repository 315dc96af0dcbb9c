import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../ui/confirm-button.tsx';
import { ProblemAlert } from '../../ui/problem.tsx';
import { Section } from '../../ui/section.tsx';
import { ARRIVAL_FLASH_ID, setFlash } from '../content/flash.ts';
import { focusOnArrival } from '../shell/use-focus-on-navigate.ts';
import { useMakeCopy } from './sharing-queries.ts';
import type { SharingContentPage } from './sharing-types.ts';

/** Turning the link into the organisation's own copy, after a question asked in place. */
export function MakeCopySection({ page }: { page: SharingContentPage }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const copy = useMakeCopy(page.id, () => {
    setFlash(t('contentSharing.copy.done'));
    void navigate({ to: '/content/pages/$id', params: { id: page.id }, state: focusOnArrival(ARRIVAL_FLASH_ID) });
  });
  const source = page.adoption?.sourceOrganisationName ?? '';
  return (
    <Section title={t('contentSharing.copy.title')}>
      <p className="kern-body">{t('contentSharing.copy.text', { organisation: source })}</p>
      <ProblemAlert error={copy.error} />
      <ConfirmButton
        question={t('contentSharing.copy.question')}
        confirmLabel={t('contentSharing.copy.confirm')}
        busy={copy.isPending}
        onConfirm={() => copy.mutate()}
      >
        {t('contentSharing.copy.button')}
      </ConfirmButton>
    </Section>
  );
}
