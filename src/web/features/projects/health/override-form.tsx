import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HealthLevel, ProjectDetail } from '../../../../shared/contracts/projects.ts';
import { ConfirmButton } from '../../../ui/confirm-button.tsx';
import { Form } from '../../../ui/form.tsx';
import { ProblemAlert } from '../../../ui/problem.tsx';
import { SelectField } from '../../../ui/select-field.tsx';
import { TextArea } from '../../../ui/text-area.tsx';
import { useFormErrors } from '../../../ui/use-form-errors.ts';
import { useSetOverride } from '../project-queries.ts';

const LEVELS: HealthLevel[] = ['green', 'amber', 'red'];

/** For the lead and the workspace's owners: override the computed colour with a written reason (required). */
export function OverrideForm({ project, onSaved }: { project: ProjectDetail; onSaved: () => void }) {
  const { t } = useTranslation();
  const current = project.health.override;
  const [level, setLevel] = useState<HealthLevel>(current?.level ?? 'amber');
  const [reason, setReason] = useState(current?.reason ?? '');
  const form = useFormErrors('override');
  const save = useSetOverride(project.id);
  return (
    <div className="health-panel__override-form">
      <h3 className="kern-heading-small">
        {current ? t('projects.overrideForm.changeTitle') : t('projects.overrideForm.title')}
      </h3>
      <p className="kern-body">{t('projects.overrideForm.lead')}</p>
      <Form
        form={form}
        check={() => ({
          reason: reason.trim().length >= 3 ? undefined : t('projects.overrideForm.reasonRequired'),
        })}
        onValid={() =>
          save.mutate(
            { level, reason: reason.trim() },
            { onSuccess: onSaved, onError: (error) => form.failFromServer(error, ['level', 'reason']) },
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
    </div>
  );
}

/** Takes the override back, after asking: the computed colour shows alone again. */
export function RemoveOverride({ busy, error, onRemove }: { busy: boolean; error: unknown; onRemove: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <ProblemAlert error={error} />
      <ConfirmButton
        question={t('projects.overrideForm.removeQuestion')}
        confirmLabel={t('projects.overrideForm.remove')}
        busy={busy}
        small
        onConfirm={onRemove}
      >
        {t('projects.overrideForm.remove')}
      </ConfirmButton>
    </>
  );
}
