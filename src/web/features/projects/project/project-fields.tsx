import { useTranslation } from 'react-i18next';
import { PROJECT_STATUSES, type ProjectStatus } from '../../../../shared/contracts/projects.ts';
import { SelectField } from '../../../ui/select-field.tsx';
import { TextArea } from '../../../ui/text-area.tsx';
import { TextField } from '../../../ui/text-field.tsx';
import type { FormErrors } from '../../../ui/use-form-errors.ts';

export interface ProjectBasics {
  name: string;
  goal: string;
  startDate: string;
  endDate: string;
  status: ProjectStatus;
}

export const BASIC_FIELDS = ['name', 'goal', 'startDate', 'endDate', 'status'];

/** The checks before sending: a name, and an end that does not lie before the start. */
export function checkBasics(t: (key: string) => string, basics: ProjectBasics) {
  return {
    name: basics.name.trim() ? undefined : t('projects.form.nameRequired'),
    endDate:
      basics.startDate && basics.endDate && basics.endDate < basics.startDate
        ? t('projects.problems.beforeStart')
        : undefined,
  };
}

/** What the API takes of the basics: trimmed text, no dates for empty fields. */
export function basicsInput(basics: ProjectBasics) {
  return {
    name: basics.name.trim(),
    goal: basics.goal.trim(),
    startDate: basics.startDate || null,
    endDate: basics.endDate || null,
    status: basics.status,
  };
}

/** Name, goal, start and end, status: the fields of starting a project and of its settings. */
export function ProjectBasicsFields({
  form,
  value,
  onChange,
}: {
  form: FormErrors;
  value: ProjectBasics;
  onChange: (next: ProjectBasics) => void;
}) {
  const { t } = useTranslation();
  const set = (patch: Partial<ProjectBasics>) => onChange({ ...value, ...patch });
  return (
    <>
      <TextField
        id={form.id('name')}
        label={t('projects.form.name')}
        hint={t('projects.form.nameHint')}
        value={value.name}
        onChange={(name) => set({ name })}
        maxLength={200}
        error={form.errors.name}
      />
      <TextArea
        id={form.id('goal')}
        label={t('projects.form.goal')}
        hint={t('projects.form.goalHint')}
        value={value.goal}
        onChange={(goal) => set({ goal })}
        rows={3}
        maxLength={5000}
        optional
        error={form.errors.goal}
      />
      <div className="project-form-row">
        <TextField
          id={form.id('startDate')}
          type="date"
          label={t('projects.form.start')}
          value={value.startDate}
          onChange={(startDate) => set({ startDate })}
          optional
          error={form.errors.startDate}
        />
        <TextField
          id={form.id('endDate')}
          type="date"
          label={t('projects.form.end')}
          value={value.endDate}
          onChange={(endDate) => set({ endDate })}
          optional
          error={form.errors.endDate}
        />
      </div>
      <SelectField
        id={form.id('status')}
        label={t('projects.form.status')}
        value={value.status}
        onChange={(status) => set({ status: status as ProjectStatus })}
        options={PROJECT_STATUSES.map((status) => ({ value: status, label: t(`projects.status.${status}`) }))}
        error={form.errors.status}
      />
    </>
  );
}
