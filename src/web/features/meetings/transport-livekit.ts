// The meeting transport over a LiveKit server (SFU), for meetings larger than the mesh. Loaded with a
// dynamic import (`await import('../transport-livekit.ts')` in media/transport.ts) only when the server
// hands a `livekit` connection, so the mesh-only default never downloads livekit-client.
import {
  ConnectionState,
  type RemoteParticipant as LiveKitParticipant,
  type LocalTrackPublication,
  Room,
  RoomEvent,
  Track,
} from 'livekit-client';
import type { MeetingTransport, PeerState, TransportEvents } from './media/transport.ts';
import {
  type RemotePersonTracks,
  RemoteStreams,
  type TrackSourceName,
  unlistedConnectionId,
} from './transport-livekit-streams.ts';

type PublishedSource = 'camera' | 'microphone' | 'screen_share' | 'screen_share_audio';

const SOURCES: Record<PublishedSource, Track.Source> = {
  camera: Track.Source.Camera,
  microphone: Track.Source.Microphone,
  screen_share: Track.Source.ScreenShare,
  screen_share_audio: Track.Source.ScreenShareAudio,
};

/** The room's connection as the state of every remote person: they are all reached through it. */
export function peerStateOf(state: ConnectionState): PeerState {
  switch (state) {
    case ConnectionState.Connected:
      return 'connected';
    case ConnectionState.Disconnected:
      return 'disconnected';
    default:
      return 'connecting';
  }
}

function tracksOf(participant: LiveKitParticipant): RemotePersonTracks {
  const tracks: RemotePersonTracks['tracks'] = [];
  for (const publication of participant.trackPublications.values()) {
    const mediaStreamTrack = publication.track?.mediaStreamTrack;
    if (mediaStreamTrack) tracks.push({ source: publication.source as TrackSourceName, track: mediaStreamTrack });
  }
  return { identity: participant.identity, name: participant.name ?? participant.identity, tracks };
}

export class LiveKitTransport implements MeetingTransport {
  readonly kind = 'livekit' as const;
  private readonly streams = new RemoteStreams();
  private readonly handlers = {
    remoteChanged: new Set<TransportEvents['remoteChanged']>(),
    stateChanged: new Set<TransportEvents['stateChanged']>(),
  };
  private roster = new Map<string, { connectionId: string; name: string }>();
  /** The caller's tracks as published now, per source: they stay the caller's (never stopped here). */
  private readonly published = new Map<PublishedSource, MediaStreamTrack>();
  private muted = false;
  private cameraOff = false;
  private stopped = false;

  constructor(
    private readonly connection: { url: string; token: string },
    // The tracks are handed to the UI as MediaStreams, not attached through LiveKit, so adaptive stream
    // (which pauses tracks attached to no visible element) stays off; the caller's tracks are never stopped.
    private readonly room: Room = new Room({ adaptiveStream: false, dynacast: true, stopLocalTrackOnUnpublish: false }),
  ) {
    const changed = () => this.emitRemote();
    room
      .on(RoomEvent.ParticipantConnected, changed)
      .on(RoomEvent.ParticipantDisconnected, (participant) => {
        this.emitState(participant.identity, 'closed');
        changed();
      })
      .on(RoomEvent.TrackSubscribed, changed)
      .on(RoomEvent.TrackUnsubscribed, changed)
      .on(RoomEvent.ConnectionStateChanged, (state) => {
        for (const participant of room.remoteParticipants.values())
          this.emitState(participant.identity, peerStateOf(state));
      })
      .on(RoomEvent.Disconnected, () => {
        // Not asked for: the server ended it (token refused, room closed, the same person joined elsewhere).
        if (!this.stopped) for (const identity of this.remoteIdentities()) this.emitState(identity, 'failed');
      });
  }

  async start(local: { camera: MediaStream }): Promise<void> {
    await this.room.connect(this.connection.url, this.connection.token, { autoSubscribe: true });
    await this.setCamera(local.camera);
    this.emitRemote();
  }

  async setCamera(stream: MediaStream): Promise<void> {
    await this.put('camera', stream.getVideoTracks()[0]);
    await this.put('microphone', stream.getAudioTracks()[0]);
  }

  async setScreen(stream: MediaStream | null): Promise<void> {
    await this.put('screen_share', stream?.getVideoTracks()[0]);
    await this.put('screen_share_audio', stream?.getAudioTracks()[0]);
  }

  setMuted(muted: boolean): void {
    this.muted = muted;
    const microphone = this.publication('microphone');
    if (microphone) void (muted ? microphone.mute() : microphone.unmute());
  }

  setCameraOff(off: boolean): void {
    this.cameraOff = off;
    const camera = this.publication('camera');
    if (camera) void (off ? camera.mute() : camera.unmute());
  }

  /** Everyone in the meeting by Allmende's list; this browser's own entry finds no remote LiveKit participant. */
  participantsChanged(list: ReadonlyArray<{ connectionId: string; personId: string; name: string }>): void {
    this.roster = new Map(list.map((p) => [p.personId, { connectionId: p.connectionId, name: p.name }]));
    this.emitRemote();
  }

  stop(): void {
    this.stopped = true;
    void this.room.disconnect(false);
    this.room.removeAllListeners();
    this.streams.clear();
    this.handlers.remoteChanged.clear();
    this.handlers.stateChanged.clear();
  }

  /** The signalling goes to the LiveKit server, not over Allmende's socket: nothing to count here. */
  stats(): { sent: number; received: number } {
    return { sent: 0, received: 0 };
  }

  on<K extends keyof TransportEvents>(event: K, handler: TransportEvents[K]): () => void {
    const set = this.handlers[event] as Set<TransportEvents[K]>;
    set.add(handler);
    return () => set.delete(handler);
  }

  /** Publishes, swaps or withdraws the caller's track of one source. */
  private async put(source: PublishedSource, track: MediaStreamTrack | undefined): Promise<void> {
    const current = this.published.get(source);
    if (current === track) return;
    const participant = this.room.localParticipant;
    const publication = this.publication(source);
    if (track && current && publication?.track) {
      await publication.track.replaceTrack(track, true);
    } else if (track) {
      if (current) await participant.unpublishTrack(current, false);
      const added = await participant.publishTrack(track, { source: SOURCES[source], name: source });
      if ((source === 'microphone' && this.muted) || (source === 'camera' && this.cameraOff)) await added.mute();
    } else if (current) {
      await participant.unpublishTrack(current, false);
    }
    if (track) this.published.set(source, track);
    else this.published.delete(source);
  }

  private publication(source: PublishedSource): LocalTrackPublication | undefined {
    return this.room.localParticipant.getTrackPublication(SOURCES[source]);
  }

  private remoteIdentities(): string[] {
    return [...this.room.remoteParticipants.keys()];
  }

  private emitRemote(): void {
    if (this.stopped) return;
    const people = [...this.room.remoteParticipants.values()].map(tracksOf);
    const participants = this.streams.participants(people, this.roster);
    for (const handler of this.handlers.remoteChanged) handler(participants);
  }

  private emitState(identity: string, state: PeerState): void {
    if (this.stopped) return;
    const connectionId = this.roster.get(identity)?.connectionId ?? unlistedConnectionId(identity);
    for (const handler of this.handlers.stateChanged) handler(connectionId, state);
  }
}

/** Connects nothing yet: the meeting UI calls `start` with the local camera stream. */
export function createLiveKitTransport(connection: { url: string; token: string }): MeetingTransport {
  return new LiveKitTransport(connection);
}
