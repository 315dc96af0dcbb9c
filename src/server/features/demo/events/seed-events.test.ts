import { describe, expect, it } from 'vitest';
import type { AttendeeList, EventDetail, EventList } from '../../../../shared/contracts/events.ts';
import { buildTestApp, sessionCookieOf } from '../../../test/test-app.ts';
import { DEMO_PASSWORD } from '../accounts.ts';
import { seedDemo } from '../seed.ts';

// The demo's events as a reader sees them: the dialogue forum in public, the small meeting signed in.

const demo = await buildTestApp({ demo: true });

async function get<T>(url: string, cookie?: string): Promise<T> {
  const res = await demo.request({ method: 'GET', url, cookie });
  expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
  return res.json() as T;
}

describe('demo events', () => {
  it('shows the dialogue forum with its agenda to everyone and the meeting to people signed in, seeded once', async () => {
    await seedDemo(demo.deps);
    const open = await get<EventList>('/api/events?limit=200');
    const forums = open.items.filter((e) => e.title === 'Dialogforum Interkommunale Zusammenarbeit');
    expect(forums).toHaveLength(1);
    expect(open.items.some((e) => e.title === 'Arbeitstreffen E-Rechnung')).toBe(false);
    const forum = await get<EventDetail>(`/api/events/${forums[0]?.id}`);
    expect(forum.sessions).toHaveLength(4);
    expect(forum.organisers.map((o) => o.name).sort()).toEqual(['Dresden', 'Leipzig', 'Magdeburg']);
    const attendees = await get<AttendeeList>(`/api/events/${forum.id}/attendees`);
    expect(attendees.items.map((a) => a.name).sort()).toEqual(['Anna Schulz', 'Frank Neumann', 'Nadine Vogel']);

    const login = await demo.request({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'julia.schaefer@arnsberg.demo', password: DEMO_PASSWORD },
    });
    const cookie = sessionCookieOf(login);
    const mine = await get<EventList>('/api/events?mine=true&limit=200', cookie);
    expect(mine.items.map((e) => e.title)).toContain('Arbeitstreffen E-Rechnung');
  });
});
