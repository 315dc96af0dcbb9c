import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Task, TaskList } from '../../../../shared/contracts/projects.ts';
import { api } from '../../../api/client.ts';
import { PROJECTS_KEY, tasksKey } from '../project-queries.ts';
import { applyMove, columnsOf, type Move } from './board-order.ts';

const boardKey = (projectId: string) => [...tasksKey(projectId), { sort: 'board' }] as const;

/** The project's cards in board order. */
export function useBoardTasks(projectId: string) {
  return useQuery({
    queryKey: boardKey(projectId),
    queryFn: () => api.get<TaskList>(`/projects/${encodeURIComponent(projectId)}/tasks?sort=board`),
  });
}

export interface BoardMove extends Move {
  blockedReason?: string;
}

/**
 * Moves a card (PATCH /tasks/:id {state, position}): the board shows the move at once and takes it
 * back if the server refuses; afterwards everything about the project is fetched again.
 */
export function useMoveCard(projectId: string) {
  const client = useQueryClient();
  const key = boardKey(projectId);
  return useMutation({
    mutationFn: ({ taskId, state, index, blockedReason }: BoardMove) =>
      api.patch<Task>(`/tasks/${encodeURIComponent(taskId)}`, {
        state,
        position: index,
        ...(blockedReason !== undefined ? { blockedReason } : {}),
      }),
    onMutate: async (move) => {
      await client.cancelQueries({ queryKey: key });
      const before = client.getQueryData<TaskList>(key);
      if (before) {
        const columns = applyMove(columnsOf(before.tasks), move);
        const tasks = (Object.values(columns) as Task[][])
          .flat()
          .map((task) =>
            task.id === move.taskId
              ? { ...task, blockedReason: move.state === 'blocked' ? (move.blockedReason ?? task.blockedReason) : null }
              : task,
          );
        client.setQueryData<TaskList>(key, { ...before, tasks });
      }
      return { before };
    },
    onError: (_error, _move, context) => {
      if (context?.before) client.setQueryData(key, context.before);
    },
    onSettled: () => client.invalidateQueries({ queryKey: PROJECTS_KEY }),
  });
}
