import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../../shared/contracts/meetings.ts';
import { Alert } from '../../../ui/alert.tsx';
import { PageTitle } from '../../../ui/page-title.tsx';
import type { MeetingSession } from '../media/join-session.ts';
import type { RemoteParticipant } from '../media/transport.ts';
import { meetingApi } from '../queries.ts';
import { MeetingChat } from './meeting-chat.tsx';
import { MeetingControls } from './meeting-controls.tsx';
import { ParticipantList } from './participant-list.tsx';
import { useAnnouncements } from './use-announcements.ts';
import { VideoTile } from './video-tile.tsx';

/**
 * The meeting: everyone's picture, shared screens first, the controls, the participant list and the
 * channel thread as chat. Join, leave and raised hands are announced in a polite live region.
 */
export function MeetingRoom({ session, meId, onLeft }: { session: MeetingSession; meId: string; onLeft: () => void }) {
  const { t } = useTranslation();
  const { transport, socket, connectionId } = session;
  const [meeting, setMeeting] = useState<Meeting>(session.meeting);
  const [remotes, setRemotes] = useState<RemoteParticipant[]>([]);
  const [camera, setCamera] = useState<MediaStream>(session.camera);
  const [muted, setMuted] = useState(false);
  const [cameraOff, setCameraOff] = useState(!session.video);
  const [screen, setScreen] = useState<MediaStream | null>(null);
  const [lost, setLost] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const done = useRef(false);
  const announcement = useAnnouncements(meeting.participants, connectionId);

  const finish = useCallback(
    async (how: 'leave' | 'end' | 'gone') => {
      if (done.current) return;
      done.current = true;
      transport.stop();
      try {
        if (how === 'end') await meetingApi.end(meeting.id);
        else if (how === 'leave') await meetingApi.leave(meeting.id, connectionId);
      } finally {
        socket.close();
        for (const track of [...camera.getTracks(), ...(screen?.getTracks() ?? [])]) track.stop();
        onLeft();
      }
    },
    [transport, socket, meeting.id, connectionId, camera, screen, onLeft],
  );

  useEffect(() => {
    const offRemote = transport.on('remoteChanged', setRemotes);
    const offMeeting = socket.onMeeting((next) => {
      if (next.id !== session.meeting.id) return;
      setMeeting(next);
      transport.participantsChanged(next.participants);
    });
    const offClose = socket.onClose(() => setLost(true));
    transport.participantsChanged(session.meeting.participants);
    return () => {
      offRemote();
      offMeeting();
      offClose();
    };
  }, [transport, socket, session.meeting]);

  useEffect(() => {
    if (meeting.status === 'ended' && !done.current) void finish('gone');
  }, [meeting.status, finish]);

  // Navigating away gives the seat up (closing the tab closes the socket, which does too).
  const finishRef = useRef(finish);
  finishRef.current = finish;
  // (After a tick, so that React's development double mount does not leave.)
  const mounted = useRef(0);
  useEffect(() => {
    mounted.current += 1;
    return () => {
      mounted.current -= 1;
      setTimeout(() => {
        if (mounted.current === 0) void finishRef.current('leave');
      }, 0);
    };
  }, []);

  async function toggleCamera() {
    setProblem(null);
    const turnOn = cameraOff;
    try {
      if (turnOn && camera.getVideoTracks().length === 0) {
        await meetingApi.media(meeting.id, connectionId, true);
        const video = await navigator.mediaDevices.getUserMedia({ video: { width: 640, height: 360 } });
        const combined = new MediaStream([...camera.getAudioTracks(), ...video.getVideoTracks()]);
        await transport.setCamera(combined);
        setCamera(combined);
      } else {
        await meetingApi.media(meeting.id, connectionId, turnOn);
      }
      transport.setCameraOff(!turnOn);
      setCameraOff(!turnOn);
    } catch (err) {
      setProblem(err instanceof Error ? err.message : String(err));
    }
  }

  async function toggleScreen() {
    setProblem(null);
    if (screen) {
      for (const track of screen.getTracks()) track.stop();
      await transport.setScreen(null);
      setScreen(null);
      return;
    }
    try {
      const display = await navigator.mediaDevices.getDisplayMedia({ video: true, audio: false });
      display.getVideoTracks()[0]?.addEventListener('ended', () => {
        void transport.setScreen(null);
        setScreen(null);
      });
      await transport.setScreen(display);
      setScreen(display);
    } catch {
      setProblem(t('meetings.room.shareFailed'));
    }
  }

  const mine = meeting.participants.find((p) => p.connectionId === connectionId);
  const byConnection = new Map(meeting.participants.map((p) => [p.connectionId, p]));
  const screens = remotes.filter((r) => r.screen);

  return (
    <div className="meeting-room">
      <PageTitle preline={t('meetings.preline')}>{t('meetings.room.title', { title: meeting.title })}</PageTitle>
      <p className="visually-hidden" aria-live="polite" role="status">
        {announcement}
      </p>
      {lost ? <Alert variant="danger" role="alert" title={t('meetings.room.lost')} /> : null}
      {meeting.mediaMode !== transport.kind ? (
        <Alert variant="info" role="status" title={t('meetings.room.mediaServer')} />
      ) : null}
      {problem ? <Alert variant="danger" role="alert" title={problem} /> : null}
      <div className="meeting-room__stage">
        <ul
          className="meeting-tiles"
          aria-label={t('meetings.room.participants', { count: meeting.participants.length })}
        >
          {screen ? (
            <li>
              <VideoTile stream={screen} name={t('meetings.room.you')} local screen />
            </li>
          ) : null}
          {screens.map((r) => (
            <li key={`screen-${r.connectionId}`}>
              <VideoTile stream={r.screen} name={r.name} screen connectionId={r.connectionId} />
            </li>
          ))}
          <li>
            <VideoTile
              stream={camera}
              name={`${mine?.name ?? ''} (${t('meetings.room.you')})`}
              local
              muted={muted}
              cameraOff={cameraOff}
              handRaised={mine?.handRaised ?? false}
            />
          </li>
          {remotes.map((r) => {
            const who = byConnection.get(r.connectionId);
            return (
              <li key={r.connectionId}>
                <VideoTile
                  stream={r.camera}
                  name={who?.name ?? r.name}
                  connectionId={r.connectionId}
                  cameraOff={who ? !who.video : false}
                  handRaised={who?.handRaised ?? false}
                />
              </li>
            );
          })}
        </ul>
        <MeetingControls
          muted={muted}
          cameraOff={cameraOff}
          sharing={screen !== null}
          handRaised={mine?.handRaised ?? false}
          canEnd={meeting.createdBy.id === meId || mine !== undefined}
          onMute={() => {
            transport.setMuted(!muted);
            setMuted(!muted);
          }}
          onCamera={() => void toggleCamera()}
          onShare={() => void toggleScreen()}
          onHand={() => void meetingApi.hand(meeting.id, connectionId, !(mine?.handRaised ?? false)).then(setMeeting)}
          onLeave={() => void finish('leave')}
          onEnd={() => void finish('end')}
        />
        <p className="kern-body meeting-room__help">{t('meetings.room.help')}</p>
      </div>
      <div className="meeting-room__side">
        <ParticipantList participants={meeting.participants} ownConnectionId={connectionId} />
        {meeting.messageId ? <MeetingChat channelId={meeting.channelId} rootId={meeting.messageId} /> : null}
      </div>
    </div>
  );
}
