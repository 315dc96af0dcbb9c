import { describe, expect, it } from 'vitest';
import { canEndMeeting, canJoin, canWriteNotes, fitsMesh } from './policy.ts';

const people = (video: number, audio: number) => [
  ...Array.from({ length: video }, () => ({ video: true })),
  ...Array.from({ length: audio }, () => ({ video: false })),
];

describe('meetings policy', () => {
  it('fits 4 with video and 6 in all into the mesh', () => {
    expect(fitsMesh(people(3, 0), true)).toBe(true);
    expect(fitsMesh(people(4, 0), true)).toBe(false);
    expect(fitsMesh(people(4, 0), false)).toBe(true);
    expect(fitsMesh(people(4, 1), false)).toBe(true);
    expect(fitsMesh(people(4, 2), false)).toBe(false);
    expect(fitsMesh(people(0, 6), false)).toBe(false);
    expect(fitsMesh(people(0, 5), true)).toBe(true);
  });

  it('lets the starter or someone in end it, those who took part write notes, anyone join until the end', () => {
    expect(canEndMeeting({ createdBy: 'a' }, 'a', false)).toBe(true);
    expect(canEndMeeting({ createdBy: 'a' }, 'b', true)).toBe(true);
    expect(canEndMeeting({ createdBy: 'a' }, 'b', false)).toBe(false);
    expect(canWriteNotes(true)).toBe(true);
    expect(canWriteNotes(false)).toBe(false);
    expect(canJoin('live')).toBe(true);
    expect(canJoin('scheduled')).toBe(true);
    expect(canJoin('ended')).toBe(false);
  });
});
