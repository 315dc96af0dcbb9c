import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { RealtimeMessage } from '../realtime/realtime-client.ts';
import { useRealtimeEvents } from '../realtime/use-realtime.tsx';
import { commentsKey, MY_TASKS_KEY, projectKey, taskKey, tasksKey, workspaceProjectsKey } from './project-queries.ts';

/** Several events of one burst (a drag moves neighbours too) are fetched for once. */
const REFETCH_AFTER_MS = 150;

/** What a page watches: one project (board, list, task), a workspace's projects, or my tasks everywhere. */
export interface ProjectWatch {
  projectId?: string | undefined;
  workspaceId?: string | undefined;
  myTasks?: boolean;
}

/**
 * While a page is open, fetches again what `project.changed` says is stale: the event names the
 * project, its workspace and, for a task, the task; it carries no content of its own.
 */
export function useProjectEvents(watch: ProjectWatch) {
  const client = useQueryClient();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const stale = useRef(new Set<string>());

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  function later(key: readonly unknown[]) {
    stale.current.add(JSON.stringify(key));
    if (timer.current) return;
    timer.current = setTimeout(() => {
      timer.current = null;
      const keys = [...stale.current].map((k) => JSON.parse(k) as unknown[]);
      stale.current.clear();
      for (const queryKey of keys) void client.invalidateQueries({ queryKey });
    }, REFETCH_AFTER_MS);
  }

  useRealtimeEvents((event: RealtimeMessage) => {
    if (event.type !== 'project.changed') return;
    const projectId = typeof event.projectId === 'string' ? event.projectId : '';
    const workspaceId = typeof event.workspaceId === 'string' ? event.workspaceId : '';
    const taskId = typeof event.taskId === 'string' ? event.taskId : '';
    if (watch.projectId && projectId === watch.projectId) {
      later(projectKey(projectId));
      later(tasksKey(projectId));
      if (taskId) {
        later(taskKey(taskId));
        later(commentsKey(taskId));
      }
    }
    if (watch.workspaceId && workspaceId === watch.workspaceId) later(workspaceProjectsKey(workspaceId));
    if (watch.myTasks) later(MY_TASKS_KEY);
  });
}
