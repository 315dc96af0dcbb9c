import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { probe } from '../media/join-session.ts';
import { SPEAKING_LEVEL, useAudioLevel } from '../media/use-audio-level.ts';

interface VideoTileProps {
  stream: MediaStream | null;
  name: string;
  /** The local picture: muted (no echo) and mirrored. */
  local?: boolean;
  screen?: boolean;
  muted?: boolean;
  cameraOff?: boolean;
  handRaised?: boolean;
  connectionId?: string;
}

/** One person's picture (or shared screen) with their name, and whether they speak, are muted or raise a hand. */
export function VideoTile(props: VideoTileProps) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const level = useAudioLevel(props.screen ? null : props.stream);
  const speaking = !props.muted && level > SPEAKING_LEVEL;

  useEffect(() => {
    const element = video.current;
    if (!element) return;
    element.srcObject = props.stream;
    if (props.local || !props.stream) return;
    // The first picture from anyone else, for the join-to-first-frame figure.
    const first = () => {
      const p = probe();
      if (p.firstRemoteFrameAt === null && element.videoWidth > 0) p.firstRemoteFrameAt = performance.now();
    };
    element.requestVideoFrameCallback(first);
  }, [props.stream, props.local]);

  const label = props.screen
    ? t('meetings.room.screenOf', { name: props.name })
    : t('meetings.room.videoOf', { name: props.name });
  const states = [
    props.muted ? t('meetings.room.muted') : null,
    props.cameraOff && !props.screen ? t('meetings.room.cameraIsOff') : null,
    props.handRaised ? t('meetings.room.handRaised') : null,
    speaking ? t('meetings.room.speaking') : null,
  ].filter(Boolean);

  return (
    <figure
      className={[
        'video-tile',
        speaking ? 'video-tile--speaking' : '',
        props.screen ? 'video-tile--screen' : '',
        props.local ? 'video-tile--local' : '',
      ]
        .filter(Boolean)
        .join(' ')}
      data-connection-id={props.connectionId}
      data-kind={props.screen ? 'screen' : 'camera'}
    >
      <video ref={video} className="video-tile__video" autoPlay playsInline muted={props.local} aria-label={label} />
      {props.cameraOff && !props.screen ? (
        <div className="video-tile__off" aria-hidden="true">
          {initials(props.name)}
        </div>
      ) : null}
      <figcaption className="video-tile__caption">
        <span className="video-tile__name">{props.screen ? label : props.name}</span>
        {states.length > 0 ? <span className="video-tile__states">{states.join(' · ')}</span> : null}
        {props.handRaised ? (
          <span className="video-tile__hand" aria-hidden="true">
            ✋
          </span>
        ) : null}
      </figcaption>
    </figure>
  );
}

function initials(name: string) {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join('');
}
