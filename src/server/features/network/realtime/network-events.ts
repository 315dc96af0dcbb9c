import { eq } from 'drizzle-orm';
import {
  QUESTION_CHANGED,
  type QuestionChange,
  type QuestionPostKind,
  WIKI_PAGE_CHANGED,
  type WikiChange,
} from '../../../../shared/contracts/network-realtime.ts';
import { persons } from '../../../platform/auth/tables.ts';
import type { Tx } from '../../../platform/db/client.ts';
import type { Audience } from '../../../platform/events/event.ts';
import { emit } from '../../../platform/events/outbox.ts';

// The network's live events, written in the change's transaction and published after its commit. They
// name what changed and who did it, never a post's text: the pages fetch again through their read paths.

export interface QuestionChangeEvent {
  questionId: string;
  change: QuestionChange;
  postKind?: QuestionPostKind;
  postId?: string;
  actor?: { id: string; name?: string };
  state?: 'published' | 'pending';
}

/** Who hears of a change: those who see the post it concerns, else those who read the question. */
function audienceOf(event: QuestionChangeEvent): Audience {
  return event.postKind && event.postId
    ? { kind: 'network-post', postKind: event.postKind, postId: event.postId }
    : { kind: 'network-question', questionId: event.questionId };
}

async function nameOf(tx: Tx, personId: string): Promise<string> {
  const [row] = await tx.select({ name: persons.name }).from(persons).where(eq(persons.id, personId));
  return row?.name ?? '';
}

/**
 * Tells those looking at a question's page that something on it changed (`network.question.changed`).
 * By default it reaches whoever sees the post the change concerns (a held answer: its author and the
 * moderators only); `audience` overrides that where the post is no longer seen but its disappearance
 * must be (hiding: see `hiddenAudience`).
 */
export async function announceQuestionChange(tx: Tx, event: QuestionChangeEvent, audience?: Audience): Promise<void> {
  const actor = event.actor
    ? { actorId: event.actor.id, actorName: event.actor.name ?? (await nameOf(tx, event.actor.id)) }
    : {};
  await emit(tx, {
    type: QUESTION_CHANGED,
    payload: {
      questionId: event.questionId,
      change: event.change,
      ...(event.postKind ? { postKind: event.postKind } : {}),
      ...(event.postId ? { postId: event.postId } : {}),
      ...actor,
      ...(event.state ? { state: event.state } : {}),
    },
    audience: audience ?? audienceOf(event),
  });
}

/**
 * Who must hear that a post was hidden: whoever saw what it hangs on (a question: its community's
 * readers; an answer: the question's readers; a comment: whoever sees the post it is on), who saw the
 * post while it was published. Those who still see it (its author, the moderators) are among them.
 */
export function hiddenAudience(post: {
  kind: QuestionPostKind;
  questionId: string;
  communityId: string | null;
  commentOn?: { kind: 'question' | 'answer'; id: string } | null;
}): Audience {
  if (post.kind === 'question') return { kind: 'network-community', communityId: post.communityId };
  if (post.kind === 'answer' || !post.commentOn) return { kind: 'network-question', questionId: post.questionId };
  return { kind: 'network-post', postKind: post.commentOn.kind, postId: post.commentOn.id };
}

/**
 * Tells those reading a wiki page, or editing it, that it changed (`network.wiki.changed`): a new
 * revision (they see "changed by … — reload" before they save over it), a check, or its deletion (then
 * the wiki's readers hear of it, since the page itself is no longer there to be read).
 */
export async function announceWikiChange(
  tx: Tx,
  page: { id: string; communityId: string | null },
  change: WikiChange,
  actorId: string,
  revision?: number,
): Promise<void> {
  await emit(tx, {
    type: WIKI_PAGE_CHANGED,
    payload: {
      pageId: page.id,
      communityId: page.communityId,
      change,
      ...(revision === undefined ? {} : { revision }),
      actorId,
      actorName: await nameOf(tx, actorId),
    },
    audience:
      change === 'deleted'
        ? { kind: 'network-community', communityId: page.communityId }
        : { kind: 'wiki-page', pageId: page.id },
  });
}
