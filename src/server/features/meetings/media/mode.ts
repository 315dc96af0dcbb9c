import type { MediaConfig } from './media-config.ts';

/**
 * How many people a browser-to-browser meeting holds: each browser sends its video to every other, so
 * upload and CPU grow with each person; without video the streams are small enough for six.
 */
export const MESH_LIMITS = { video: 4, audioOnly: 6 } as const;

export type MediaMode = 'mesh' | 'livekit' | 'jitsi';

/** `full`: the mesh is at its limit and no media server takes over; the caller answers 409 with the limit. */
export type ModeChoice = { mode: MediaMode } | { mode: 'full'; limit: number };

export interface ModeRequest {
  /** People in the meeting, counting the one who joins. */
  participants: number;
  /** Whether anyone in it (the joiner included) sends video: the lower limit applies. */
  video: boolean;
  /** The meeting's mode so far. A meeting on a media server stays there when people leave, so that nobody is left behind in another mode. */
  current?: MediaMode;
  /** Whether a Jitsi link is welcome once the mesh is full (default true: the operator configured Jitsi for it). */
  preferJitsi?: boolean;
}

/** The mesh limit that applies: 4 with video, 6 audio-only. */
export function meshLimit(video: boolean): number {
  return video ? MESH_LIMITS.video : MESH_LIMITS.audioOnly;
}

/** Whether `participants` people (the joiner included) are more than the mesh holds. */
export function isOverMesh(participants: number, video: boolean): boolean {
  if (!Number.isInteger(participants) || participants < 1)
    throw new RangeError(`participants must be a whole number of at least 1, got ${participants}`);
  return participants > meshLimit(video);
}

/** The mode once it is known whether the mesh is outgrown (shared with `mediaConnectionFor`). */
export function modeWhen(
  overMesh: boolean,
  request: { video: boolean; current?: MediaMode; preferJitsi?: boolean },
  config: Pick<MediaConfig, 'livekit' | 'jitsi'>,
): ModeChoice {
  const jitsiWelcome = config.jitsi !== undefined && request.preferJitsi !== false;
  if (request.current === 'livekit' && config.livekit) return { mode: 'livekit' };
  if (request.current === 'jitsi' && jitsiWelcome) return { mode: 'jitsi' };
  if (!overMesh) return { mode: 'mesh' };
  if (config.livekit) return { mode: 'livekit' };
  if (jitsiWelcome) return { mode: 'jitsi' };
  return { mode: 'full', limit: meshLimit(request.video) };
}

/**
 * The media mode for a meeting that someone joins: the mesh while it holds everyone (4 with video,
 * 6 audio-only), then LiveKit when configured, else Jitsi when configured and welcome, else `full`.
 */
export function chooseMode(request: ModeRequest, config: Pick<MediaConfig, 'livekit' | 'jitsi'>): ModeChoice {
  return modeWhen(isOverMesh(request.participants, request.video), request, config);
}
