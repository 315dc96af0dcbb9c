import { describe, expect, it } from 'vitest';
import { DEMO_ORGANISATIONS } from '../accounts.ts';
import { DEMO_WORKSPACES } from './seed-workspaces.ts';
import { messageTimes } from './timeline.ts';

const NAMES = new Map(DEMO_ORGANISATIONS.flatMap((o) => o.people.map((p) => [p.email, p.name] as const)));

describe('the demo workspaces’ scripts', () => {
  it('hold between 30 and 80 messages in all', () => {
    const total = DEMO_WORKSPACES.reduce((sum, w) => sum + w.messages.length, 0);
    expect(total).toBeGreaterThanOrEqual(30);
    expect(total).toBeLessThanOrEqual(80);
  });

  for (const workspace of DEMO_WORKSPACES) {
    it(`${workspace.name}: is written by its members, in its channels, in the order it happened`, () => {
      const people = new Set([...workspace.owners, ...workspace.members]);
      for (const email of people) expect(NAMES.has(email), email).toBe(true);
      const channels = new Set(['allgemein', ...workspace.channels.map((c) => c.name)]);
      const keys = new Set<string>();
      let previous = Number.NEGATIVE_INFINITY;
      for (const m of workspace.messages) {
        expect(people.has(m.author), m.text).toBe(true);
        if (m.replyTo) expect(keys.has(m.replyTo), `reply to ${m.replyTo} before its root`).toBe(true);
        else expect(channels.has(m.channel ?? ''), m.text).toBe(true);
        if (m.key) keys.add(m.key);
        for (const reactors of Object.values(m.reactions ?? {})) {
          for (const email of reactors) expect(people.has(email), `${email} reacts in ${workspace.name}`).toBe(true);
        }
        for (const [, name] of m.text.matchAll(/@(\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+)/gu)) {
          expect(
            [...people].map((e) => NAMES.get(e)),
            `mention of ${name}`,
          ).toContain(name);
        }
        const at = -m.daysAgo * 1440 + Number(m.time.slice(0, 2)) * 60 + Number(m.time.slice(3));
        expect(at, m.text).toBeGreaterThan(previous);
        previous = at;
      }
    });
  }
});

describe('messageTimes', () => {
  const script = (times: Array<[number, string]>) =>
    times.map(([daysAgo, time]) => ({ daysAgo, time, author: 'a', text: 't', channel: 'allgemein' }));

  it('places messages on their day at their Berlin time', () => {
    const now = new Date('2026-01-15T12:00:00Z');
    const [at] = messageTimes(script([[2, '09:30']]), now);
    expect(at?.toISOString()).toBe('2026-01-13T08:30:00.000Z');
    const [summer] = messageTimes(script([[1, '09:30']]), new Date('2026-07-15T12:00:00Z'));
    expect(summer?.toISOString()).toBe('2026-07-14T07:30:00.000Z');
  });

  it('moves the conversation a day back when the seed runs before its last message was written', () => {
    const now = new Date('2026-01-15T07:00:00Z'); // 08:00 in Berlin
    const times = messageTimes(
      script([
        [1, '16:00'],
        [0, '07:30'],
        [0, '09:00'],
      ]),
      now,
    ).map((t) => t.toISOString());
    expect(times).toEqual(['2026-01-13T15:00:00.000Z', '2026-01-14T06:30:00.000Z', '2026-01-14T08:00:00.000Z']);
    const later = messageTimes(script([[0, '07:30']]), new Date('2026-01-15T12:00:00Z'));
    expect(later[0]?.toISOString()).toBe('2026-01-15T06:30:00.000Z');
  });
});
