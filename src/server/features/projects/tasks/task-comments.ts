import { asc, eq, inArray } from 'drizzle-orm';
import type { TaskComment, TaskComments } from '../../../../shared/contracts/projects.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import { persons } from '../../../platform/auth/tables.ts';
import type { Db } from '../../../platform/db/client.ts';
import { newId } from '../../../platform/db/ids.ts';
import { renderMessage } from '../../chat/messages/markdown.ts';
import { resolveMentions } from '../../chat/messages/mentions.ts';
import { notify } from '../../notifications/notify.ts';
import { projectPeople } from '../project-people.ts';
import { refreshProject } from '../refresh-project.ts';
import { projectTaskComments } from '../tables.ts';
import { taskFor } from './task-access.ts';

/** A task's comments, oldest first (whoever sees the project). */
export async function listComments(db: Db, principal: Principal | null, taskId: string): Promise<TaskComments> {
  return db.transaction(async (tx) => {
    const { task, project } = await taskFor(tx, principal, taskId, 'see');
    const rows = await tx
      .select({
        id: projectTaskComments.id,
        body: projectTaskComments.body,
        createdAt: projectTaskComments.createdAt,
        authorId: projectTaskComments.authorId,
        authorName: persons.name,
      })
      .from(projectTaskComments)
      .leftJoin(persons, eq(persons.id, projectTaskComments.authorId))
      .where(eq(projectTaskComments.taskId, task.id))
      .orderBy(asc(projectTaskComments.createdAt), asc(projectTaskComments.id));
    const people = rows.some((r) => r.body.includes('@')) ? await projectPeople(tx, project) : [];
    return {
      comments: rows.map((row) => commentView(row, people)),
    };
  });
}

function commentView(
  row: { id: string; body: string; createdAt: Date; authorId: string; authorName: string | null },
  people: readonly { id: string; name: string }[],
): TaskComment {
  const named = new Set(resolveMentions(row.body, people).personIds);
  const mentions = people.filter((p) => named.has(p.id));
  return {
    id: row.id,
    author: row.authorName ? { id: row.authorId, name: row.authorName } : null,
    body: row.body,
    html: renderMessage(row.body, mentions),
    mentions,
    createdAt: row.createdAt.toISOString(),
  };
}

/** A comment on a task; the people it mentions as `@Name` (who see the project) are notified. */
export async function addComment(
  db: Db,
  principal: Principal | null,
  taskId: string,
  body: string,
): Promise<TaskComment> {
  return db.transaction(async (tx) => {
    const { task, project } = await taskFor(tx, principal, taskId, 'work', true);
    const authorId = principal?.personId as string;
    const [row] = await tx
      .insert(projectTaskComments)
      .values({ id: newId(), taskId: task.id, authorId, body })
      .returning();
    const people = body.includes('@') ? await projectPeople(tx, project) : [];
    const mentioned = resolveMentions(body, people).personIds.filter((id) => id !== authorId);
    const [author] = await tx
      .select({ name: persons.name })
      .from(persons)
      .where(inArray(persons.id, [authorId]));
    await notify(tx, mentioned, {
      kind: 'task-mention',
      data: {
        actorName: author?.name ?? '',
        title: task.title,
        projectName: project.name,
        excerpt: body.slice(0, 200),
      },
      link: `/projects/${project.id}/tasks/${task.id}`,
    });
    await refreshProject(tx, project.id, { kind: 'task', taskId: task.id });
    return commentView(
      { ...(row as typeof projectTaskComments.$inferSelect), authorName: author?.name ?? null },
      people,
    );
  });
}
