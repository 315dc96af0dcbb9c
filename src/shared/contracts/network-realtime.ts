/**
 * The network's live events on `/api/realtime` (src/server/features/network/realtime). They carry
 * names and IDs only, never a post's text: a page that hears one fetches again what it shows, through
 * the same read path as always. Each reaches only those who may see what it names at delivery time.
 */

export const QUESTION_CHANGED = 'network.question.changed';
export const WIKI_PAGE_CHANGED = 'network.wiki.changed';

export type QuestionChange =
  | 'answer-added'
  | 'comment-added'
  | 'votes-changed'
  | 'answer-accepted'
  | 'post-hidden'
  | 'post-unhidden'
  | 'post-approved'
  | 'question-edited'
  | 'answer-edited';

export type QuestionPostKind = 'question' | 'answer' | 'comment';

/** `network.question.changed`: something on a question's page changed. */
export interface QuestionChangedEvent {
  type: typeof QUESTION_CHANGED;
  questionId: string;
  change: QuestionChange;
  /** The post the change concerns (the new answer or comment, the voted, hidden or edited post). */
  postKind?: QuestionPostKind;
  postId?: string;
  /**
   * Who caused it: the new post's author (also when a moderator let a held post through), the editor, the
   * one who accepted; absent for votes and hiding.
   */
  actorId?: string;
  actorName?: string;
  /** For `answer-added` and `comment-added`: published, or held for the moderators (only they and the author hear of it). */
  state?: 'published' | 'pending';
}

export type WikiChange = 'revision-saved' | 'checked' | 'deleted';

/** `network.wiki.changed`: a wiki page got a new revision (an edit, a restore), was checked, or deleted. */
export interface WikiPageChangedEvent {
  type: typeof WIKI_PAGE_CHANGED;
  pageId: string;
  communityId: string | null;
  change: WikiChange;
  /** For `revision-saved`: the new revision's number. */
  revision?: number;
  actorId: string;
  actorName: string;
}
