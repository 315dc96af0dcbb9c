import { EventEmitter } from 'node:events';
import { ConnectionState, type Room, RoomEvent, Track } from 'livekit-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RemoteParticipant } from './media/transport.ts';
import { LiveKitTransport } from './transport-livekit.ts';

// A stand-in for livekit-client's Room with what the transport touches. The tests check the transport's
// own decisions: which source each track is published as, swapping instead of republishing, never
// stopping the caller's tracks, muting, and how LiveKit's participants and states reach the meeting screen.

class FakeStream {
  constructor(private readonly tracks: MediaStreamTrack[] = []) {}
  getTracks() {
    return [...this.tracks];
  }
  getVideoTracks() {
    return this.tracks.filter((t) => t.kind === 'video');
  }
  getAudioTracks() {
    return this.tracks.filter((t) => t.kind === 'audio');
  }
  addTrack(track: MediaStreamTrack) {
    this.tracks.push(track);
  }
  removeTrack(track: MediaStreamTrack) {
    this.tracks.splice(this.tracks.indexOf(track), 1);
  }
}
// Node has no MediaStream; the transport makes its remote streams with it. Test files share their worker
// (isolate: false), so the stand-in is there for this file only.
const hadMediaStream = 'MediaStream' in globalThis;
const formerMediaStream = (globalThis as { MediaStream?: unknown }).MediaStream;
beforeAll(() => {
  Object.assign(globalThis, { MediaStream: FakeStream });
});
afterAll(() => {
  if (hadMediaStream) Object.assign(globalThis, { MediaStream: formerMediaStream });
  else delete (globalThis as { MediaStream?: unknown }).MediaStream;
});

const track = (id: string, kind: 'audio' | 'video') => ({ id, kind }) as MediaStreamTrack;
const stream = (...tracks: MediaStreamTrack[]) => new FakeStream(tracks) as unknown as MediaStream;

class FakePublication {
  muted = false;
  constructor(
    public source: Track.Source,
    public mediaStreamTrack: MediaStreamTrack,
    private readonly log: string[],
  ) {}
  get track() {
    return {
      mediaStreamTrack: this.mediaStreamTrack,
      replaceTrack: async (next: MediaStreamTrack, userProvided: boolean) => {
        this.log.push(`replace ${this.source} ${this.mediaStreamTrack.id}→${next.id} userProvided=${userProvided}`);
        this.mediaStreamTrack = next;
      },
    };
  }
  async mute() {
    this.muted = true;
    this.log.push(`mute ${this.source}`);
  }
  async unmute() {
    this.muted = false;
    this.log.push(`unmute ${this.source}`);
  }
}

class FakeRoom extends EventEmitter {
  log: string[] = [];
  remoteParticipants = new Map<string, unknown>();
  private readonly local = new Map<Track.Source, FakePublication>();
  localParticipant = {
    publishTrack: async (t: MediaStreamTrack, options: { source: Track.Source }) => {
      this.log.push(`publish ${options.source} ${t.id}`);
      const publication = new FakePublication(options.source, t, this.log);
      this.local.set(options.source, publication);
      return publication;
    },
    unpublishTrack: async (t: MediaStreamTrack, stopOnUnpublish: boolean) => {
      this.log.push(`unpublish ${t.id} stop=${stopOnUnpublish}`);
      for (const [source, publication] of this.local) if (publication.mediaStreamTrack === t) this.local.delete(source);
    },
    getTrackPublication: (source: Track.Source) => this.local.get(source),
  };
  async connect(url: string, token: string) {
    this.log.push(`connect ${url} ${token}`);
  }
  async disconnect() {
    this.log.push('disconnect');
  }
  /** A remote person with tracks by source, as LiveKit lists them once subscribed. */
  addRemote(identity: string, name: string, tracks: Array<[Track.Source, MediaStreamTrack]>) {
    const trackPublications = new Map(
      tracks.map(([source, mediaStreamTrack], i) => [`TR_${i}`, { source, track: { mediaStreamTrack } }]),
    );
    this.remoteParticipants.set(identity, { identity, name, trackPublications });
  }
}

function setUp() {
  const room = new FakeRoom();
  const transport = new LiveKitTransport({ url: 'wss://livekit.kreis.example', token: 'jwt' }, room as unknown as Room);
  const remote: RemoteParticipant[][] = [];
  const states: string[] = [];
  transport.on('remoteChanged', (list) => remote.push(list));
  transport.on('stateChanged', (connectionId, state) => states.push(`${connectionId} ${state}`));
  return { room, transport, remote, states };
}

const camera = track('cam', 'video');
const mic = track('mic', 'audio');

describe('LiveKitTransport', () => {
  it('connects with the server’s token and publishes camera and microphone as their sources', async () => {
    const { room, transport } = setUp();
    expect(transport.kind).toBe('livekit');
    await transport.start({ camera: stream(camera, mic) });
    expect(room.log).toEqual([
      'connect wss://livekit.kreis.example jwt',
      `publish ${Track.Source.Camera} cam`,
      `publish ${Track.Source.Microphone} mic`,
    ]);
  });

  it('swaps a new camera in without publishing again, and leaves the caller’s tracks running', async () => {
    const { room, transport } = setUp();
    await transport.start({ camera: stream(camera, mic) });
    room.log.length = 0;
    await transport.setCamera(stream(track('cam2', 'video'), mic));
    expect(room.log).toEqual([`replace ${Track.Source.Camera} cam→cam2 userProvided=true`]);
    await transport.setCamera(stream(mic));
    expect(room.log.at(-1)).toBe('unpublish cam2 stop=false');
  });

  it('shares a screen with its sound and withdraws both without stopping them', async () => {
    const { room, transport } = setUp();
    await transport.start({ camera: stream(camera, mic) });
    room.log.length = 0;
    await transport.setScreen(stream(track('screen', 'video'), track('tab-audio', 'audio')));
    await transport.setScreen(null);
    expect(room.log).toEqual([
      `publish ${Track.Source.ScreenShare} screen`,
      `publish ${Track.Source.ScreenShareAudio} tab-audio`,
      'unpublish screen stop=false',
      'unpublish tab-audio stop=false',
    ]);
  });

  it('mutes the microphone and turns the camera off, also for tracks published later', async () => {
    const { room, transport } = setUp();
    transport.setMuted(true);
    transport.setCameraOff(true);
    await transport.start({ camera: stream(camera, mic) });
    expect(room.localParticipant.getTrackPublication(Track.Source.Microphone)?.muted).toBe(true);
    expect(room.localParticipant.getTrackPublication(Track.Source.Camera)?.muted).toBe(true);
    transport.setMuted(false);
    expect(room.localParticipant.getTrackPublication(Track.Source.Microphone)?.muted).toBe(false);
    expect(room.localParticipant.getTrackPublication(Track.Source.Camera)?.muted).toBe(true);
  });

  it('reports remote people under Allmende’s connection ids, camera and screen apart', async () => {
    const { room, transport, remote } = setUp();
    await transport.start({ camera: stream(camera, mic) });
    transport.participantsChanged([
      { connectionId: 'conn-me', personId: 'person-me', name: 'Ich' },
      { connectionId: 'conn-jana', personId: 'person-jana', name: 'Jana Beispiel' },
    ]);
    room.addRemote('person-jana', 'jana', [
      [Track.Source.Camera, track('jana-cam', 'video')],
      [Track.Source.ScreenShare, track('jana-screen', 'video')],
    ]);
    room.emit(RoomEvent.TrackSubscribed);
    const [jana] = remote.at(-1) ?? [];
    expect(jana).toMatchObject({ connectionId: 'conn-jana', personId: 'person-jana', name: 'Jana Beispiel' });
    expect(jana?.camera?.getTracks().map((t) => t.id)).toEqual(['jana-cam']);
    expect(jana?.screen?.getTracks().map((t) => t.id)).toEqual(['jana-screen']);
    room.remoteParticipants.clear();
    room.emit(RoomEvent.ParticipantDisconnected, { identity: 'person-jana' });
    expect(remote.at(-1)).toEqual([]);
  });

  it('tells the state of the room’s connection for every remote person, and a server-side end as failed', async () => {
    const { room, transport, states } = setUp();
    await transport.start({ camera: stream(camera, mic) });
    transport.participantsChanged([{ connectionId: 'conn-jana', personId: 'person-jana', name: 'Jana' }]);
    room.addRemote('person-jana', 'jana', []);
    room.addRemote('person-unlisted', 'Gast', []);
    room.emit(RoomEvent.ConnectionStateChanged, ConnectionState.Reconnecting);
    room.emit(RoomEvent.ConnectionStateChanged, ConnectionState.Connected);
    room.emit(RoomEvent.Disconnected);
    expect(states).toEqual([
      'conn-jana connecting',
      'livekit:person-unlisted connecting',
      'conn-jana connected',
      'livekit:person-unlisted connected',
      'conn-jana failed',
      'livekit:person-unlisted failed',
    ]);
  });

  it('disconnects on stop and reports nothing afterwards', async () => {
    const { room, transport, remote, states } = setUp();
    await transport.start({ camera: stream(camera, mic) });
    const reported = remote.length;
    transport.stop();
    expect(room.log.at(-1)).toBe('disconnect');
    room.emit(RoomEvent.TrackSubscribed);
    room.emit(RoomEvent.Disconnected);
    expect(remote.length).toBe(reported);
    expect(states).toEqual([]);
    expect(transport.stats()).toEqual({ sent: 0, received: 0 });
  });
});
