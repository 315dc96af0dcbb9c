// The audit log's days and times are those of the platform's users: German local time, summer and
// winter time included. The database keeps UTC; only filters and the export speak local time.

/** The time zone of the audit log's date filters and of the times in its CSV export. */
export const AUDIT_TIME_ZONE = 'Europe/Berlin';

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: AUDIT_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

function localParts(at: Date): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', string> {
  const out: Record<string, string> = {};
  for (const p of parts.formatToParts(at)) out[p.type] = p.value;
  return out as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', string>;
}

/** How far local time is ahead of UTC at this instant, in milliseconds. */
function offsetAt(ms: number): number {
  const p = localParts(new Date(ms));
  const asUtc =
    new Date(0).setUTCFullYear(+p.year, +p.month - 1, +p.day) + ((+p.hour * 60 + +p.minute) * 60 + +p.second) * 1000;
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/** The instant local midnight begins on a calendar day (`2026-03-29`, as the date format validated it). */
export function startOfLocalDay(day: string, addDays = 0): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  // setUTCFullYear, not Date.UTC, which reads the years 0–99 as 1900–1999.
  const midnightUtc = new Date(0).setUTCFullYear(y, m - 1, d + addDays);
  const guess = midnightUtc - offsetAt(midnightUtc);
  // Near a change of summer time the offset at the guess may differ from the one at UTC midnight.
  return new Date(midnightUtc - offsetAt(guess));
}

/** `2026-03-29 14:05:09`, local time: what Excel reads as a date and time. */
export function localDateTime(at: Date): string {
  const p = localParts(at);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}`;
}
