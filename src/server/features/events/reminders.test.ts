import { beforeAll, describe, expect, it } from 'vitest';
import { createPerson } from '../../test/factories.ts';
import { buildTestApp, type TestApp } from '../../test/test-app.ts';
import { mailBody } from '../alliances/alliance-fixtures.ts';
import { createdEvent, type EventWorld, eventWorld, registered, send } from './event-fixtures.ts';
import { sendDueReminders } from './reminders.ts';

let t: TestApp;
let w: EventWorld;

beforeAll(async () => {
  t = await buildTestApp();
  w = await eventWorld(t);
});

const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

describe('reminders', () => {
  it('mails each registered person once, a day before, and nobody waiting or for a cancelled event', async () => {
    const soon = await createdEvent(t, w.organiser, {
      title: 'Morgen früh',
      startsAt: hoursFromNow(20),
      endsAt: hoursFromNow(22),
      capacity: 1,
    });
    const later = await createdEvent(t, w.organiser, { startsAt: hoursFromNow(50), endsAt: hoursFromNow(52) });
    const cancelled = await createdEvent(t, w.organiser, { startsAt: hoursFromNow(10), endsAt: hoursFromNow(11) });
    const coming = await createPerson(t, { organisation: w.other });
    const waiting = await createPerson(t);
    await registered(t, coming, soon.id);
    await registered(t, waiting, soon.id);
    await registered(t, coming, later.id);
    await registered(t, waiting, cancelled.id);
    await send(t, w.organiser, 'POST', `/api/events/${cancelled.id}/cancel`, { reason: '' });

    await sendDueReminders(t.deps);
    await sendDueReminders(t.deps);
    const mails = t.mailsTo(coming.email);
    expect(mails).toHaveLength(1);
    expect(mailBody(mails[0] as string)).toContain('Morgen früh');
    expect(mailBody(mails[0] as string)).toContain('Europe/Berlin');
    // The cancellation's mail only.
    expect(t.mailsTo(waiting.email)).toHaveLength(1);
  });
});
