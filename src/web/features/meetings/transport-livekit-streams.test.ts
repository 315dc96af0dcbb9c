import { describe, expect, it } from 'vitest';
import { type RemotePersonTracks, RemoteStreams, type Roster } from './transport-livekit-streams.ts';

// Node has no MediaStream: a small stand-in with the three methods the mapping uses.
class FakeStream {
  private tracks: MediaStreamTrack[] = [];
  getTracks() {
    return [...this.tracks];
  }
  addTrack(track: MediaStreamTrack) {
    this.tracks.push(track);
  }
  removeTrack(track: MediaStreamTrack) {
    this.tracks = this.tracks.filter((t) => t !== track);
  }
}
const track = (id: string) => ({ id }) as MediaStreamTrack;
const newStreams = () => new RemoteStreams(() => new FakeStream() as unknown as MediaStream);
const ids = (stream: MediaStream | null | undefined) => stream?.getTracks().map((t) => t.id);

const JANA = 'person-jana';
const roster: Roster = new Map([[JANA, { connectionId: 'conn-jana', name: 'Jana Beispiel' }]]);
const camera = track('camera');
const mic = track('mic');
const screen = track('screen');
const screenAudio = track('screen-audio');

function jana(tracks: RemotePersonTracks['tracks']): RemotePersonTracks {
  return { identity: JANA, name: 'jana (LiveKit)', tracks };
}

describe('RemoteStreams', () => {
  it('puts camera and microphone into the first stream, screen and its sound into the second', () => {
    const [one] = newStreams().participants(
      [
        jana([
          { source: 'screen_share', track: screen },
          { source: 'camera', track: camera },
          { source: 'screen_share_audio', track: screenAudio },
          { source: 'microphone', track: mic },
        ]),
      ],
      roster,
    );
    expect(one?.connectionId).toBe('conn-jana');
    expect(one?.personId).toBe(JANA);
    expect(one?.name).toBe('Jana Beispiel');
    expect(ids(one?.camera)).toEqual(['camera', 'mic']);
    expect(ids(one?.screen)).toEqual(['screen', 'screen-audio']);
  });

  it('gives no camera stream while a person sends neither camera nor microphone, and no screen unless shared', () => {
    const streams = newStreams();
    const [sharing] = streams.participants([jana([{ source: 'screen_share', track: screen }])], roster);
    expect(sharing?.camera).toBeNull();
    expect(ids(sharing?.screen)).toEqual(['screen']);
    const [talking] = streams.participants([jana([{ source: 'microphone', track: mic }])], roster);
    expect(ids(talking?.camera)).toEqual(['mic']);
    expect(talking?.screen).toBeNull();
  });

  it('keeps the same stream objects while tracks come and go', () => {
    const streams = newStreams();
    const [first] = streams.participants([jana([{ source: 'microphone', track: mic }])], roster);
    const [second] = streams.participants(
      [
        jana([
          { source: 'microphone', track: mic },
          { source: 'camera', track: camera },
          { source: 'screen_share', track: screen },
        ]),
      ],
      roster,
    );
    expect(second?.camera).toBe(first?.camera);
    expect(ids(second?.camera)).toEqual(['mic', 'camera']);
    const [third] = streams.participants([jana([{ source: 'camera', track: camera }])], roster);
    expect(third?.camera).toBe(first?.camera);
    expect(ids(third?.camera)).toEqual(['camera']);
    expect(third?.screen).toBeNull();
    const [fourth] = streams.participants([jana([{ source: 'screen_share', track: screen }])], roster);
    const [fifth] = streams.participants([jana([{ source: 'screen_share', track: screen }])], roster);
    expect(fifth?.screen).toBe(fourth?.screen);
  });

  it('shows a person Allmende does not list yet under their LiveKit name, and updates once listed', () => {
    const streams = newStreams();
    const [unlisted] = streams.participants([jana([{ source: 'camera', track: camera }])], new Map());
    expect(unlisted).toMatchObject({ connectionId: `livekit:${JANA}`, name: 'jana (LiveKit)' });
    const [listed] = streams.participants([jana([{ source: 'camera', track: camera }])], roster);
    expect(listed).toMatchObject({ connectionId: 'conn-jana', name: 'Jana Beispiel' });
    expect(listed?.camera).toBe(unlisted?.camera);
  });

  it('forgets a person who left: coming back gets fresh streams', () => {
    const streams = newStreams();
    const [before] = streams.participants([jana([{ source: 'camera', track: camera }])], roster);
    expect(streams.participants([], roster)).toEqual([]);
    const [after] = streams.participants([jana([{ source: 'camera', track: camera }])], roster);
    expect(after?.camera).not.toBe(before?.camera);
  });
});
