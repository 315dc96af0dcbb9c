import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreateProjectInput,
  CreateTaskInput,
  MyProjects,
  Project,
  ProjectDetail,
  ProjectList,
  Task,
  TaskAttachment,
  TaskAttachments,
  TaskComment,
  TaskComments,
  TaskList,
  TaskListQuery,
  TaskState,
  UpdateProjectInput,
  UpdateTaskInput,
} from '../../../shared/contracts/projects.ts';
import { api } from '../../api/client.ts';

// The projects' server state. Every key starts with 'projects', so a change anywhere in a project
// (here or, through the realtime event, someone else's) refreshes what shows it.

export const PROJECTS_KEY = ['projects'] as const;
export const workspaceProjectsKey = (workspaceId: string) => ['projects', 'workspace', workspaceId] as const;
export const projectKey = (id: string) => ['projects', 'detail', id] as const;
export const tasksKey = (projectId: string) => ['projects', 'tasks', projectId] as const;
export const taskKey = (id: string) => ['projects', 'task', id] as const;
export const commentsKey = (taskId: string) => ['projects', 'comments', taskId] as const;
/** Under the task's key: whatever refreshes the task (its realtime event, deleting it) takes its files along. */
export const attachmentsKey = (taskId: string) => [...taskKey(taskId), 'attachments'] as const;
export const MY_TASKS_KEY = ['projects', 'my-tasks'] as const;

const enc = encodeURIComponent;

/** A query string with repeated keys for lists (`state=todo&state=blocked`). */
export function listQuery(params: Record<string, string | boolean | readonly string[] | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === '' || value === false) continue;
    if (Array.isArray(value)) for (const item of value) search.append(key, item);
    else search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export function useWorkspaceProjects(workspaceId: string, enabled = true) {
  return useQuery({
    queryKey: workspaceProjectsKey(workspaceId),
    queryFn: async () => (await api.get<ProjectList>(`/workspaces/${enc(workspaceId)}/projects`)).projects,
    enabled,
  });
}

/** Every project I may see in my workspaces (what a task may wait for across workspaces). */
export function useMyProjects(enabled = true) {
  return useQuery({
    queryKey: ['projects', 'mine'] as const,
    queryFn: async () => (await api.get<MyProjects>('/me/projects')).projects,
    enabled,
  });
}

export function useProject(id: string) {
  return useQuery({ queryKey: projectKey(id), queryFn: () => api.get<ProjectDetail>(`/projects/${enc(id)}`) });
}

export function useTasks(projectId: string, filter: TaskListQuery = {}, enabled = true) {
  return useQuery({
    queryKey: [...tasksKey(projectId), filter],
    queryFn: () =>
      api.get<TaskList>(
        `/projects/${enc(projectId)}/tasks${listQuery({
          state: filter.state,
          assignee: filter.assignee,
          label: filter.label,
          milestone: filter.milestone,
          overdue: filter.overdue,
          sort: filter.sort,
        })}`,
      ),
    enabled,
  });
}

export function useTask(id: string) {
  return useQuery({ queryKey: taskKey(id), queryFn: () => api.get<Task>(`/tasks/${enc(id)}`) });
}

export function useComments(taskId: string) {
  return useQuery({
    queryKey: commentsKey(taskId),
    queryFn: async () => (await api.get<TaskComments>(`/tasks/${enc(taskId)}/comments`)).comments,
  });
}

export function useMyTasks(filter: { state?: TaskState[] | undefined; sort?: string | undefined }) {
  return useQuery({
    queryKey: [...MY_TASKS_KEY, filter],
    queryFn: () => api.get<TaskList>(`/me/tasks${listQuery({ state: filter.state, sort: filter.sort })}`),
  });
}

/** After a change: the project's own answers, its workspace's list and my tasks are fetched again. */
function useRefreshProjects() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: PROJECTS_KEY });
}

export function useCreateProject(workspaceId: string) {
  const refresh = useRefreshProjects();
  return useMutation({
    mutationFn: (input: CreateProjectInput) => api.post<Project>(`/workspaces/${enc(workspaceId)}/projects`, input),
    onSuccess: refresh,
  });
}

/** A write to a project that answers the project as it is afterwards (settings, milestones, notes…). */
function useProjectWrite<T>(projectId: string, write: (input: T) => Promise<ProjectDetail>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (detail) => {
      client.setQueryData(projectKey(projectId), detail);
      return client.invalidateQueries({ queryKey: PROJECTS_KEY });
    },
  });
}

export function useUpdateProject(projectId: string) {
  return useProjectWrite(projectId, (input: UpdateProjectInput) =>
    api.patch<ProjectDetail>(`/projects/${enc(projectId)}`, input),
  );
}

/**
 * Deletes a project. `then` (leaving its pages) runs before anything is fetched again, so that no page
 * of the project asks for it once more and shows "not found".
 */
export function useDeleteProject(then: () => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/projects/${enc(id)}`),
    onSuccess: async (_, id) => {
      await then();
      client.removeQueries({ queryKey: projectKey(id) });
      await client.invalidateQueries({ queryKey: PROJECTS_KEY });
    },
  });
}

export function useAddMilestone(projectId: string) {
  return useProjectWrite(projectId, (input: { name: string; date: string }) =>
    api.post<ProjectDetail>(`/projects/${enc(projectId)}/milestones`, input),
  );
}

export function useUpdateMilestone(projectId: string) {
  return useProjectWrite(projectId, ({ id, ...input }: { id: string; name?: string; date?: string; done?: boolean }) =>
    api.patch<ProjectDetail>(`/milestones/${enc(id)}`, input),
  );
}

export function useDeleteMilestone(projectId: string) {
  return useProjectWrite(projectId, (id: string) => api.delete<ProjectDetail>(`/milestones/${enc(id)}`));
}

export function useAddBaseline(projectId: string) {
  return useProjectWrite(projectId, (name: string) =>
    api.post<ProjectDetail>(`/projects/${enc(projectId)}/baselines`, { name }),
  );
}

export function useAddStatusNote(projectId: string) {
  return useProjectWrite(projectId, (text: string) =>
    api.post<ProjectDetail>(`/projects/${enc(projectId)}/status-notes`, { text }),
  );
}

export function useSetOverride(projectId: string) {
  return useProjectWrite(projectId, (input: { level: 'green' | 'amber' | 'red'; reason: string } | null) =>
    input
      ? api.put<ProjectDetail>(`/projects/${enc(projectId)}/health-override`, input)
      : api.delete<ProjectDetail>(`/projects/${enc(projectId)}/health-override`),
  );
}

export function useCreateTask(projectId: string) {
  const refresh = useRefreshProjects();
  return useMutation({
    mutationFn: (input: CreateTaskInput) => api.post<Task>(`/projects/${enc(projectId)}/tasks`, input),
    onSuccess: refresh,
  });
}

/** Changes a task; the task's own answer is put in place at once, the lists follow. */
export function useUpdateTask() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...input }: UpdateTaskInput & { id: string }) => api.patch<Task>(`/tasks/${enc(id)}`, input),
    onSuccess: (task) => {
      client.setQueryData(taskKey(task.id), task);
      return client.invalidateQueries({ queryKey: PROJECTS_KEY });
    },
  });
}

export function useSetDependencies() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, dependsOn }: { id: string; dependsOn: string[] }) =>
      api.put<Task>(`/tasks/${enc(id)}/dependencies`, { dependsOn }),
    onSuccess: (task) => {
      client.setQueryData(taskKey(task.id), task);
      return client.invalidateQueries({ queryKey: PROJECTS_KEY });
    },
  });
}

/** Deletes a task; `then` (leaving its page) runs first, as for a project. */
export function useDeleteTask(then: () => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/tasks/${enc(id)}`),
    onSuccess: async (_, id) => {
      await then();
      client.removeQueries({ queryKey: taskKey(id) });
      await client.invalidateQueries({ queryKey: PROJECTS_KEY });
    },
  });
}

export function useAddComment(taskId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => api.post<TaskComment>(`/tasks/${enc(taskId)}/comments`, { body }),
    onSuccess: () => client.invalidateQueries({ queryKey: PROJECTS_KEY }),
  });
}

export function useAttachments(taskId: string) {
  return useQuery({
    queryKey: attachmentsKey(taskId),
    queryFn: async () => (await api.get<TaskAttachments>(`/tasks/${enc(taskId)}/attachments`)).attachments,
  });
}

/** Attaches one file to the task; the task (its count) and the lists follow. */
export function useUploadAttachment(taskId: string) {
  const refresh = useRefreshProjects();
  return useMutation({
    mutationFn: (file: File) => api.upload<TaskAttachment>(`/tasks/${enc(taskId)}/attachments`, file),
    onSuccess: refresh,
  });
}

export function useRemoveAttachment() {
  const refresh = useRefreshProjects();
  return useMutation({
    mutationFn: (attachment: TaskAttachment) => api.delete(`/task-attachments/${enc(attachment.id)}`),
    onSuccess: refresh,
  });
}
