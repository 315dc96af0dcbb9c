// Turns what a LiveKit room reports about remote people (their tracks by source) into the meeting
// transport's RemoteParticipant list: camera and microphone in one stream, screen and its sound in the
// other. No livekit-client import, so it is tested without a browser.

/** LiveKit's `Track.Source` values. */
export type TrackSourceName = 'camera' | 'microphone' | 'screen_share' | 'screen_share_audio' | 'unknown';

export interface RemoteTrackInfo {
  source: TrackSourceName;
  track: MediaStreamTrack;
}

/** One remote LiveKit participant: identity is the person id (the token's `sub`). */
export interface RemotePersonTracks {
  identity: string;
  name: string;
  tracks: RemoteTrackInfo[];
}

/** Who is in the meeting according to Allmende (`meeting.changed`), keyed by person id. */
export type Roster = ReadonlyMap<string, { connectionId: string; name: string }>;

/** The shape of the meeting transport's RemoteParticipant (media/transport.ts). */
export interface MappedParticipant {
  connectionId: string;
  personId: string;
  name: string;
  camera: MediaStream | null;
  screen: MediaStream | null;
}

const SCREEN_SOURCES: TrackSourceName[] = ['screen_share', 'screen_share_audio'];

/** The connection id given to a LiveKit participant that Allmende's list does not (yet) name. */
export const unlistedConnectionId = (identity: string) => `livekit:${identity}`;

function sync(stream: MediaStream, tracks: MediaStreamTrack[]): void {
  for (const track of stream.getTracks()) if (!tracks.includes(track)) stream.removeTrack(track);
  const present = stream.getTracks();
  for (const track of tracks) if (!present.includes(track)) stream.addTrack(track);
}

/**
 * Keeps one camera stream and one screen stream per remote person, so that a `<video>` showing one keeps
 * its `srcObject` while tracks come and go (a new MediaStream per event would restart playback).
 */
export class RemoteStreams {
  private readonly streams = new Map<string, { camera: MediaStream; screen: MediaStream }>();

  constructor(private readonly newStream: () => MediaStream = () => new MediaStream()) {}

  /**
   * The participants as the meeting UI reads them: `camera` holds camera and microphone (null while they
   * send neither), `screen` the shared screen and its sound (null while they share none). A person
   * Allmende's list does not name yet is shown under LiveKit's name and a connection id of its own.
   */
  participants(people: RemotePersonTracks[], roster: Roster): MappedParticipant[] {
    const seen = new Set(people.map((person) => person.identity));
    for (const identity of this.streams.keys()) if (!seen.has(identity)) this.streams.delete(identity);
    return people.map((person) => {
      let own = this.streams.get(person.identity);
      if (!own) {
        own = { camera: this.newStream(), screen: this.newStream() };
        this.streams.set(person.identity, own);
      }
      const screenTracks = person.tracks.filter((t) => SCREEN_SOURCES.includes(t.source)).map((t) => t.track);
      const cameraTracks = person.tracks.filter((t) => !SCREEN_SOURCES.includes(t.source)).map((t) => t.track);
      sync(own.camera, cameraTracks);
      sync(own.screen, screenTracks);
      const listed = roster.get(person.identity);
      return {
        connectionId: listed?.connectionId ?? unlistedConnectionId(person.identity),
        personId: person.identity,
        name: listed?.name ?? person.name,
        camera: cameraTracks.length > 0 ? own.camera : null,
        screen: screenTracks.length > 0 ? own.screen : null,
      };
    });
  }

  /** Forgets every stream (the transport stopped). */
  clear(): void {
    this.streams.clear();
  }
}
