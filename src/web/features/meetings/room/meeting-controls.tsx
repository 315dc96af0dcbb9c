import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/button.tsx';

interface MeetingControlsProps {
  muted: boolean;
  cameraOff: boolean;
  sharing: boolean;
  handRaised: boolean;
  canEnd: boolean;
  onMute: () => void;
  onCamera: () => void;
  onShare: () => void;
  onHand: () => void;
  onLeave: () => void;
  onEnd: () => void;
}

/** The meeting's buttons: each toggle names what it will do now, every one reachable by Tab. */
export function MeetingControls(props: MeetingControlsProps) {
  const { t } = useTranslation();
  const canShare = typeof navigator !== 'undefined' && typeof navigator.mediaDevices?.getDisplayMedia === 'function';
  return (
    <div className="meeting-controls" role="toolbar" aria-label={t('meetings.preline')}>
      <Button variant="secondary" onClick={props.onMute}>
        {props.muted ? t('meetings.room.unmute') : t('meetings.room.mute')}
      </Button>
      <Button variant="secondary" onClick={props.onCamera}>
        {props.cameraOff ? t('meetings.room.cameraOn') : t('meetings.room.cameraOff')}
      </Button>
      {canShare ? (
        <Button variant="secondary" onClick={props.onShare}>
          {props.sharing ? t('meetings.room.stopShare') : t('meetings.room.share')}
        </Button>
      ) : null}
      <Button variant="secondary" onClick={props.onHand}>
        {props.handRaised ? t('meetings.room.lowerHand') : t('meetings.room.raiseHand')}
      </Button>
      <Button variant="primary" onClick={props.onLeave}>
        {t('meetings.room.leave')}
      </Button>
      {props.canEnd ? (
        <Button variant="tertiary" onClick={props.onEnd}>
          {t('meetings.room.end')}
        </Button>
      ) : null}
    </div>
  );
}
