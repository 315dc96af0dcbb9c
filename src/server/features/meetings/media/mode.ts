import { MEETING_LIMITS } from '../../../../shared/contracts/meetings.ts';
import type { MediaConfig } from './media-config.ts';

/**
 * How many people a browser-to-browser meeting holds (the shared contract's limits, which the meeting
 * screen states): each browser sends its video to every other, so upload and CPU grow with each person
 * sending video; audio is small enough for six in all.
 */
export const MESH_LIMITS = { video: MEETING_LIMITS.video, audioOnly: MEETING_LIMITS.audioOnly } as const;

export type MediaMode = 'mesh' | 'livekit' | 'jitsi';

/** `full`: the mesh is at its limit and no media server takes over; the caller answers 409 with the limit. */
export type ModeChoice = { mode: MediaMode } | { mode: 'full'; limit: number };

/** Who would be in the meeting once the person joins (they counted too). */
export interface MeshLoad {
  /** Everyone in it. */
  total: number;
  /** Those of them sending video. */
  withVideo: number;
}

export interface ModeRequest extends MeshLoad {
  /** The meeting's mode so far. A meeting on a media server stays there when people leave, so that nobody is left behind in another mode. */
  current?: MediaMode;
  /** Whether a Jitsi link is welcome once the mesh is full (default true: the operator configured Jitsi for it). */
  preferJitsi?: boolean;
}

function checkedLoad({ total, withVideo }: MeshLoad): MeshLoad {
  if (!Number.isInteger(total) || total < 1 || !Number.isInteger(withVideo) || withVideo < 0 || withVideo > total)
    throw new RangeError(
      `a meeting's load must be whole numbers with 0 ≤ withVideo ≤ total ≥ 1, got ${total}/${withVideo}`,
    );
  return { total, withVideo };
}

/** Whether the mesh would hold them: at most 4 sending video and 6 in all. */
export function isOverMesh(load: MeshLoad): boolean {
  const { total, withVideo } = checkedLoad(load);
  return total > MESH_LIMITS.audioOnly || withVideo > MESH_LIMITS.video;
}

/** The mode once it is known whether the mesh is outgrown (shared with `mediaConnectionFor`). */
export function modeWhen(
  overMesh: boolean,
  request: { current?: MediaMode; preferJitsi?: boolean },
  config: Pick<MediaConfig, 'livekit' | 'jitsi'>,
): MediaMode | 'full' {
  const jitsiWelcome = config.jitsi !== undefined && request.preferJitsi !== false;
  if (request.current === 'livekit' && config.livekit) return 'livekit';
  if (request.current === 'jitsi' && jitsiWelcome) return 'jitsi';
  if (!overMesh) return 'mesh';
  if (config.livekit) return 'livekit';
  if (jitsiWelcome) return 'jitsi';
  return 'full';
}

/**
 * The media mode for a meeting that someone joins: the mesh while it holds everyone (4 with video,
 * 6 in all), then LiveKit when configured, else Jitsi when configured and welcome, else `full` with the
 * limit that was passed.
 */
export function chooseMode(request: ModeRequest, config: Pick<MediaConfig, 'livekit' | 'jitsi'>): ModeChoice {
  const mode = modeWhen(isOverMesh(request), request, config);
  if (mode !== 'full') return { mode };
  return { mode, limit: request.withVideo > MESH_LIMITS.video ? MESH_LIMITS.video : MESH_LIMITS.audioOnly };
}
