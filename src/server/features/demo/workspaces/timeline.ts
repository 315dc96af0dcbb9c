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
 * When each message of a script was written, relative to `now`: its day and Berlin time of day. When
 * the seed runs earlier in the day than the script's last message, the whole conversation moves a day
 * back, so that it keeps its times of day ("today at 09:40" becomes "yesterday at 09:40"). The script
 * is in order; should two times still collide, later ones stay after earlier ones.
 */
export function messageTimes(script: readonly ScriptMessage[], now: Date): Date[] {
  const at = (m: ScriptMessage, extraDays: number) => {
    const day = new Date(now.getTime() - (m.daysAgo + extraDays) * 86_400_000);
    const [hours, minutes] = m.time.split(':').map(Number) as [number, number];
    const utc = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hours, minutes);
    return utc - berlinOffsetMinutes(day) * 60_000;
  };
  const latest = Math.max(...script.map((m) => at(m, 0)));
  const shift = latest >= now.getTime() - 60_000 ? 1 : 0;
  let previous = Number.NEGATIVE_INFINITY;
  return script.map((m) => {
    previous = Math.max(at(m, shift), previous + 1_000);
    return new Date(previous);
  });
}
