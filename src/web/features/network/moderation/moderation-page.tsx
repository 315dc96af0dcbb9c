import { Link, useSearch } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HeldPost, ModerationQueue, ReportedPost } from '../../../../shared/contracts/network-moderation.ts';
import { isApiError } from '../../../api/api-error.ts';
import { Alert } from '../../../ui/alert.tsx';
import { Badge } from '../../../ui/badge.tsx';
import { Button } from '../../../ui/button.tsx';
import { useContentLang } from '../../../ui/content-language.ts';
import { PageTitle } from '../../../ui/page-title.tsx';
import { ProblemAlert } from '../../../ui/problem.tsx';
import { QueryState } from '../../../ui/query-state.tsx';
import { Section } from '../../../ui/section.tsx';
import { useFormat } from '../../../ui/use-format.ts';
import { RequireSignIn } from '../../accounts/require-sign-in.tsx';
import { type ModerationAction, useModerate, useModerationQueue } from './moderation-queries.ts';
import { ReasonDialog, type ReasonDialogHandle } from './reason-dialog.tsx';
import './moderation.css';
import { personName } from '../../accounts/former-person.ts';

/** /network/moderation?community=: held posts and open reports of a community I moderate (or of all). */
export function ModerationPage() {
  const { community } = useSearch({ from: '/network/moderation' });
  return <RequireSignIn>{() => <QueueView community={community} />}</RequireSignIn>;
}

function QueueView({ community }: { community: string | undefined }) {
  const { t } = useTranslation();
  const queue = useModerationQueue(community);
  if (isApiError(queue.error, 403)) {
    return (
      <>
        <PageTitle preline={t('networkModeration.preline')}>{t('networkModeration.title')}</PageTitle>
        <Alert variant="info" title={t('networkModeration.notModerator')} />
      </>
    );
  }
  return (
    <QueryState
      query={queue}
      notFound={
        <>
          <PageTitle preline={t('networkModeration.preline')}>{t('networkModeration.title')}</PageTitle>
          <Alert variant="info" title={t('networkModeration.notFound')} />
        </>
      }
    >
      {(data) => <Queue queue={data} />}
    </QueryState>
  );
}

type Pending = { action: Exclude<ModerationAction, 'approve' | 'report'>; post: HeldPost };

function Queue({ queue }: { queue: ModerationQueue }) {
  const { t } = useTranslation();
  const moderate = useModerate();
  const dialog = useRef<ReasonDialogHandle>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [said, setSaid] = useState('');
  const [approveFailed, setApproveFailed] = useState(false);

  function done(action: ModerationAction, post: HeldPost) {
    setSaid(t(`networkModeration.done.${action}`, { kind: t(`networkModeration.kind.${post.postKind}`) }));
    // The item is gone from the queue; the result is where focus goes.
    requestAnimationFrame(() => statusRef.current?.focus());
  }
  function ask(action: Pending['action'], post: HeldPost) {
    setPending({ action, post });
    moderate.reset();
    dialog.current?.open();
  }
  function approve(post: HeldPost) {
    setApproveFailed(false);
    moderate.mutate(
      { action: 'approve', postKind: post.postKind, postId: post.postId },
      { onSuccess: () => done('approve', post), onError: () => setApproveFailed(true) },
    );
  }

  const action = pending?.action ?? 'hide';
  const kind = pending ? t(`networkModeration.kindInline.${pending.post.postKind}`) : '';
  return (
    <>
      <PageTitle
        preline={queue.community ? t('networkModeration.preline') : undefined}
        lead={t('networkModeration.counts', {
          held: queue.counts.held,
          reported: queue.counts.reported,
          reports: queue.counts.reports,
        })}
      >
        {queue.community ? `${t('networkModeration.title')}: ${queue.community.name}` : t('networkModeration.titleAll')}
      </PageTitle>
      <p ref={statusRef} tabIndex={-1} role="status" className="kern-body post-moderation__status moderation-status">
        {said}
      </p>
      {approveFailed ? <ProblemAlert error={moderate.error} /> : null}
      <div className="stack-xl">
        <Section title={t('networkModeration.held.title', { count: queue.counts.held })}>
          {queue.held.length === 0 ? (
            <p className="kern-body">{t('networkModeration.held.empty')}</p>
          ) : (
            <ul className="moderation-list">
              {queue.held.map((post) => (
                <li key={post.postId} className="moderation-item">
                  <PostSummary post={post} showCommunity={queue.community === null} />
                  <div className="kern-btn-wrapper">
                    <Button small busy={moderate.isPending} onClick={() => approve(post)}>
                      {t('networkModeration.action.approve')}
                      <span className="visually-hidden"> ({post.questionTitle})</span>
                    </Button>
                    <Button small variant="secondary" onClick={() => ask('refuse', post)}>
                      {t('networkModeration.action.refuse')}
                      <span className="visually-hidden"> ({post.questionTitle})</span>
                    </Button>
                  </div>
                </li>
              ))}
            </ul>
          )}
        </Section>
        <Section title={t('networkModeration.reports.title', { count: queue.counts.reported })}>
          {queue.reported.length === 0 ? (
            <p className="kern-body">{t('networkModeration.reports.empty')}</p>
          ) : (
            <ul className="moderation-list">
              {queue.reported.map((post) => (
                <li key={post.postId} className="moderation-item">
                  <PostSummary post={post} showCommunity={queue.community === null} />
                  <Reports post={post} />
                  <div className="kern-btn-wrapper">
                    {post.state === 'published' ? (
                      <Button small onClick={() => ask('hide', post)}>
                        {t('networkModeration.action.hide')}
                        <span className="visually-hidden"> ({post.questionTitle})</span>
                      </Button>
                    ) : null}
                    <Button small variant="secondary" onClick={() => ask('dismiss-reports', post)}>
                      {t('networkModeration.action.dismiss')}
                      <span className="visually-hidden"> ({post.questionTitle})</span>
                    </Button>
                  </div>
                </li>
              ))}
            </ul>
          )}
        </Section>
      </div>
      <ReasonDialog
        ref={dialog}
        title={t(`networkModeration.dialog.${action}.title`, { kind })}
        lead={pending ? pending.post.questionTitle : undefined}
        label={t(`networkModeration.dialog.${action}.label`)}
        submit={t(`networkModeration.dialog.${action}.submit`)}
        busy={moderate.isPending}
        error={moderate.error}
        onSubmit={async (reason) => {
          if (!pending) return;
          const { post } = pending;
          await moderate.mutateAsync({ action, postKind: post.postKind, postId: post.postId, reason });
          done(action, post);
        }}
      />
    </>
  );
}

function PostSummary({ post, showCommunity }: { post: HeldPost; showCommunity: boolean }) {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  const lang = useContentLang();
  const author = post.author.organisationName
    ? `${personName(t, post.author.name)} (${post.author.organisationName})`
    : personName(t, post.author.name);
  return (
    <>
      <p className="kern-body">
        <Badge variant={post.state === 'hidden' ? 'warning' : 'info'}>
          {t(`networkModeration.kind.${post.postKind}`)}
        </Badge>{' '}
        {post.state === 'hidden' ? <Badge variant="danger">{t('networkModeration.state.hidden')}</Badge> : null}
      </p>
      <h3 className="kern-heading-small" lang={lang}>
        <Link to="/network/questions/$id" params={{ id: post.questionId }} className="kern-link">
          {post.questionTitle}
        </Link>
      </h3>
      {post.text ? (
        <p className="kern-body moderation-item__text" lang={lang}>
          {post.text}
        </p>
      ) : null}
      <p className="kern-body kern-body--small">
        {t('networkModeration.byline', { author, date: dateTime(post.createdAt) })}
        {showCommunity ? ` · ${post.community ? post.community.name : t('networkModeration.platformArea')}` : ''}
      </p>
    </>
  );
}

function Reports({ post }: { post: ReportedPost }) {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  const lang = useContentLang();
  return (
    <div>
      <p className="kern-body kern-body--bold">
        {t('networkModeration.reports.reasons', { count: post.reports.length })}
      </p>
      <ul className="moderation-item__reports">
        {post.reports.map((r) => (
          <li key={r.id} className="kern-body">
            <q lang={lang}>{r.reason}</q> —{' '}
            {t('networkModeration.reports.by', { name: r.reporterName, date: dateTime(r.createdAt) })}
          </li>
        ))}
      </ul>
    </div>
  );
}
