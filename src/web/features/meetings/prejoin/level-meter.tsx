import { useAudioLevel } from '../media/use-audio-level.ts';

/** The microphone's level as a meter, so people see that they are heard before they join. */
export function LevelMeter({ stream, label }: { stream: MediaStream | null; label: string }) {
  const level = useAudioLevel(stream);
  const percent = Math.round(level * 100);
  return (
    <div className="level-meter">
      <span className="kern-label" id="level-meter-label">
        {label}
      </span>
      <meter
        className="level-meter__bar"
        aria-labelledby="level-meter-label"
        min={0}
        max={100}
        low={10}
        high={90}
        optimum={50}
        value={percent}
      />
    </div>
  );
}
