// When daily and weekly digests are due: after 7 o'clock in Germany, every day or on Mondays.

const BERLIN = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** Year, month, day, hour and minute of an instant on a clock in Berlin. */
function berlinClock(at: Date) {
  const parts = Object.fromEntries(BERLIN.formatToParts(at).map((p) => [p.type, Number(p.value)]));
  return { y: parts.year ?? 0, m: parts.month ?? 1, d: parts.day ?? 1, h: parts.hour ?? 0, min: parts.minute ?? 0 };
}

/** The instant a Berlin clock shows `hour`:00 on a day (given as a UTC midnight of that calendar day). */
function berlinAt(day: Date, hour: number): Date {
  const wanted = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hour);
  let guess = wanted;
  // Two rounds settle the offset, also on the days the clocks change.
  for (let round = 0; round < 2; round += 1) {
    const c = berlinClock(new Date(guess));
    guess += wanted - Date.UTC(c.y, c.m - 1, c.d, c.h, c.min);
  }
  return new Date(guess);
}

export const DIGEST_HOUR = 7;

/**
 * The start of the current daily window (the last 7:00 in Berlin at or before `now`) and of the weekly
 * one (the last Monday 7:00). A daily digest is due when none went out since `day`, a weekly one when
 * none went out since `week`.
 */
export function digestWindows(now: Date): { day: Date; week: Date } {
  const c = berlinClock(now);
  const today = new Date(Date.UTC(c.y, c.m - 1, c.d));
  if (c.h < DIGEST_HOUR) today.setUTCDate(today.getUTCDate() - 1);
  const day = berlinAt(today, DIGEST_HOUR);
  const monday = new Date(today);
  // getUTCDay: Sunday 0, Monday 1, …
  monday.setUTCDate(monday.getUTCDate() - ((today.getUTCDay() + 6) % 7));
  return { day, week: berlinAt(monday, DIGEST_HOUR) };
}
