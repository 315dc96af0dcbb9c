import { useCallback, useEffect, useRef, useState } from 'react';

export interface Devices {
  cameras: MediaDeviceInfo[];
  microphones: MediaDeviceInfo[];
}

/**
 * The local camera and microphone: asks for them, lists the devices (labels appear once allowed) and
 * switches to the chosen ones. Without camera the stream holds the microphone only.
 */
export function useLocalMedia() {
  const [stream, setStream] = useState<MediaStream | null>(null);
  const [devices, setDevices] = useState<Devices>({ cameras: [], microphones: [] });
  const [cameraId, setCameraId] = useState<string>('');
  const [microphoneId, setMicrophoneId] = useState<string>('');
  const [withCamera, setWithCamera] = useState(true);
  const [failed, setFailed] = useState(false);
  const current = useRef<MediaStream | null>(null);

  const acquire = useCallback(async (camera: boolean, cameraDevice: string, microphoneDevice: string) => {
    try {
      const next = await navigator.mediaDevices.getUserMedia({
        audio: microphoneDevice ? { deviceId: { exact: microphoneDevice } } : true,
        video: camera ? (cameraDevice ? { deviceId: { exact: cameraDevice } } : { width: 640, height: 360 }) : false,
      });
      for (const track of current.current?.getTracks() ?? []) track.stop();
      current.current = next;
      setStream(next);
      setFailed(false);
      const list = await navigator.mediaDevices.enumerateDevices();
      setDevices({
        cameras: list.filter((d) => d.kind === 'videoinput'),
        microphones: list.filter((d) => d.kind === 'audioinput'),
      });
    } catch {
      setFailed(true);
    }
  }, []);

  useEffect(() => {
    void acquire(withCamera, cameraId, microphoneId);
  }, [acquire, withCamera, cameraId, microphoneId]);

  /** Stops nothing: the meeting screen takes the stream over. */
  const release = useCallback(() => {
    const taken = current.current;
    current.current = null;
    return taken;
  }, []);

  useEffect(
    () => () => {
      for (const track of current.current?.getTracks() ?? []) track.stop();
    },
    [],
  );

  return {
    stream,
    devices,
    cameraId,
    microphoneId,
    withCamera,
    failed,
    setCameraId,
    setMicrophoneId,
    setWithCamera,
    release,
  };
}
