import { and, eq, isNull } from 'drizzle-orm';
import type { LinkTargetKind } from '../../../../shared/contracts/documents.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { canSee } from '../../atlas/policy.ts';
import { findById as findCooperation } from '../../atlas/queries.ts';
import { atlasViewerOf } from '../../atlas/viewer.ts';
import { loadAccess } from '../../chat/access.ts';
import { canRead } from '../../chat/policy.ts';
import { messages } from '../../chat/tables.ts';
import { taskFor } from '../../projects/tasks/task-access.ts';

export interface TargetRef {
  kind: LinkTargetKind;
  id: string;
}

/** A message, task or atlas record as a link shows it: its title and where the web app shows it. */
export interface LinkTarget extends TargetRef {
  title: string;
  href: string;
}

const TITLE_MAX = 80;

/** A message's beginning, on one line, cut at a word. */
function messageTitle(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= TITLE_MAX) return line;
  const cut = line.slice(0, TITLE_MAX);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), TITLE_MAX / 2))} …`;
}

/**
 * The target if the person may see it now, by each feature's own rule: a message of a channel they
 * may read (chat/access.ts; deleted messages are gone), a task of a project they see
 * (projects/tasks/task-access.ts), an atlas record they see (atlas/policy.ts canSee: published, or
 * as a partner or platform admin). Null otherwise, whether it exists or not.
 */
export async function visibleTarget(tx: Tx, principal: Principal, target: TargetRef): Promise<LinkTarget | null> {
  switch (target.kind) {
    case 'message': {
      const [message] = await tx
        .select({ channelId: messages.channelId, text: messages.text, threadRootId: messages.threadRootId })
        .from(messages)
        .where(and(eq(messages.id, target.id), isNull(messages.deletedAt)));
      if (!message) return null;
      const access = await loadAccess(tx, message.channelId, principal.personId);
      if (!access || !canRead(access)) return null;
      const params = new URLSearchParams({ message: target.id });
      if (message.threadRootId) params.set('thread', message.threadRootId);
      return { ...target, title: messageTitle(message.text), href: `/chat/${message.channelId}?${params}` };
    }
    case 'task': {
      try {
        const { task } = await taskFor(tx, principal, target.id, 'see');
        return { ...target, title: task.title, href: `/projects/${task.projectId}/tasks/${task.id}` };
      } catch (error) {
        if ((error as { status?: number }).status === 404) return null;
        throw error;
      }
    }
    case 'cooperation': {
      const record = await findCooperation(tx, target.id);
      if (!record || !canSee(await atlasViewerOf(tx, principal), record)) return null;
      return { ...target, title: record.title, href: `/atlas/${record.slug}` };
    }
  }
}

/** The targets the person may see, in the order given (a document's links, one by one: there are few). */
export async function visibleTargets(
  tx: Tx,
  principal: Principal,
  targets: readonly TargetRef[],
): Promise<LinkTarget[]> {
  const seen: LinkTarget[] = [];
  for (const target of targets) {
    const found = await visibleTarget(tx, principal, target);
    if (found) seen.push(found);
  }
  return seen;
}
