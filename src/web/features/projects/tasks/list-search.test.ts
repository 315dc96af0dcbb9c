import { describe, expect, it } from 'vitest';
import { myTasksQueryOf, parseListSearch, parseMyTasksSearch, taskQueryOf } from './list-search.ts';

const person = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';

describe('the task list’s address', () => {
  it('keeps the filters a person chose and drops what the list does not know', () => {
    expect(
      parseListSearch({ state: 'blocked', assignee: person, label: ' Vergabe ', overdue: 'true', sort: 'priority' }),
    ).toEqual({ state: 'blocked', assignee: person, label: 'Vergabe', overdue: true, sort: 'priority' });
    expect(parseListSearch({ state: 'lost', assignee: 'anna', label: '', overdue: 'yes', sort: 'random' })).toEqual({
      state: undefined,
      assignee: undefined,
      label: undefined,
      overdue: undefined,
      sort: undefined,
    });
  });

  it('asks the API by due date unless another order is chosen', () => {
    expect(taskQueryOf({})).toEqual({ sort: 'due' });
    expect(taskQueryOf({ state: 'todo', overdue: true, sort: 'title' })).toEqual({
      state: ['todo'],
      overdue: true,
      sort: 'title',
    });
    expect(myTasksQueryOf(parseMyTasksSearch({ state: 'done' }))).toEqual({ state: ['done'], sort: 'due' });
  });
});
