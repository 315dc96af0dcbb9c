import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TASK_STATES, type TaskState } from '../../../../shared/contracts/projects.ts';
import { Button } from '../../../ui/button.tsx';
import { SelectField } from '../../../ui/select-field.tsx';
import { LIST_SORTS, type ListSearch, type ListSort } from './list-search.ts';

/** The list's filters (state, assignee, label, overdue) and its order; applied with the button, kept in the address. */
export function TaskFilters({
  search,
  people,
  labels,
  onApply,
}: {
  search: ListSearch;
  people: ReadonlyArray<{ id: string; name: string }>;
  labels: readonly string[];
  onApply: (search: ListSearch) => void;
}) {
  const { t } = useTranslation();
  const [state, setState] = useState(search.state ?? '');
  const [assignee, setAssignee] = useState(search.assignee ?? '');
  const [label, setLabel] = useState(search.label ?? '');
  const [overdue, setOverdue] = useState(Boolean(search.overdue));
  const [sort, setSort] = useState<ListSort>(search.sort ?? 'due');
  const filtered = Boolean(search.state || search.assignee || search.label || search.overdue);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    onApply({
      state: (state || undefined) as TaskState | undefined,
      assignee: assignee || undefined,
      label: label || undefined,
      overdue: overdue || undefined,
      sort: sort === 'due' ? undefined : sort,
    });
  }

  const labelOptions = [...new Set([...labels, ...(search.label ? [search.label] : [])])].sort((a, b) =>
    a.localeCompare(b, 'de'),
  );
  return (
    <form
      className="filter-panel task-filters"
      noValidate
      onSubmit={onSubmit}
      aria-label={t('projects.list.filterLabel')}
    >
      <div className="task-filters__fields">
        <SelectField
          id="task-filter-state"
          label={t('projects.list.state')}
          value={state}
          onChange={setState}
          options={[
            { value: '', label: t('projects.list.allStates') },
            ...TASK_STATES.map((value) => ({ value, label: t(`projects.state.${value}`) })),
          ]}
        />
        <SelectField
          id="task-filter-assignee"
          label={t('projects.list.assignee')}
          value={assignee}
          onChange={setAssignee}
          options={[
            { value: '', label: t('projects.list.anyone') },
            ...people.map((person) => ({ value: person.id, label: person.name })),
          ]}
        />
        <SelectField
          id="task-filter-label"
          label={t('projects.list.label')}
          value={label}
          onChange={setLabel}
          options={[
            { value: '', label: t('projects.list.anyLabel') },
            ...labelOptions.map((value) => ({ value, label: value })),
          ]}
        />
        <SelectField
          id="task-filter-sort"
          label={t('projects.list.sort')}
          value={sort}
          onChange={(value) => setSort(value as ListSort)}
          options={LIST_SORTS.map((value) => ({ value, label: t(`projects.list.sorts.${value}`) }))}
        />
      </div>
      <div className="kern-form-check task-filters__overdue">
        <input
          className="kern-form-check__checkbox"
          type="checkbox"
          id="task-filter-overdue"
          checked={overdue}
          onChange={(event) => setOverdue(event.target.checked)}
        />
        <label className="kern-label" htmlFor="task-filter-overdue">
          {t('projects.list.overdueOnly')}
        </label>
      </div>
      <div className="kern-btn-wrapper">
        <Button type="submit">{t('projects.list.apply')}</Button>
        {filtered ? (
          <Button variant="tertiary" onClick={() => onApply({ sort: search.sort })}>
            {t('projects.list.reset')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
