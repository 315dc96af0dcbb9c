import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RECORD_STATES } from '../../../shared/atlas/states.ts';
import type { Me } from '../../../shared/contracts/accounts.ts';
import type { CooperationCard } from '../../../shared/contracts/atlas.ts';
import { Alert } from '../../ui/alert.tsx';
import { Button, ButtonLink } from '../../ui/button.tsx';
import { ConfirmButton } from '../../ui/confirm-button.tsx';
import { PageTitle } from '../../ui/page-title.tsx';
import { ProblemAlert } from '../../ui/problem.tsx';
import { QueryState } from '../../ui/query-state.tsx';
import { Section } from '../../ui/section.tsx';
import { useFormat } from '../../ui/use-format.ts';
import { RequireSignIn } from '../accounts/require-sign-in.tsx';
import { CooperationList } from './cooperation-list.tsx';
import { stateLabel } from './record-labels.ts';
import { useChangeState, useWorkbench } from './record-queries.ts';
import './record.css';

/** /atlas/mine: my organisation's records in every state and, for platform admins, the review queue. */
export function WorkbenchPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle lead={t('atlas.workbench.lead')}>{t('atlas.workbench.title')}</PageTitle>
      <RequireSignIn>{(me) => <Workbench me={me} />}</RequireSignIn>
    </>
  );
}

function Workbench({ me }: { me: Me }) {
  const { t } = useTranslation();
  const workbench = useWorkbench(true);
  const member = me.organisation?.status === 'confirmed';
  return (
    <>
      {member ? (
        <div className="kern-btn-wrapper page-actions">
          <ButtonLink to="/atlas/new" icon="add">
            {t('atlas.workbench.new')}
          </ButtonLink>
        </div>
      ) : null}
      <QueryState query={workbench} notFound={null}>
        {(data) => (
          <div className="stack-xl">
            {me.isPlatformAdmin ? <ReviewQueue items={data.review} /> : null}
            {member || !me.isPlatformAdmin ? (
              <Section
                title={
                  me.organisation
                    ? t('atlas.workbench.mineTitle', { organisation: me.organisation.name })
                    : t('atlas.workbench.mineTitleNoOrganisation')
                }
              >
                {member ? (
                  <MineByState items={data.mine} />
                ) : (
                  <p className="kern-body">{t('atlas.form.needsOrganisation')}</p>
                )}
              </Section>
            ) : null}
          </div>
        )}
      </QueryState>
    </>
  );
}

/** Drafts first: they are where work waits. */
function MineByState({ items }: { items: CooperationCard[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (items.length === 0) return <p className="kern-body">{t('atlas.workbench.mineEmpty')}</p>;
  return (
    <>
      {RECORD_STATES.map((state) => {
        const inState = items.filter((item) => item.state === state);
        if (inState.length === 0) return null;
        return (
          <Section key={state} level={3} title={`${stateLabel(t, state)} (${format.number(inState.length)})`}>
            <CooperationList items={inState} headingLevel="h4" />
          </Section>
        );
      })}
    </>
  );
}

/** Records waiting for a platform admin (also under Verwaltung); the news of a decision stays after its card has left the queue. */
export function ReviewQueue({ items }: { items: CooperationCard[] }) {
  const { t } = useTranslation();
  const [done, setDone] = useState<string | null>(null);
  return (
    <Section title={t('atlas.workbench.reviewTitle', { count: items.length })}>
      <div aria-live="polite">{done ? <Alert variant="success" title={done} /> : null}</div>
      <CooperationList
        items={items}
        empty={t('atlas.workbench.reviewEmpty')}
        actions={(item) => <ReviewActions item={item} onDone={setDone} />}
      />
    </Section>
  );
}

function ReviewActions({ item, onDone: setDone }: { item: CooperationCard; onDone: (news: string) => void }) {
  const { t } = useTranslation();
  const change = useChangeState(item.id);
  return (
    <div className="review-actions">
      <ProblemAlert error={change.error} />
      <div className="kern-btn-wrapper">
        <Button
          small
          icon="check"
          busy={change.isPending}
          onClick={() =>
            change.mutate(
              { state: 'published' },
              { onSuccess: () => setDone(t('atlas.workbench.publishedItem', { title: item.title })) },
            )
          }
        >
          {t('atlas.record.actions.publish')}
          <span className="visually-hidden"> ({item.title})</span>
        </Button>
        <ConfirmButton
          small
          icon="arrow-back"
          question={t('atlas.record.actions.returnQuestion')}
          confirmLabel={t('atlas.record.actions.returnConfirm')}
          busy={change.isPending}
          onConfirm={() =>
            change.mutate(
              { state: 'draft' },
              { onSuccess: () => setDone(t('atlas.workbench.returnedItem', { title: item.title })) },
            )
          }
        >
          {t('atlas.record.actions.return')}
          <span className="visually-hidden"> ({item.title})</span>
        </ConfirmButton>
      </div>
    </div>
  );
}
