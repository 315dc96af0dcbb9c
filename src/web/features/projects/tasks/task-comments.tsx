import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/button.tsx';
import { useContentLang } from '../../../ui/content-language.ts';
import { Form } from '../../../ui/form.tsx';
import { Loading } from '../../../ui/loading.tsx';
import { ProblemAlert } from '../../../ui/problem.tsx';
import { TextArea } from '../../../ui/text-area.tsx';
import { useFormErrors } from '../../../ui/use-form-errors.ts';
import { useFormat } from '../../../ui/use-format.ts';
import { personName } from '../../accounts/former-person.ts';
import {
  insertMention,
  type MentionQuery,
  mentionOptions,
  mentionQueryAt,
} from '../../workspaces/chat/composer/mention-query.ts';
import { useAddComment, useComments } from '../project-queries.ts';

/** The task's comments, oldest first, and writing one; `@Name` mentions someone, who is notified. */
export function TaskComments({
  taskId,
  canComment,
  people,
}: {
  taskId: string;
  canComment: boolean;
  people: ReadonlyArray<{ id: string; name: string }>;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const lang = useContentLang();
  const comments = useComments(taskId);
  return (
    <div className="task-comments">
      {comments.isPending ? (
        <Loading />
      ) : comments.data === undefined ? (
        <ProblemAlert error={comments.error ?? true} />
      ) : comments.data.length === 0 ? (
        <p className="kern-body">{t('projects.comments.none')}</p>
      ) : (
        <ol className="plain-list task-comments__list">
          {comments.data.map((comment) => (
            <li key={comment.id} className="task-comment">
              <p className="kern-body kern-body--small task-comment__meta">
                <strong>
                  {comment.author?.name ? personName(t, comment.author.name) : t('projects.notes.unknownAuthor')}
                </strong>{' '}
                · <time dateTime={comment.createdAt}>{format.dateTime(comment.createdAt)}</time>
              </p>
              {/* The server renders the Markdown with raw HTML disabled and marks mentions up. */}
              <div
                className="kern-body task-comment__body"
                lang={lang}
                // biome-ignore lint/security/noDangerouslySetInnerHtml: safe HTML rendered by the server
                dangerouslySetInnerHTML={{ __html: comment.html }}
              />
            </li>
          ))}
        </ol>
      )}
      {canComment ? <CommentForm taskId={taskId} people={people} /> : null}
    </div>
  );
}

function CommentForm({ taskId, people }: { taskId: string; people: ReadonlyArray<{ id: string; name: string }> }) {
  const { t } = useTranslation();
  const add = useAddComment(taskId);
  const form = useFormErrors('comment');
  const [body, setBody] = useState('');
  const [mention, setMention] = useState<{ at: MentionQuery; caret: number } | null>(null);
  const [sent, setSent] = useState(false);
  const fieldId = form.id('body');
  // No "@channel" here: a task's comment concerns the people named, never everyone.
  const suggestions = mention
    ? mentionOptions(mention.at.query, people, '').filter((option) => option.id !== 'channel')
    : [];

  function track(value: string) {
    setBody(value);
    setSent(false);
    const field = document.getElementById(fieldId) as HTMLTextAreaElement | null;
    const caret = field?.selectionStart ?? value.length;
    const at = mentionQueryAt(value, caret);
    setMention(at ? { at, caret } : null);
  }

  function choose(name: string) {
    if (!mention) return;
    const next = insertMention(body, mention.at, mention.caret, name);
    setBody(next.text);
    setMention(null);
    const field = document.getElementById(fieldId) as HTMLTextAreaElement | null;
    field?.focus();
    requestAnimationFrame(() => field?.setSelectionRange(next.caret, next.caret));
  }

  return (
    <div className="project-subform">
      <h3 className="kern-heading-small">{t('projects.comments.write')}</h3>
      {sent ? (
        <p className="kern-body" role="status">
          {t('projects.comments.sent')}
        </p>
      ) : null}
      <Form
        form={form}
        check={() => ({ body: body.trim() ? undefined : t('projects.comments.bodyRequired') })}
        onValid={() =>
          add.mutate(body.trim(), {
            onSuccess: () => {
              setBody('');
              setMention(null);
              setSent(true);
            },
            onError: (error) => form.failFromServer(error, ['body']),
          })
        }
        busy={add.isPending}
        error={add.error}
        submit={t('projects.comments.send')}
        submitVariant="secondary"
      >
        <div>
          <TextArea
            id={fieldId}
            label={t('projects.comments.body')}
            hint={t('projects.comments.hint')}
            value={body}
            onChange={track}
            rows={4}
            maxLength={10000}
            error={form.errors.body}
          />
          {suggestions.length > 0 ? (
            <div className="mention-suggestions">
              <p className="kern-body kern-body--small" id={`${fieldId}-mentions`}>
                {t('projects.comments.suggestions', { count: suggestions.length })}
              </p>
              <ul className="plain-list mention-suggestions__list" aria-labelledby={`${fieldId}-mentions`}>
                {suggestions.map((person) => (
                  <li key={person.id}>
                    <Button variant="tertiary" small onClick={() => choose(person.name)}>
                      {t('projects.comments.mention', { name: person.name })}
                    </Button>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </div>
      </Form>
    </div>
  );
}
