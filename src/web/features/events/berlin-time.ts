import { EVENT_TIME_ZONE } from '../../../shared/contracts/events.ts';

// Events are stored in UTC and shown, entered and read in Europe/Berlin, whatever the browser's zone.

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: EVENT_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function wallClock(instant: Date) {
  const p = Object.fromEntries(parts.formatToParts(instant).map((x) => [x.type, x.value]));
  return { year: p.year, month: p.month, day: p.day, hour: p.hour, minute: p.minute };
}

/** An instant as the value of a `datetime-local` field in Berlin time ("2027-03-10T09:00"). */
export function toBerlinInput(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const w = wallClock(date);
  return `${w.year}-${w.month}-${w.day}T${w.hour}:${w.minute}`;
}

/** Minutes Berlin is ahead of UTC at this instant. */
function offsetAt(instant: number): number {
  const w = wallClock(new Date(instant));
  const asUtc = Date.UTC(Number(w.year), Number(w.month) - 1, Number(w.day), Number(w.hour), Number(w.minute));
  return Math.round((asUtc - Math.floor(instant / 60_000) * 60_000) / 60_000);
}

/** A `datetime-local` value read as Berlin time, as a UTC instant; null when it is not one. */
export function fromBerlinInput(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  let instant = wall - offsetAt(wall) * 60_000;
  instant = wall - offsetAt(instant) * 60_000;
  return Number.isNaN(instant) ? null : new Date(instant).toISOString();
}
