import { describe, expect, it } from 'vitest';
import { MEETING_LIMITS } from '../../../../shared/contracts/meetings.ts';
import type { MediaConfig } from './media-config.ts';
import { chooseMode, isOverMesh, MESH_LIMITS } from './mode.ts';

const livekit = { url: 'wss://livekit.kreis.example', apiKey: 'k', apiSecret: 's'.repeat(32) };
const jitsi = { url: 'https://meet.kreis.example', tenant: undefined, appId: 'a', appSecret: 's'.repeat(32) };
const none: Pick<MediaConfig, 'livekit' | 'jitsi'> = { livekit: undefined, jitsi: undefined };
const all = (n: number) => ({ total: n, withVideo: n });
const audio = (n: number) => ({ total: n, withVideo: 0 });

describe('the mesh limits', () => {
  it('are 4 people with video and 6 in all (audio-only), as the meeting screen states them', () => {
    expect(MESH_LIMITS).toEqual({ video: 4, audioOnly: 6 });
    expect(MESH_LIMITS.video).toBe(MEETING_LIMITS.video);
    expect(MESH_LIMITS.audioOnly).toBe(MEETING_LIMITS.audioOnly);
    expect([1, 4, 5].map((n) => isOverMesh(all(n)))).toEqual([false, false, true]);
    expect([1, 6, 7].map((n) => isOverMesh(audio(n)))).toEqual([false, false, true]);
    // Mixed: four cameras and two listeners fit; a fifth camera or a seventh person does not.
    expect(isOverMesh({ total: 6, withVideo: 4 })).toBe(false);
    expect(isOverMesh({ total: 6, withVideo: 5 })).toBe(true);
    expect(isOverMesh({ total: 7, withVideo: 1 })).toBe(true);
  });

  it('refuse a load that is no count', () => {
    for (const load of [audio(0), audio(-1), audio(2.5), audio(Number.NaN), { total: 2, withVideo: 3 }])
      expect(() => isOverMesh(load)).toThrow(RangeError);
  });
});

describe('chooseMode', () => {
  it('keeps a meeting in the mesh while it holds everyone, whatever is configured', () => {
    for (const config of [none, { livekit, jitsi: undefined }, { livekit: undefined, jitsi }, { livekit, jitsi }]) {
      expect(chooseMode(all(4), config)).toEqual({ mode: 'mesh' });
      expect(chooseMode(audio(6), config)).toEqual({ mode: 'mesh' });
    }
  });

  it('answers full with the limit reached when the mesh is outgrown and no media server is configured', () => {
    expect(chooseMode(all(5), none)).toEqual({ mode: 'full', limit: 4 });
    expect(chooseMode(audio(7), none)).toEqual({ mode: 'full', limit: 6 });
    expect(chooseMode({ total: 7, withVideo: 2 }, none)).toEqual({ mode: 'full', limit: 6 });
  });

  it('moves to LiveKit when configured, before Jitsi', () => {
    expect(chooseMode(all(5), { livekit, jitsi: undefined })).toEqual({ mode: 'livekit' });
    expect(chooseMode(audio(7), { livekit, jitsi })).toEqual({ mode: 'livekit' });
  });

  it('moves to Jitsi when only Jitsi is configured and welcome', () => {
    expect(chooseMode(all(5), { livekit: undefined, jitsi })).toEqual({ mode: 'jitsi' });
    expect(chooseMode({ ...all(5), preferJitsi: false }, { livekit: undefined, jitsi })).toEqual({
      mode: 'full',
      limit: 4,
    });
  });

  it('keeps a meeting on its media server when people leave, so nobody ends up in another mode', () => {
    expect(chooseMode({ ...all(2), current: 'livekit' }, { livekit, jitsi })).toEqual({ mode: 'livekit' });
    expect(chooseMode({ ...all(2), current: 'jitsi' }, { livekit: undefined, jitsi })).toEqual({ mode: 'jitsi' });
    // A media server no longer configured (after a restart) cannot keep it: back to the rules.
    expect(chooseMode({ ...all(2), current: 'livekit' }, none)).toEqual({ mode: 'mesh' });
    expect(chooseMode({ ...all(5), current: 'livekit' }, none)).toEqual({ mode: 'full', limit: 4 });
  });
});
