import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MEETING_LIMITS, type Meeting } from '../../../../shared/contracts/meetings.ts';
import { isApiError } from '../../../api/api-error.ts';
import { Alert } from '../../../ui/alert.tsx';
import { Button, ButtonLink } from '../../../ui/button.tsx';
import { PageTitle } from '../../../ui/page-title.tsx';
import { SelectField } from '../../../ui/select-field.tsx';
import { joinSession, type MeetingSession, probe } from '../media/join-session.ts';
import { meetingApi } from '../queries.ts';
import { LevelMeter } from './level-meter.tsx';
import { useLocalMedia } from './use-local-media.ts';

/**
 * Before joining: the camera's picture, the devices to choose, the microphone's level, what the mesh
 * allows and — without ICE servers — that only the same network works. Joining takes the stream along.
 */
export function PrejoinScreen({
  meeting,
  onJoined,
}: {
  meeting: Meeting;
  onJoined: (session: MeetingSession) => void;
}) {
  const { t } = useTranslation();
  const media = useLocalMedia();
  const preview = useRef<HTMLVideoElement>(null);
  const [joining, setJoining] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const connection = useQuery({
    queryKey: ['meetings', 'connection', meeting.id, media.withCamera],
    queryFn: () => meetingApi.connection(meeting.id, media.withCamera),
  });
  const mesh = connection.data?.connection.mode === 'mesh' ? connection.data.connection : null;
  const jitsi = connection.data?.connection.mode === 'jitsi' ? connection.data.connection : null;

  useEffect(() => {
    if (preview.current) preview.current.srcObject = media.stream;
  }, [media.stream]);

  async function join() {
    if (joining || !media.stream) return;
    probe().joinClickedAt = performance.now();
    probe().firstRemoteFrameAt = null;
    setJoining(true);
    setError(null);
    try {
      const stream = media.release() ?? media.stream;
      onJoined(await joinSession(meeting.id, stream, media.withCamera));
    } catch (err) {
      setJoining(false);
      if (isApiError(err, 409)) {
        setError(
          err.type === 'meeting-ended'
            ? t('meetings.prejoin.ended')
            : t('meetings.prejoin.full', { detail: err.detail ?? err.title }),
        );
      } else setError(err instanceof Error ? err.message : String(err));
    }
  }

  const deviceOptions = (list: MediaDeviceInfo[], label: string) =>
    list.map((d, i) => ({ value: d.deviceId, label: d.label || `${label} ${i + 1}` }));

  return (
    <div className="prejoin">
      <PageTitle preline={t('meetings.preline')} lead={t('meetings.prejoin.title')}>
        {meeting.title}
      </PageTitle>
      {meeting.status === 'ended' ? <Alert variant="info" title={t('meetings.prejoin.ended')} /> : null}
      <div className="prejoin__grid">
        <div className="prejoin__preview">
          {media.withCamera ? (
            <video
              ref={preview}
              className="prejoin__video"
              autoPlay
              muted
              playsInline
              aria-label={t('meetings.prejoin.preview')}
            />
          ) : (
            <div className="prejoin__no-video" aria-hidden="true">
              {t('meetings.room.cameraIsOff')}
            </div>
          )}
          <LevelMeter stream={media.stream} label={t('meetings.prejoin.level')} />
        </div>
        <div className="prejoin__settings">
          {media.failed ? <Alert variant="danger" role="alert" title={t('meetings.prejoin.mediaFailed')} /> : null}
          <div className="kern-form-check">
            <input
              id="prejoin-no-camera"
              type="checkbox"
              className="kern-form-check__checkbox"
              checked={!media.withCamera}
              onChange={(event) => media.setWithCamera(!event.target.checked)}
            />
            <label className="kern-label" htmlFor="prejoin-no-camera">
              {t('meetings.prejoin.noCamera')}
            </label>
          </div>
          {media.withCamera && media.devices.cameras.length > 0 ? (
            <SelectField
              id="prejoin-camera"
              label={t('meetings.prejoin.camera')}
              value={media.cameraId || (media.stream?.getVideoTracks()[0]?.getSettings().deviceId ?? '')}
              onChange={media.setCameraId}
              options={deviceOptions(media.devices.cameras, t('meetings.prejoin.camera'))}
            />
          ) : null}
          {media.devices.microphones.length > 0 ? (
            <SelectField
              id="prejoin-microphone"
              label={t('meetings.prejoin.microphone')}
              value={media.microphoneId || (media.stream?.getAudioTracks()[0]?.getSettings().deviceId ?? '')}
              onChange={media.setMicrophoneId}
              options={deviceOptions(media.devices.microphones, t('meetings.prejoin.microphone'))}
            />
          ) : null}
          <ul className="prejoin__notes kern-body">
            <li>{t('meetings.prejoin.limits', { video: MEETING_LIMITS.video, audio: MEETING_LIMITS.audioOnly })}</li>
            <li>{t('meetings.prejoin.privacy')}</li>
            <li>{t('meetings.prejoin.captions')}</li>
          </ul>
          {mesh && mesh.iceServers.length === 0 ? (
            <Alert variant="warning" title={t('meetings.prejoin.directOnly')} />
          ) : null}
          {error ? <Alert variant="danger" role="alert" title={error} /> : null}
          <div className="prejoin__actions">
            {jitsi ? (
              <a className="kern-btn kern-btn--primary" href={jitsi.url} target="_blank" rel="noopener noreferrer">
                <span className="kern-label">{t('meetings.prejoin.jitsi')}</span>
              </a>
            ) : null}
            <Button onClick={() => void join()} busy={joining || !media.stream || meeting.status === 'ended'}>
              {joining ? t('meetings.prejoin.joining') : t('meetings.prejoin.join')}
            </Button>
            <ButtonLink to="/chat/$channelId" params={{ channelId: meeting.channelId }} variant="secondary">
              {t('meetings.prejoin.back')}
            </ButtonLink>
          </div>
        </div>
      </div>
    </div>
  );
}
