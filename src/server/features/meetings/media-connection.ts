import type { MediaConnection } from '../../../shared/contracts/meetings.ts';
import type { Config } from '../../config.ts';
import { type MediaMode, mediaConnectionFor } from './media/index.ts';

/**
 * What a browser joining the meeting is handed (mesh with ICE servers, LiveKit, Jitsi; the media part
 * decides); null when the mesh is full and no media server is configured. A meeting once moved to a
 * media server stays there (`current`).
 */
export function connectionFor(
  config: Config,
  request: {
    meetingId: string;
    person: { id: string; name: string };
    overMesh: boolean;
    video: boolean;
    current: string;
    starter: boolean;
  },
): Promise<MediaConnection | null> {
  return mediaConnectionFor(config.media, { ...request, current: request.current as MediaMode, canPublish: true });
}
