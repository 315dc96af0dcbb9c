// Report, approve, refuse, hide and unhide for one post; filled by the moderation concern.

export interface PostModerationActionsProps {
  questionId: string;
  postKind: 'question' | 'answer' | 'comment';
  postId: string;
  state: 'pending' | 'published' | 'hidden';
  canModerate: boolean;
  onChanged: () => void;
}

export function PostModerationActions(_props: PostModerationActionsProps) {
  return null;
}
