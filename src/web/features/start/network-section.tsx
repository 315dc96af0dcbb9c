import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import type { MouseEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkStart } from '../../../shared/contracts/notifications.ts';
import { api } from '../../api/client.ts';
import { ButtonLink } from '../../ui/button.tsx';
import { Card } from '../../ui/card.tsx';
import { Loading } from '../../ui/loading.tsx';
import { ProblemAlert } from '../../ui/problem.tsx';
import { useFormat } from '../../ui/use-format.ts';
import './network-section.css';
import { personName } from '../accounts/former-person.ts';

export function useNetworkStart() {
  return useQuery({ queryKey: ['network', 'start'], queryFn: () => api.get<NetworkStart>('/network/start') });
}

/** A link to a page of the network, followed inside the app on a plain click. */
function NetworkLink({ href, children }: { href: string; children: ReactNode }) {
  const navigate = useNavigate();
  function open(event: MouseEvent<HTMLAnchorElement>) {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    void navigate({ href });
  }
  return (
    <a className="kern-link" href={href} onClick={open}>
      {children}
    </a>
  );
}

function List({ title, children }: { title: string; children: ReactNode[] }) {
  if (children.length === 0) return null;
  return (
    <>
      <h3 className="kern-heading-small">{title}</h3>
      <ul className="plain-list network-start__list">{children}</ul>
    </>
  );
}

/** The start page's "Aus dem Netzwerk": new questions, answers to mine, endorsements of me. */
export function NetworkSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const start = useNetworkStart();
  const data = start.data;
  const empty = data && data.questions.length + data.answers.length + data.endorsements.length === 0;
  return (
    <Card
      id="start-network"
      title={t('startNetwork.title')}
      footer={
        <ButtonLink to="/network" variant="secondary">
          {t('startNetwork.toNetwork')}
        </ButtonLink>
      }
    >
      <ProblemAlert error={start.error} />
      {start.isPending ? (
        <Loading />
      ) : !data ? null : empty ? (
        <p className="kern-body">{t('startNetwork.empty')}</p>
      ) : (
        <div className="network-start">
          <List title={t('startNetwork.questions')}>
            {data.questions.map((q) => (
              <li key={q.id}>
                <p className="kern-body">
                  <NetworkLink href={`/network/questions/${q.id}`}>{q.title}</NetworkLink>
                </p>
                <p className="kern-body kern-body--small kern-body--muted">
                  {[
                    q.community ? t('startNetwork.inCommunity', { name: q.community.name }) : null,
                    t('startNetwork.answerCount', { count: q.answerCount }),
                    format.date(q.createdAt),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
              </li>
            ))}
          </List>
          <List title={t('startNetwork.answers')}>
            {data.answers.map((a) => (
              <li key={a.id}>
                <p className="kern-body">
                  <NetworkLink href={`/network/questions/${a.questionId}`}>
                    {t('startNetwork.answerBy', { name: personName(t, a.author.name), title: a.questionTitle })}
                  </NetworkLink>
                </p>
                <p className="kern-body kern-body--small kern-body--muted">{format.date(a.createdAt)}</p>
              </li>
            ))}
          </List>
          <List title={t('startNetwork.endorsements')}>
            {data.endorsements.map((e) => (
              <li key={`${e.endorser.id}-${e.tagName}`}>
                <p className="kern-body">
                  <NetworkLink href={`/network/people/${e.endorser.id}`}>
                    {t('startNetwork.endorsedBy', { name: e.endorser.name, tagName: e.tagName })}
                  </NetworkLink>
                </p>
                <p className="kern-body kern-body--small kern-body--muted">{format.date(e.createdAt)}</p>
              </li>
            ))}
          </List>
        </div>
      )}
    </Card>
  );
}
