import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useParams, useRouter } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type AnswerView,
  type Created,
  QUESTION_LIMITS,
  type QuestionDetail,
} from '../../../../shared/contracts/network-questions.ts';
import { api } from '../../../api/client.ts';
import { createActionKey } from '../../../api/idempotency.ts';
import { Alert } from '../../../ui/alert.tsx';
import { Badge } from '../../../ui/badge.tsx';
import { Button } from '../../../ui/button.tsx';
import { PageTitle } from '../../../ui/page-title.tsx';
import { ProblemAlert } from '../../../ui/problem.tsx';
import { QueryState } from '../../../ui/query-state.tsx';
import { TextField } from '../../../ui/text-field.tsx';
import { useFormat } from '../../../ui/use-format.ts';
import { RequireSignIn } from '../../accounts/require-sign-in.tsx';
import { PostModerationActions } from '../moderation/post-actions.tsx';
import { MarkdownField } from './markdown-field.tsx';
import { Comments, MarkdownBody, StateNote, VoteButtons } from './post-parts.tsx';
import { QUESTIONS_KEY, questionKey, useFollowedTags, useQuestion } from './question-queries.ts';
import { useQuestionEvents } from './use-question-events.ts';
import './questions.css';
import { personName } from '../../accounts/former-person.ts';

/** /network/questions/$id: a question with its answers, comments, votes, the accepted answer and follows. */
export function QuestionPage() {
  const { id } = useParams({ from: '/network/questions/$id' });
  return <RequireSignIn>{() => <Question id={id} />}</RequireSignIn>;
}

function Question({ id }: { id: string }) {
  const { t } = useTranslation();
  const question = useQuestion(id);
  useQuestionEvents(id);
  return (
    <QueryState query={question} notFound={t('networkQuestions.notFound')}>
      {(q) => <QuestionView q={q} />}
    </QueryState>
  );
}

function QuestionView({ q }: { q: QuestionDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const client = useQueryClient();
  const refresh = () => void client.invalidateQueries({ queryKey: questionKey(q.id) });
  const [editing, setEditing] = useState(false);
  const follow = useMutation({
    mutationFn: () =>
      q.following ? api.delete(`/network/questions/${q.id}/follow`) : api.put(`/network/questions/${q.id}/follow`),
    onSuccess: refresh,
  });
  return (
    <article className="nq-question">
      <PageTitle preline={q.community ? q.community.name : t('networkQuestions.platformWide')} documentTitle={q.title}>
        {q.title}
      </PageTitle>
      <p className="nq-meta">
        {t('networkQuestions.askedBy', { name: personName(t, q.author.name), date: format.dateTime(q.createdAt) })}
        {q.community ? (
          <>
            {' · '}
            <Link to="/network/communities/$slug" params={{ slug: q.community.slug }}>
              {q.community.name}
            </Link>
          </>
        ) : null}
      </p>
      <StateNote state={q.state} hiddenReason={q.hiddenReason} />
      <div className="nq-post">
        <VoteButtons
          path={`/network/questions/${q.id}`}
          questionId={q.id}
          score={q.score}
          myVote={q.myVote}
          disabled={!q.canPost || q.mine}
          label={t('networkQuestions.vote.onQuestion')}
        />
        <div className="nq-post__main">
          {editing ? <EditQuestion q={q} onDone={() => setEditing(false)} /> : <MarkdownBody html={q.bodyHtml} />}
          <TagList q={q} />
          <div className="nq-actions">
            <Button
              type="button"
              variant="secondary"
              small
              aria-pressed={q.following}
              busy={follow.isPending}
              onClick={() => follow.mutate()}
            >
              {q.following ? t('networkQuestions.following') : t('networkQuestions.follow')}
            </Button>
            {q.mine && !editing ? (
              <Button type="button" variant="tertiary" small icon="edit" onClick={() => setEditing(true)}>
                {t('networkQuestions.edit')}
              </Button>
            ) : null}
          </div>
          <PostModerationActions
            questionId={q.id}
            postKind="question"
            postId={q.id}
            state={q.state}
            canModerate={q.canModerate}
            onChanged={refresh}
          />
          <Comments
            questionId={q.id}
            comments={q.comments}
            canPost={q.canPost}
            canModerate={q.canModerate}
            onChanged={refresh}
          />
        </div>
      </div>
      <section aria-labelledby="answers-heading" className="nq-answers">
        <h2 id="answers-heading" className="kern-heading-medium">
          {t('networkQuestions.answers', { count: q.answers.length })}
        </h2>
        {q.answers.map((answer) => (
          <Answer key={answer.id} q={q} answer={answer} onChanged={refresh} />
        ))}
      </section>
      {q.canPost && q.state === 'published' ? (
        <AnswerForm questionId={q.id} onPosted={refresh} />
      ) : !q.canPost && q.community ? (
        <Alert variant="info" title={t('networkQuestions.joinToAnswer')}>
          <Link to="/network/communities/$slug" params={{ slug: q.community.slug }}>
            {q.community.name}
          </Link>
        </Alert>
      ) : null}
    </article>
  );
}

function TagList({ q }: { q: QuestionDetail }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const followed = useFollowedTags();
  const followedIds = new Set(followed.data?.items.map((tag) => tag.id));
  const toggle = useMutation({
    mutationFn: (tagId: string) =>
      followedIds.has(tagId) ? api.delete(`/network/tags/${tagId}/follow`) : api.put(`/network/tags/${tagId}/follow`),
    onSuccess: () => client.invalidateQueries({ queryKey: [...QUESTIONS_KEY, 'followed-tags'] }),
  });
  if (q.tags.length === 0) return null;
  return (
    <ul className="nq-tags" aria-label={t('networkQuestions.tags')}>
      {q.tags.map((tag) => (
        <li key={tag.id}>
          <Link className="nq-tag" to="/network/questions" search={{ tag: tag.id }}>
            {tag.name}
          </Link>{' '}
          <Button
            type="button"
            variant="tertiary"
            small
            aria-pressed={followedIds.has(tag.id)}
            aria-label={t('networkQuestions.followTag', { tag: tag.name })}
            onClick={() => toggle.mutate(tag.id)}
          >
            {followedIds.has(tag.id) ? t('networkQuestions.following') : t('networkQuestions.follow')}
          </Button>
        </li>
      ))}
    </ul>
  );
}

function Answer({ q, answer, onChanged }: { q: QuestionDetail; answer: AnswerView; onChanged: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [body, setBody] = useState(answer.body);
  const accept = useMutation({
    mutationFn: (answerId: string | null) => api.put(`/network/questions/${q.id}/accepted`, { answerId }),
    onSuccess: onChanged,
  });
  const edit = useMutation({
    mutationFn: () => api.patch(`/network/answers/${answer.id}`, { body }),
    onSuccess: () => {
      setEditing(false);
      onChanged();
    },
  });
  const toWiki = useMutation({
    mutationFn: () => api.post<{ id: string }>('/network/wiki/pages/from-answer', { answerId: answer.id }),
    onSuccess: (page) => void router.navigate({ href: `/network/wiki/${page.id}` }),
  });
  return (
    <article
      id={`answer-${answer.id}`}
      className={`nq-answer${answer.accepted ? ' nq-answer--accepted' : ''}`}
      aria-label={t('networkQuestions.answerBy', { name: personName(t, answer.author.name) })}
    >
      {answer.accepted ? (
        <p>
          <Badge variant="success">{t('networkQuestions.accepted')}</Badge>
        </p>
      ) : null}
      <StateNote state={answer.state} hiddenReason={answer.hiddenReason} />
      <div className="nq-post">
        <VoteButtons
          path={`/network/answers/${answer.id}`}
          questionId={q.id}
          score={answer.score}
          myVote={answer.myVote}
          disabled={!q.canPost || answer.mine}
          label={t('networkQuestions.vote.onAnswer', { name: personName(t, answer.author.name) })}
        />
        <div className="nq-post__main">
          {editing ? (
            <form
              className="form-stack"
              noValidate
              onSubmit={(event) => {
                event.preventDefault();
                if (body.trim()) edit.mutate();
              }}
            >
              <ProblemAlert error={edit.error} />
              <MarkdownField
                id={`edit-answer-${answer.id}`}
                label={t('networkQuestions.fields.answer')}
                value={body}
                onChange={setBody}
                maxLength={QUESTION_LIMITS.answer}
                rows={6}
              />
              <div className="kern-btn-wrapper">
                <Button type="submit" small busy={edit.isPending}>
                  {t('networkQuestions.save')}
                </Button>
                <Button type="button" variant="secondary" small onClick={() => setEditing(false)}>
                  {t('networkQuestions.cancel')}
                </Button>
              </div>
            </form>
          ) : (
            <MarkdownBody html={answer.bodyHtml} />
          )}
          <p className="nq-meta">
            {t('networkQuestions.answeredBy', {
              name: personName(t, answer.author.name),
              date: format.dateTime(answer.createdAt),
            })}
          </p>
          <div className="nq-actions">
            {q.canAccept && answer.state === 'published' ? (
              <Button
                type="button"
                variant={answer.accepted ? 'secondary' : 'primary'}
                small
                icon="check"
                busy={accept.isPending}
                onClick={() => accept.mutate(answer.accepted ? null : answer.id)}
              >
                {answer.accepted ? t('networkQuestions.unaccept') : t('networkQuestions.accept')}
              </Button>
            ) : null}
            {answer.accepted && q.canPost ? (
              <Button type="button" variant="secondary" small busy={toWiki.isPending} onClick={() => toWiki.mutate()}>
                {t('networkQuestions.toWiki')}
              </Button>
            ) : null}
            {answer.mine && !editing ? (
              <Button type="button" variant="tertiary" small icon="edit" onClick={() => setEditing(true)}>
                {t('networkQuestions.edit')}
              </Button>
            ) : null}
          </div>
          <ProblemAlert error={accept.error ?? toWiki.error} />
          <PostModerationActions
            questionId={q.id}
            postKind="answer"
            postId={answer.id}
            state={answer.state}
            canModerate={q.canModerate}
            onChanged={onChanged}
          />
          <Comments
            questionId={q.id}
            answerId={answer.id}
            comments={answer.comments}
            canPost={q.canPost}
            canModerate={q.canModerate}
            onChanged={onChanged}
          />
        </div>
      </div>
    </article>
  );
}

function EditQuestion({ q, onDone }: { q: QuestionDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [title, setTitle] = useState(q.title);
  const [body, setBody] = useState(q.body);
  const save = useMutation({
    mutationFn: () => api.patch(`/network/questions/${q.id}`, { title: title.trim(), body }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: QUESTIONS_KEY });
      onDone();
    },
  });
  return (
    <form
      className="form-stack"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (title.trim()) save.mutate();
      }}
    >
      <ProblemAlert error={save.error} />
      <TextField
        id="edit-question-title"
        label={t('networkQuestions.fields.title')}
        value={title}
        onChange={setTitle}
        maxLength={QUESTION_LIMITS.title}
      />
      <MarkdownField
        id="edit-question-body"
        label={t('networkQuestions.fields.body')}
        hint={t('networkQuestions.markdownHint')}
        value={body}
        onChange={setBody}
        maxLength={QUESTION_LIMITS.body}
        rows={8}
        optional
      />
      <div className="kern-btn-wrapper">
        <Button type="submit" small busy={save.isPending}>
          {t('networkQuestions.save')}
        </Button>
        <Button type="button" variant="secondary" small onClick={onDone}>
          {t('networkQuestions.cancel')}
        </Button>
      </div>
    </form>
  );
}

function AnswerForm({ questionId, onPosted }: { questionId: string; onPosted: () => void }) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [held, setHeld] = useState(false);
  const actionKey = useMemo(() => createActionKey(), []);
  const post = useMutation({
    mutationFn: () => {
      const payload = { body };
      return api.post<Created>(`/network/questions/${questionId}/answers`, payload, {
        idempotencyKey: actionKey.for(payload),
      });
    },
    onSuccess: (created) => {
      actionKey.done();
      setBody('');
      setHeld(created.state === 'pending');
      onPosted();
    },
  });
  return (
    <section aria-labelledby="your-answer" className="nq-answer-form">
      <h2 id="your-answer" className="kern-heading-medium">
        {t('networkQuestions.yourAnswer')}
      </h2>
      {held ? <Alert variant="info" title={t('networkQuestions.heldNotice')} /> : null}
      <form
        className="form-stack"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (body.trim()) post.mutate();
        }}
      >
        <ProblemAlert error={post.error} />
        <MarkdownField
          id="answer-body"
          label={t('networkQuestions.fields.answer')}
          hint={t('networkQuestions.markdownHint')}
          value={body}
          onChange={setBody}
          maxLength={QUESTION_LIMITS.answer}
          rows={6}
        />
        <div className="kern-btn-wrapper">
          <Button type="submit" busy={post.isPending}>
            {t('networkQuestions.postAnswer')}
          </Button>
        </div>
      </form>
    </section>
  );
}
