import { describe, expect, it } from 'vitest';
import type { TaskState } from '../../../../shared/contracts/projects.ts';
import { applyMove, columnsOf, dropIndex, othersIn, placeOf } from './board-order.ts';

const card = (id: string, state: TaskState, position: number) => ({ id, state, position });
const ids = (list: Array<{ id: string }>) => list.map((task) => task.id);

const board = () =>
  columnsOf([
    card('b', 'todo', 1),
    card('a', 'todo', 0),
    card('c', 'todo', 2),
    card('x', 'in_progress', 0),
    card('d', 'done', 0),
  ]);

describe('the board’s order', () => {
  it('puts the cards in their columns by position', () => {
    const columns = board();
    expect(ids(columns.todo)).toEqual(['a', 'b', 'c']);
    expect(ids(columns.in_progress)).toEqual(['x']);
    expect(columns.blocked).toEqual([]);
  });

  it('moves a card into another column at the place asked for and renumbers both columns', () => {
    const next = applyMove(board(), { taskId: 'b', state: 'in_progress', index: 0 });
    expect(ids(next.todo)).toEqual(['a', 'c']);
    expect(next.todo.map((t) => t.position)).toEqual([0, 1]);
    expect(next.in_progress).toEqual([card('b', 'in_progress', 0), card('x', 'in_progress', 1)]);
  });

  it('moves a card within its column, counting places without the card itself', () => {
    expect(ids(applyMove(board(), { taskId: 'a', state: 'todo', index: 2 }).todo)).toEqual(['b', 'c', 'a']);
    expect(ids(applyMove(board(), { taskId: 'c', state: 'todo', index: 0 }).todo)).toEqual(['c', 'a', 'b']);
  });

  it('puts a card asked to go past the end at the bottom, and leaves the board alone for an unknown card', () => {
    expect(ids(applyMove(board(), { taskId: 'a', state: 'blocked', index: 9 }).blocked)).toEqual(['a']);
    const columns = board();
    expect(applyMove(columns, { taskId: 'zz', state: 'done', index: 0 })).toBe(columns);
  });

  it('knows where a card stands and what it can be placed next to', () => {
    expect(placeOf(board(), 'c')).toEqual({ taskId: 'c', state: 'todo', index: 2 });
    expect(placeOf(board(), 'zz')).toBeNull();
    expect(ids(othersIn(board(), 'todo', 'b'))).toEqual(['a', 'c']);
  });

  it('drops a dragged card before the first card whose middle lies below the pointer', () => {
    expect(dropIndex([100, 200, 300], 50)).toBe(0);
    expect(dropIndex([100, 200, 300], 150)).toBe(1);
    expect(dropIndex([100, 200, 300], 350)).toBe(3);
    expect(dropIndex([], 10)).toBe(0);
  });
});
