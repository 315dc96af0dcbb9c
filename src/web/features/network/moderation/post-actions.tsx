// Report, approve, refuse, hide and unhide for one post; the question page renders it under every post.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/button.tsx';
import { ProblemAlert } from '../../../ui/problem.tsx';
import { type ModerationAction, useModerate, useMyPosts } from './moderation-queries.ts';
import { ReasonDialog, type ReasonDialogHandle } from './reason-dialog.tsx';
import './moderation.css';

export interface PostModerationActionsProps {
  questionId: string;
  postKind: 'question' | 'answer' | 'comment';
  postId: string;
  state: 'pending' | 'published' | 'hidden';
  canModerate: boolean;
  onChanged: () => void;
}

type ReasonAction = Exclude<ModerationAction, 'approve'>;

/**
 * The actions on one post: "Melden" for signed-in readers who did not write it (once), and for the
 * community's moderators approve/refuse on a held post, hide on a published one, unhide on a hidden
 * one. Each asks for a reason in a dialog; the result is said in a live region, which takes the focus
 * when the button that opened the dialog is gone.
 */
export function PostModerationActions({
  questionId,
  postKind,
  postId,
  state,
  canModerate,
  onChanged,
}: PostModerationActionsProps) {
  const { t } = useTranslation();
  const mine = useMyPosts(questionId);
  const moderate = useModerate();
  const dialog = useRef<ReasonDialogHandle>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const [action, setAction] = useState<ReasonAction>('report');
  const [said, setSaid] = useState('');
  const [approveFailed, setApproveFailed] = useState(false);
  const kindName = t(`networkModeration.kind.${postKind}`);

  const isMine = mine.data?.mine.includes(postId) ?? true;
  const reported = mine.data?.reported.includes(postId) ?? false;
  const canReport = !isMine && !reported && state === 'published';

  function done(what: ModerationAction) {
    setSaid(t(`networkModeration.done.${what}`, { kind: kindName }));
    onChanged();
    // The button that was pressed may be gone with the new state; the result is where focus goes.
    requestAnimationFrame(() => statusRef.current?.focus());
  }
  function ask(next: ReasonAction) {
    setAction(next);
    moderate.reset();
    dialog.current?.open();
  }

  const buttons: { key: string; label: string; run: () => void }[] = [];
  if (canModerate && state === 'pending') {
    buttons.push({
      key: 'approve',
      label: t('networkModeration.action.approve'),
      run: () => {
        setApproveFailed(false);
        moderate.mutate(
          { action: 'approve', postKind, postId },
          { onSuccess: () => done('approve'), onError: () => setApproveFailed(true) },
        );
      },
    });
    buttons.push({ key: 'refuse', label: t('networkModeration.action.refuse'), run: () => ask('refuse') });
  }
  if (canModerate && state === 'published') {
    buttons.push({ key: 'hide', label: t('networkModeration.action.hide'), run: () => ask('hide') });
  }
  if (canModerate && state === 'hidden') {
    buttons.push({ key: 'unhide', label: t('networkModeration.action.unhide'), run: () => ask('unhide') });
  }
  if (canReport) buttons.push({ key: 'report', label: t('networkModeration.action.report'), run: () => ask('report') });

  return (
    <div className="post-moderation">
      {buttons.length > 0 ? (
        <div className="post-moderation__buttons">
          {buttons.map((b) => (
            <Button
              key={b.key}
              variant="tertiary"
              small
              busy={moderate.isPending && b.key === 'approve'}
              onClick={b.run}
            >
              {b.label}
              <span className="visually-hidden"> ({kindName})</span>
            </Button>
          ))}
        </div>
      ) : null}
      {reported && !said ? <p className="kern-body kern-body--small">{t('networkModeration.reported')}</p> : null}
      {approveFailed ? <ProblemAlert error={moderate.error} /> : null}
      <p ref={statusRef} tabIndex={-1} role="status" className="kern-body kern-body--small post-moderation__status">
        {said}
      </p>
      <ReasonDialog
        ref={dialog}
        title={t(`networkModeration.dialog.${action}.title`, { kind: t(`networkModeration.kindInline.${postKind}`) })}
        lead={t(`networkModeration.dialog.${action}.lead`)}
        label={t(`networkModeration.dialog.${action}.label`)}
        submit={t(`networkModeration.dialog.${action}.submit`)}
        busy={moderate.isPending}
        error={moderate.error}
        onSubmit={(reason) => moderate.mutateAsync({ action, postKind, postId, reason }).then(() => done(action))}
      />
    </div>
  );
}
