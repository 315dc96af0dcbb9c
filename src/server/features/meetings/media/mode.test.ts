import { describe, expect, it } from 'vitest';
import type { MediaConfig } from './media-config.ts';
import { chooseMode, isOverMesh, MESH_LIMITS } from './mode.ts';

const livekit = { url: 'wss://livekit.kreis.example', apiKey: 'k', apiSecret: 's'.repeat(32) };
const jitsi = { url: 'https://meet.kreis.example', tenant: undefined, appId: 'a', appSecret: 's'.repeat(32) };
const none: Pick<MediaConfig, 'livekit' | 'jitsi'> = { livekit: undefined, jitsi: undefined };

describe('the mesh limits', () => {
  it('are 4 people with video and 6 audio-only', () => {
    expect(MESH_LIMITS).toEqual({ video: 4, audioOnly: 6 });
    expect([1, 4, 5].map((n) => isOverMesh(n, true))).toEqual([false, false, true]);
    expect([1, 6, 7].map((n) => isOverMesh(n, false))).toEqual([false, false, true]);
  });

  it('refuse a count that is no count', () => {
    for (const n of [0, -1, 2.5, Number.NaN]) expect(() => isOverMesh(n, true)).toThrow(RangeError);
  });
});

describe('chooseMode', () => {
  it('keeps a meeting in the mesh while it holds everyone, whatever is configured', () => {
    for (const config of [none, { livekit, jitsi: undefined }, { livekit: undefined, jitsi }, { livekit, jitsi }]) {
      expect(chooseMode({ participants: 4, video: true }, config)).toEqual({ mode: 'mesh' });
      expect(chooseMode({ participants: 6, video: false }, config)).toEqual({ mode: 'mesh' });
    }
  });

  it('answers full with the limit when the mesh is outgrown and no media server is configured', () => {
    expect(chooseMode({ participants: 5, video: true }, none)).toEqual({ mode: 'full', limit: 4 });
    expect(chooseMode({ participants: 7, video: false }, none)).toEqual({ mode: 'full', limit: 6 });
  });

  it('moves to LiveKit when configured, before Jitsi', () => {
    expect(chooseMode({ participants: 5, video: true }, { livekit, jitsi: undefined })).toEqual({ mode: 'livekit' });
    expect(chooseMode({ participants: 7, video: false }, { livekit, jitsi })).toEqual({ mode: 'livekit' });
  });

  it('moves to Jitsi when only Jitsi is configured and welcome', () => {
    expect(chooseMode({ participants: 5, video: true }, { livekit: undefined, jitsi })).toEqual({ mode: 'jitsi' });
    expect(chooseMode({ participants: 5, video: true, preferJitsi: false }, { livekit: undefined, jitsi })).toEqual({
      mode: 'full',
      limit: 4,
    });
  });

  it('keeps a meeting on its media server when people leave, so nobody ends up in another mode', () => {
    expect(chooseMode({ participants: 2, video: true, current: 'livekit' }, { livekit, jitsi })).toEqual({
      mode: 'livekit',
    });
    expect(chooseMode({ participants: 2, video: true, current: 'jitsi' }, { livekit: undefined, jitsi })).toEqual({
      mode: 'jitsi',
    });
    // A media server no longer configured (after a restart) cannot keep it: back to the rules.
    expect(chooseMode({ participants: 2, video: true, current: 'livekit' }, none)).toEqual({ mode: 'mesh' });
    expect(chooseMode({ participants: 5, video: true, current: 'livekit' }, none)).toEqual({ mode: 'full', limit: 4 });
  });
});
