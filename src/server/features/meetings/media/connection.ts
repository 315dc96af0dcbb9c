import type { MediaConnection } from '../../../../shared/contracts/meetings.ts';
import { iceServersFor } from './ice-servers.ts';
import { jitsiLink } from './jitsi-link.ts';
import { mintLiveKitToken } from './livekit-token.ts';
import type { MediaConfig } from './media-config.ts';
import { type MediaMode, modeWhen } from './mode.ts';

/** What the joining browser is handed (the shared contract's schema): `mesh` is the default. */
export type { MediaConnection };

export interface MediaConnectionRequest {
  meetingId: string;
  person: { id: string; name: string };
  /** True for every participant who may read the channel; false joins a media server to listen only. */
  canPublish: boolean;
  /** Whether the mesh limits are passed with this joiner (`isOverMesh`). */
  overMesh: boolean;
  /** Whether the joiner sends video (not needed here; accepted so callers can pass their request on). */
  video?: boolean;
  /** The meeting's mode so far: once on a media server it stays there (see `chooseMode`). */
  current?: MediaMode;
  /** The meeting's starter: Jitsi's moderator. LiveKit gives nobody admin rights. */
  starter?: boolean;
  /** Whether a Jitsi link is welcome when the mesh is full (default true). */
  preferJitsi?: boolean;
  now?: Date;
}

/**
 * Decides the mode of one person's connection and mints what it needs: ICE servers (with time-limited
 * TURN credentials) for the mesh, a LiveKit token, or a Jitsi link. Null when the mesh is full and no
 * media server takes over: the caller answers 409 `meeting-full`. The caller has checked that the person
 * may take part (reads the channel); this only maps that onto the media server's rights.
 */
export async function mediaConnectionFor(
  config: MediaConfig,
  request: MediaConnectionRequest,
): Promise<MediaConnection | null> {
  const mode = modeWhen(request.overMesh, request, config);
  const rights = { takePart: true, publish: request.canPublish };
  if (mode === 'mesh') return { mode: 'mesh', iceServers: iceServersFor(config, request.person.id, request.now) };
  if (mode === 'livekit' && config.livekit) {
    const pass = await mintLiveKitToken(config.livekit, { ...request, rights, ttlSeconds: config.tokenSeconds });
    return pass && { mode: 'livekit', url: pass.url, token: pass.token, expiresAt: pass.expiresAt };
  }
  if (mode === 'jitsi' && config.jitsi) {
    const pass = jitsiLink(config.jitsi, {
      ...request,
      rights,
      starter: request.starter ?? false,
      ttlSeconds: config.tokenSeconds,
    });
    return pass && { mode: 'jitsi', url: pass.url, expiresAt: pass.expiresAt };
  }
  return null;
}
