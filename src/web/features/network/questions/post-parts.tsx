import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type Created,
  type PostComment,
  type PostState,
  QUESTION_LIMITS,
} from '../../../../shared/contracts/network-questions.ts';
import { api } from '../../../api/client.ts';
import { createActionKey } from '../../../api/idempotency.ts';
import { Alert } from '../../../ui/alert.tsx';
import { Badge } from '../../../ui/badge.tsx';
import { Button } from '../../../ui/button.tsx';
import { ProblemAlert } from '../../../ui/problem.tsx';
import { TextArea } from '../../../ui/text-area.tsx';
import { useFormat } from '../../../ui/use-format.ts';
import { personName } from '../../accounts/former-person.ts';
import { PostModerationActions } from '../moderation/post-actions.tsx';
import { questionKey } from './question-queries.ts';

/** A post's text as the server rendered it: chat's safe Markdown subset with raw HTML switched off. */
export function MarkdownBody({ html, comment }: { html: string; comment?: boolean }) {
  return (
    // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised by the server (markdown-it, html: false)
    <div className={`nq-body${comment ? ' nq-body--comment' : ''}`} dangerouslySetInnerHTML={{ __html: html }} />
  );
}

/** A post's state as its author and the moderators see it. */
export function StateNote({ state, hiddenReason }: { state: PostState; hiddenReason: string | null }) {
  const { t } = useTranslation();
  if (state === 'published') return null;
  return (
    <p className="nq-state">
      <Badge variant={state === 'pending' ? 'warning' : 'danger'}>{t(`networkQuestions.state.${state}`)}</Badge>
      {state === 'hidden' && hiddenReason ? ` ${t('networkQuestions.hiddenReason', { reason: hiddenReason })}` : null}
    </p>
  );
}

/** Up, score, down: a vote of +1 or -1, pressed again to take it back. */
export function VoteButtons({
  path,
  questionId,
  score,
  myVote,
  disabled,
  label,
}: {
  path: string;
  questionId: string;
  score: number;
  myVote: number;
  disabled: boolean;
  label: string;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const vote = useMutation({
    mutationFn: (value: number) => api.put(`${path}/vote`, { value }),
    onSuccess: () => client.invalidateQueries({ queryKey: questionKey(questionId) }),
  });
  const cast = (value: 1 | -1) => vote.mutate(myVote === value ? 0 : value);
  return (
    <fieldset className="nq-vote">
      <legend className="kern-sr-only">{label}</legend>
      <Button
        type="button"
        variant="tertiary"
        small
        icon="arrow-up"
        aria-pressed={myVote === 1}
        disabled={disabled || vote.isPending}
        onClick={() => cast(1)}
      >
        <span className="kern-sr-only">{t('networkQuestions.vote.up')}</span>
      </Button>
      <span className="nq-vote__score" aria-live="polite">
        {score}
        <span className="kern-sr-only"> {t('networkQuestions.vote.points')}</span>
      </span>
      <Button
        type="button"
        variant="tertiary"
        small
        icon="arrow-down"
        aria-pressed={myVote === -1}
        disabled={disabled || vote.isPending}
        onClick={() => cast(-1)}
      >
        <span className="kern-sr-only">{t('networkQuestions.vote.down')}</span>
      </Button>
      {vote.isError ? <ProblemAlert error={vote.error} /> : null}
    </fieldset>
  );
}

/** The comments of a post, each with the moderation actions, and a field to add one. */
export function Comments({
  questionId,
  answerId,
  comments,
  canPost,
  canModerate,
  onChanged,
}: {
  questionId: string;
  answerId?: string;
  comments: PostComment[];
  canPost: boolean;
  canModerate: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [open, setOpen] = useState(false);
  const [body, setBody] = useState('');
  const actionKey = useMemo(() => createActionKey(), []);
  const fieldId = `comment-${answerId ?? questionId}`;
  const add = useMutation({
    mutationFn: () => {
      const payload = { body, ...(answerId ? { answerId } : {}) };
      return api.post<Created>(`/network/questions/${questionId}/comments`, payload, {
        idempotencyKey: actionKey.for(payload),
      });
    },
    onSuccess: (created) => {
      actionKey.done();
      setBody('');
      setOpen(false);
      setHeld(created.state === 'pending');
      onChanged();
    },
  });
  const [held, setHeld] = useState(false);
  return (
    <div className="nq-comments">
      {comments.length > 0 ? (
        <ul className="nq-comments__list" aria-label={t('networkQuestions.comments.label')}>
          {comments.map((c) => (
            <li key={c.id} id={`comment-${c.id}`} className="nq-comment">
              <StateNote state={c.state} hiddenReason={c.hiddenReason} />
              <MarkdownBody html={c.bodyHtml} comment />
              <span className="nq-meta">
                {' – '}
                {personName(t, c.author.name)}, {format.dateTime(c.createdAt)}
              </span>
              <PostModerationActions
                questionId={questionId}
                postKind="comment"
                postId={c.id}
                state={c.state}
                canModerate={canModerate}
                onChanged={onChanged}
              />
            </li>
          ))}
        </ul>
      ) : null}
      {held ? <Alert variant="info" title={t('networkQuestions.heldNotice')} /> : null}
      {canPost && !open ? (
        <Button type="button" variant="tertiary" small onClick={() => setOpen(true)}>
          {t('networkQuestions.comments.add')}
        </Button>
      ) : null}
      {open ? (
        <form
          className="form-stack nq-comment-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (body.trim()) add.mutate();
          }}
        >
          <ProblemAlert error={add.error} />
          <TextArea
            id={fieldId}
            label={t('networkQuestions.comments.field')}
            value={body}
            onChange={setBody}
            maxLength={QUESTION_LIMITS.comment}
            rows={2}
            autoFocus
          />
          <div className="kern-btn-wrapper">
            <Button type="submit" small busy={add.isPending}>
              {t('networkQuestions.comments.submit')}
            </Button>
            <Button type="button" variant="secondary" small onClick={() => setOpen(false)}>
              {t('networkQuestions.cancel')}
            </Button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
