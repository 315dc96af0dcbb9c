import type { ScriptMessage } from './script.ts';

/** The offset of Berlin time from UTC on a day, in minutes (60 in winter, 120 in summer). */
function berlinOffsetMinutes(at: Date): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Berlin', timeZoneName: 'shortOffset' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')?.value;
  const match = /GMT([+-]\d+)/.exec(name ?? '');
  return match ? Number(match[1]) * 60 : 60;
}

/**
 * When each message of a script was written, relative to `now`: its day and Berlin time of day. The
 * script is in order, so the times are made to rise; whatever would lie in the future (a time later
 * today than the seed runs) moves back before `now`, keeping the order.
 */
export function messageTimes(script: readonly ScriptMessage[], now: Date): Date[] {
  const times = script.map((m) => {
    const day = new Date(now.getTime() - m.daysAgo * 86_400_000);
    const [hours, minutes] = m.time.split(':').map(Number) as [number, number];
    const utc = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hours, minutes);
    return new Date(utc - berlinOffsetMinutes(day) * 60_000);
  });
  let latest = now.getTime() - 60_000;
  for (let i = times.length - 1; i >= 0; i -= 1) {
    const at = Math.min((times[i] as Date).getTime(), latest);
    times[i] = new Date(at);
    latest = at - 60_000;
  }
  return times;
}
