import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/alert.tsx';
import { ButtonLink } from '../../ui/button.tsx';
import { PageTitle } from '../../ui/page-title.tsx';
import { QueryState } from '../../ui/query-state.tsx';
import { RequireSignIn } from '../accounts/require-sign-in.tsx';
import { NotFoundPage } from '../shell/not-found-page.tsx';
import type { MeetingSession } from './media/join-session.ts';
import { PrejoinScreen } from './prejoin/prejoin-screen.tsx';
import { useMeeting } from './queries.ts';
import { MeetingRoom } from './room/meeting-room.tsx';
import './meetings.css';

/** /meetings/$id: the pre-join screen, then the meeting, then a way back to the channel. */
export function MeetingPage() {
  const { id } = useParams({ from: '/meetings/$id' });
  return <RequireSignIn>{(me) => <MeetingFlow id={id} meId={me.id} />}</RequireSignIn>;
}

function MeetingFlow({ id, meId }: { id: string; meId: string }) {
  const { t } = useTranslation();
  const meeting = useMeeting(id);
  const [session, setSession] = useState<MeetingSession | null>(null);
  const [left, setLeft] = useState(false);
  return (
    <QueryState query={meeting} notFound={<NotFoundPage />}>
      {(current) =>
        session ? (
          <MeetingRoom
            session={session}
            meId={meId}
            onLeft={() => {
              setSession(null);
              setLeft(true);
            }}
          />
        ) : left ? (
          <div className="meeting-left">
            <PageTitle preline={t('meetings.preline')}>{current.title}</PageTitle>
            <Alert variant="info" title={t('meetings.room.leftTitle')} role="status" />
            <ButtonLink to="/chat/$channelId" params={{ channelId: current.channelId }} variant="secondary">
              {t('meetings.prejoin.back')}
            </ButtonLink>
          </div>
        ) : (
          <PrejoinScreen meeting={current} onJoined={setSession} />
        )
      }
    </QueryState>
  );
}
