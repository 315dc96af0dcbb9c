import { TASK_STATES, type TaskState } from '../../../../shared/contracts/projects.ts';

/** What the board needs of a card to place it. */
export interface Placed {
  id: string;
  state: TaskState;
  position: number;
}

export type Columns<T extends Placed> = Record<TaskState, T[]>;

/** The cards column by column, each column in the cards' order (position, then as the server listed them). */
export function columnsOf<T extends Placed>(tasks: readonly T[]): Columns<T> {
  const columns = Object.fromEntries(TASK_STATES.map((state) => [state, [] as T[]])) as Columns<T>;
  for (const task of tasks) columns[task.state]?.push(task);
  for (const state of TASK_STATES) columns[state].sort((a, b) => a.position - b.position);
  return columns;
}

/** A move: the card, its column afterwards and its place there (0: top), counted without the card itself. */
export interface Move {
  taskId: string;
  state: TaskState;
  index: number;
}

/**
 * The board after a move, as the server will have it: the card leaves its column and enters the
 * target at `index` (clamped to the column), and every card of both columns gets its new position.
 */
export function applyMove<T extends Placed>(columns: Columns<T>, move: Move): Columns<T> {
  const card = TASK_STATES.flatMap((state) => columns[state]).find((task) => task.id === move.taskId);
  if (!card) return columns;
  const next = { ...columns };
  next[card.state] = columns[card.state].filter((task) => task.id !== card.id);
  const target = next[move.state].filter((task) => task.id !== card.id);
  const index = Math.max(0, Math.min(move.index, target.length));
  target.splice(index, 0, { ...card, state: move.state });
  next[move.state] = target;
  for (const state of new Set([card.state, move.state])) {
    next[state] = next[state].map((task, position) => ({ ...task, position }));
  }
  return next;
}

/** Where a card stands: its column and its place in it. */
export function placeOf<T extends Placed>(columns: Columns<T>, taskId: string): Move | null {
  for (const state of TASK_STATES) {
    const index = columns[state].findIndex((task) => task.id === taskId);
    if (index >= 0) return { taskId, state, index };
  }
  return null;
}

/** The cards a moved card can be put before or after in a column (the card itself left out). */
export function othersIn<T extends Placed>(columns: Columns<T>, state: TaskState, taskId: string): T[] {
  return columns[state].filter((task) => task.id !== taskId);
}

/**
 * The place in a column a pointer points at while dragging: before the first card whose middle lies
 * below the pointer, else at the bottom. `middles` are the cards' vertical middles, the dragged card's left out.
 */
export function dropIndex(middles: readonly number[], pointerY: number): number {
  const index = middles.findIndex((middle) => pointerY < middle);
  return index === -1 ? middles.length : index;
}
