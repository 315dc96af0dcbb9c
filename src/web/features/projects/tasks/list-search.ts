import {
  type MyTasksQuery,
  TASK_STATES,
  type TaskListQuery,
  type TaskState,
} from '../../../../shared/contracts/projects.ts';

// The list's filters and order live in the address, so a filtered list can be bookmarked and sent.

export const LIST_SORTS = ['due', 'priority', 'updated', 'title'] as const;
export type ListSort = (typeof LIST_SORTS)[number];

export interface ListSearch {
  state?: TaskState | undefined;
  assignee?: string | undefined;
  label?: string | undefined;
  overdue?: boolean | undefined;
  sort?: ListSort | undefined;
}

export interface MyTasksSearch {
  state?: TaskState | undefined;
  sort?: ListSort | undefined;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const state = (value: unknown) =>
  typeof value === 'string' && (TASK_STATES as readonly string[]).includes(value) ? (value as TaskState) : undefined;
const sort = (value: unknown) =>
  typeof value === 'string' && (LIST_SORTS as readonly string[]).includes(value) ? (value as ListSort) : undefined;

/** Accepts from the address only what the list understands. */
export function parseListSearch(search: Record<string, unknown>): ListSearch {
  const label = typeof search.label === 'string' ? search.label.trim().slice(0, 40) : '';
  return {
    state: state(search.state),
    assignee: typeof search.assignee === 'string' && UUID.test(search.assignee) ? search.assignee : undefined,
    label: label || undefined,
    overdue: search.overdue === true || search.overdue === 'true' ? true : undefined,
    sort: sort(search.sort),
  };
}

export function parseMyTasksSearch(search: Record<string, unknown>): MyTasksSearch {
  return { state: state(search.state), sort: sort(search.sort) };
}

/** The API's query for a list search (due date first unless another order is asked for). */
export function taskQueryOf(search: ListSearch): TaskListQuery {
  return {
    ...(search.state ? { state: [search.state] } : {}),
    ...(search.assignee ? { assignee: search.assignee } : {}),
    ...(search.label ? { label: search.label } : {}),
    ...(search.overdue ? { overdue: true } : {}),
    sort: search.sort ?? 'due',
  };
}

export function myTasksQueryOf(search: MyTasksSearch): MyTasksQuery {
  return { ...(search.state ? { state: [search.state] } : {}), sort: search.sort ?? 'due' };
}
