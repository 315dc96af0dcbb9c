import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HealthLevel, ProjectDetail } from '../../../../shared/contracts/projects.ts';
import { Alert } from '../../../ui/alert.tsx';
import { ConfirmButton } from '../../../ui/confirm-button.tsx';
import { Form } from '../../../ui/form.tsx';
import { SelectField } from '../../../ui/select-field.tsx';
import { TextArea } from '../../../ui/text-area.tsx';
import { useFormErrors } from '../../../ui/use-form-errors.ts';
import { useSetOverride } from '../project-queries.ts';

const LEVELS: HealthLevel[] = ['green', 'amber', 'red'];

/** For the lead and the workspace's owners: override the computed colour with a written reason, or take it back. */
export function OverrideForm({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const current = project.health.override;
  const [level, setLevel] = useState<HealthLevel>(current?.level ?? 'amber');
  const [reason, setReason] = useState(current?.reason ?? '');
  const [done, setDone] = useState<'saved' | 'removed' | null>(null);
  const form = useFormErrors('override');
  const save = useSetOverride(project.id);
  return (
    <div className="health-panel__override-form">
      <h3 className="kern-heading-small">{t('projects.overrideForm.title')}</h3>
      <p className="kern-body">{t('projects.overrideForm.lead')}</p>
      {done ? <Alert variant="success" role="status" title={t(`projects.overrideForm.${done}`)} /> : null}
      <Form
        form={form}
        check={() => ({
          reason: reason.trim().length >= 3 ? undefined : t('projects.overrideForm.reasonRequired'),
        })}
        onValid={() =>
          save.mutate(
            { level, reason: reason.trim() },
            {
              onSuccess: () => setDone('saved'),
              onError: (error) => form.failFromServer(error, ['level', 'reason']),
            },
          )
        }
        busy={save.isPending}
        error={save.error}
        submit={t('projects.overrideForm.submit')}
        submitVariant="secondary"
      >
        <SelectField
          id={form.id('level')}
          label={t('projects.overrideForm.level')}
          value={level}
          onChange={(value) => setLevel(value as HealthLevel)}
          options={LEVELS.map((value) => ({ value, label: t(`projects.health.level.${value}`) }))}
          error={form.errors.level}
        />
        <TextArea
          id={form.id('reason')}
          label={t('projects.overrideForm.reason')}
          hint={t('projects.overrideForm.reasonHint')}
          value={reason}
          onChange={setReason}
          rows={3}
          maxLength={1000}
          error={form.errors.reason}
        />
      </Form>
      {current ? (
        <div className="kern-btn-wrapper">
          <ConfirmButton
            question={t('projects.overrideForm.removeQuestion')}
            confirmLabel={t('projects.overrideForm.remove')}
            busy={save.isPending}
            small
            onConfirm={() =>
              save.mutate(null, {
                onSuccess: () => {
                  setReason('');
                  setDone('removed');
                },
              })
            }
          >
            {t('projects.overrideForm.remove')}
          </ConfirmButton>
        </div>
      ) : null}
    </div>
  );
}
