import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TASK_STATES, type Task, type TaskState } from '../../../../shared/contracts/projects.ts';
import { Button } from '../../../ui/button.tsx';
import { useContentLang } from '../../../ui/content-language.ts';
import { DataTable } from '../../../ui/data-table.tsx';
import { Loading } from '../../../ui/loading.tsx';
import { PageTitle } from '../../../ui/page-title.tsx';
import { ProblemAlert } from '../../../ui/problem.tsx';
import { SelectField } from '../../../ui/select-field.tsx';
import { RequireSignIn } from '../../accounts/require-sign-in.tsx';
import { useMyTasks } from '../project-queries.ts';
import { useProjectEvents } from '../use-project-events.ts';
import { LIST_SORTS, type ListSort, type MyTasksSearch, myTasksQueryOf } from './list-search.ts';
import '../projects.css';
import { taskColumns } from './task-columns.tsx';

const route = getRouteApi('/me/tasks');

/** /me/tasks: the tasks given to me in every workspace, open ones unless a state is chosen. */
export function MyTasksPage() {
  const { t } = useTranslation();
  return (
    <RequireSignIn>
      {() => (
        <div className="project-page">
          <PageTitle lead={t('projects.myTasks.lead')}>{t('projects.myTasks.title')}</PageTitle>
          <MyTasks />
        </div>
      )}
    </RequireSignIn>
  );
}

function MyTasks() {
  const { t } = useTranslation();
  const lang = useContentLang();
  const search = route.useSearch();
  const navigate = useNavigate();
  const tasks = useMyTasks(myTasksQueryOf(search));
  useProjectEvents({ myTasks: true });
  return (
    <div className="project-stack">
      <MyTasksFilter
        key={JSON.stringify(search)}
        search={search}
        onApply={(next) => void navigate({ to: '/me/tasks', search: next })}
      />
      <p className="kern-body" role="status">
        {tasks.data ? t('projects.list.count', { count: tasks.data.total }) : ''}
      </p>
      {tasks.isPending ? (
        <Loading />
      ) : tasks.data === undefined ? (
        <ProblemAlert error={tasks.error ?? true} />
      ) : (
        <DataTable<Task>
          caption={t('projects.myTasks.title')}
          captionHidden
          rows={tasks.data.tasks}
          rowKey={(task) => task.id}
          empty={search.state ? t('projects.myTasks.emptyState') : t('projects.myTasks.empty')}
          columns={taskColumns(t, lang, { project: true })}
        />
      )}
    </div>
  );
}

function MyTasksFilter({ search, onApply }: { search: MyTasksSearch; onApply: (search: MyTasksSearch) => void }) {
  const { t } = useTranslation();
  const [state, setState] = useState(search.state ?? '');
  const [sort, setSort] = useState<ListSort>(search.sort ?? 'due');
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    onApply({ state: (state || undefined) as TaskState | undefined, sort: sort === 'due' ? undefined : sort });
  }
  return (
    <form
      className="filter-panel filter-form"
      noValidate
      onSubmit={onSubmit}
      aria-label={t('projects.list.filterLabel')}
    >
      <SelectField
        id="my-tasks-state"
        label={t('projects.list.state')}
        value={state}
        onChange={setState}
        options={[
          { value: '', label: t('projects.myTasks.open') },
          ...TASK_STATES.map((value) => ({ value, label: t(`projects.state.${value}`) })),
        ]}
      />
      <SelectField
        id="my-tasks-sort"
        label={t('projects.list.sort')}
        value={sort}
        onChange={(value) => setSort(value as ListSort)}
        options={LIST_SORTS.map((value) => ({ value, label: t(`projects.list.sorts.${value}`) }))}
      />
      <div className="filter-form__submit kern-btn-wrapper">
        <Button type="submit">{t('projects.list.apply')}</Button>
      </div>
    </form>
  );
}
