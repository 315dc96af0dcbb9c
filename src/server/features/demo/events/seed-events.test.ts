import { describe, expect, it } from 'vitest';
import type { AttendeeList, EventDetail, EventList } from '../../../../shared/contracts/events.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import { demoClient } from '../demo-client.ts';
import { seedDemo } from '../seed.ts';

// The demo's events as a reader sees them: the dialogue forum in public, the small meeting signed in.

const demo = await buildTestApp({ demo: true });
const { signIn, get } = demoClient(demo);

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

    const cookie = await signIn('julia.schaefer@arnsberg.demo');
    const mine = await get<EventList>('/api/events?mine=true&limit=200', cookie);
    expect(mine.items.map((e) => e.title)).toContain('Arbeitstreffen E-Rechnung');
  });
});
