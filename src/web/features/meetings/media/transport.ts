import type { MediaConnection } from '../../../../shared/contracts/meetings.ts';
import type { MeetingSocket } from './meeting-socket.ts';

/** Someone else in the meeting as the transport sees them: their streams, camera first. */
export interface RemoteParticipant {
  connectionId: string;
  personId: string;
  name: string;
  camera: MediaStream | null;
  screen: MediaStream | null;
}

export type PeerState = 'new' | 'connecting' | 'connected' | 'disconnected' | 'failed' | 'closed';

export interface TransportEvents {
  /** A stream arrived or went, or someone's screen share started or stopped. */
  remoteChanged(participants: RemoteParticipant[]): void;
  stateChanged(connectionId: string, state: PeerState): void;
}

/**
 * How the meeting screen sends and receives media, whatever carries it: the full mesh of
 * RTCPeerConnections (mesh-transport.ts) or, later, a media server (a LiveKit transport implements the
 * same interface). The screen hands it the local streams and the list of people in the meeting
 * (from meeting.changed) and draws what `remoteChanged` reports.
 */
export interface MeetingTransport {
  readonly kind: 'mesh' | 'livekit';
  start(local: { camera: MediaStream }): Promise<void>;
  /** Another camera or microphone (device switch): the tracks are replaced without renegotiation. */
  setCamera(stream: MediaStream): Promise<void>;
  /** Screen sharing on (a getDisplayMedia stream) or off (null). */
  setScreen(stream: MediaStream | null): Promise<void>;
  setMuted(muted: boolean): void;
  setCameraOff(off: boolean): void;
  /** Everyone in the meeting now, this browser included (it is skipped). */
  participantsChanged(list: ReadonlyArray<{ connectionId: string; personId: string; name: string }>): void;
  stop(): void;
  on<K extends keyof TransportEvents>(event: K, handler: TransportEvents[K]): () => void;
  /** Signalling messages sent and received so far (for the measurements in docs/benchmarks.md). */
  stats(): { sent: number; received: number };
}

/** The transport for the connection the server handed out; a media server's is loaded only when needed. */
export async function createTransport(
  connection: MediaConnection,
  options: { meetingId: string; socket: MeetingSocket },
): Promise<MeetingTransport> {
  if (connection.mode === 'mesh') {
    const { MeshTransport } = await import('./mesh-transport.ts');
    return new MeshTransport({ ...options, iceServers: connection.iceServers });
  }
  if (connection.mode === 'livekit') {
    const { createLiveKitTransport } = await import('../transport-livekit.ts');
    return createLiveKitTransport(connection);
  }
  // Jitsi runs in its own page: the pre-join screen links there instead of joining here.
  throw new Error('This meeting runs in Jitsi Meet; open its link.');
}
