import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import {
  CommentInput,
  CreateTaskInput,
  DependenciesInput,
  MyTasksQuery,
  ProjectParams,
  Task,
  TaskComment,
  TaskComments,
  TaskList,
  TaskListQuery,
  TaskParams,
  UpdateTaskInput,
} from '../../../../shared/contracts/projects.ts';
import type { Deps } from '../../../deps.ts';
import { problems } from '../../../platform/http/problem-schema.ts';
import { createTask } from './create-task.ts';
import { deleteTask } from './delete-task.ts';
import { listTasks } from './list-tasks.ts';
import { myTasks } from './my-tasks.ts';
import { setDependencies } from './set-dependencies.ts';
import { taskFor } from './task-access.ts';
import { addComment, listComments } from './task-comments.ts';
import { type TaskRow, taskViews } from './task-view.ts';
import { updateTask } from './update-task.ts';

const tags = ['projects'];

/** Tasks of projects: the board and list, one task, its dependencies and comments, and my tasks. */
export async function taskRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.get(
    '/projects/:id/tasks',
    {
      schema: {
        tags,
        summary: 'A project’s tasks, filtered and sorted (board: column by column, each card in its place)',
        params: ProjectParams,
        querystring: TaskListQuery,
        response: { 200: TaskList, ...problems(400, 401, 404) },
      },
    },
    async (request) => listTasks(deps.db, request.principal, request.params.id, request.query),
  );

  r.post(
    '/projects/:id/tasks',
    {
      schema: {
        tags,
        summary: 'Add a task at the bottom of its column (whoever works on the project)',
        params: ProjectParams,
        body: CreateTaskInput,
        response: { 201: Task, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createTask(deps.db, request.principal, request.params.id, request.body)),
  );

  r.get(
    '/me/tasks',
    {
      schema: {
        tags,
        summary: 'The tasks given to me across all workspaces (open ones unless states are asked for)',
        querystring: MyTasksQuery,
        response: { 200: TaskList, ...problems(400, 401) },
      },
    },
    async (request) => myTasks(deps.db, request.principal, request.query),
  );

  r.get(
    '/tasks/:id',
    {
      schema: {
        tags,
        summary: 'One task',
        params: TaskParams,
        response: { 200: Task, ...problems(400, 401, 404) },
      },
    },
    async (request) =>
      deps.db.transaction(async (tx) => {
        const { task } = await taskFor(tx, request.principal, request.params.id, 'see');
        return (await taskViews(tx, [task as TaskRow]))[0] as Task;
      }),
  );

  r.patch(
    '/tasks/:id',
    {
      schema: {
        tags,
        summary:
          'Change a task: fields, state (blocked needs a reason), its place on the board; assigneeIds replaces the assignees',
        params: TaskParams,
        body: UpdateTaskInput,
        response: { 200: Task, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => updateTask(deps.db, request.principal, request.params.id, request.body),
  );

  r.delete(
    '/tasks/:id',
    {
      schema: {
        tags,
        summary: 'Delete a task with its comments',
        params: TaskParams,
        response: { 204: Type.Null(), ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await deleteTask(deps.db, request.principal, request.params.id);
      return reply.code(204).send(null);
    },
  );

  r.put(
    '/tasks/:id/dependencies',
    {
      schema: {
        tags,
        summary:
          'Set what the task waits for (finish-to-start), also tasks of other projects I see; a cycle is refused and named',
        params: TaskParams,
        body: DependenciesInput,
        response: { 200: Task, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => setDependencies(deps.db, request.principal, request.params.id, request.body.dependsOn),
  );

  r.get(
    '/tasks/:id/comments',
    {
      schema: {
        tags,
        summary: 'A task’s comments, oldest first',
        params: TaskParams,
        response: { 200: TaskComments, ...problems(400, 401, 404) },
      },
    },
    async (request) => listComments(deps.db, request.principal, request.params.id),
  );

  r.post(
    '/tasks/:id/comments',
    {
      schema: {
        tags,
        summary: 'Comment on a task (Markdown); people mentioned as @Name who see the project are notified',
        params: TaskParams,
        body: CommentInput,
        response: { 201: TaskComment, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addComment(deps.db, request.principal, request.params.id, request.body.body)),
  );
}
