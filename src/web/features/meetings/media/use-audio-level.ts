import { useEffect, useState } from 'react';

let shared: AudioContext | null = null;
const context = () => {
  shared ??= new AudioContext();
  if (shared.state === 'suspended') void shared.resume().catch(() => undefined);
  return shared;
};

/** The loudness of a stream's audio from 0 to 1, measured a few times a second (level meter, speaking). */
export function useAudioLevel(stream: MediaStream | null, everyMs = 150): number {
  const [level, setLevel] = useState(0);
  useEffect(() => {
    if (!stream || stream.getAudioTracks().length === 0 || typeof AudioContext === 'undefined') {
      setLevel(0);
      return;
    }
    const audio = context();
    const source = audio.createMediaStreamSource(stream);
    const analyser = audio.createAnalyser();
    analyser.fftSize = 512;
    source.connect(analyser);
    const samples = new Uint8Array(analyser.fftSize);
    const timer = setInterval(() => {
      analyser.getByteTimeDomainData(samples);
      let sum = 0;
      for (const s of samples) sum += ((s - 128) / 128) ** 2;
      setLevel(Math.min(1, Math.sqrt(sum / samples.length) * 4));
    }, everyMs);
    return () => {
      clearInterval(timer);
      source.disconnect();
    };
  }, [stream, everyMs]);
  return level;
}

/** Whether someone is speaking: the level above a threshold, and not muted. */
export const SPEAKING_LEVEL = 0.08;
