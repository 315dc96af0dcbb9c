// Calendar days as 'YYYY-MM-DD' strings, counted in UTC: a day difference never depends on the
// server's time zone or on a daylight-saving switch between the two days.

const DAY_MS = 86_400_000;
const SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a 'YYYY-MM-DD' day; throws a RangeError for anything else (2025-02-30 too). */
export function dayNumber(day: string): number {
  const match = SHAPE.exec(day);
  if (!match) throw new RangeError(`Not a calendar day (YYYY-MM-DD): ${day}`);
  const [, year, month, date] = match.map(Number) as [number, number, number, number];
  const ms = Date.UTC(year, month - 1, date);
  const back = new Date(ms);
  // Date.UTC rolls 2025-02-30 over to 2025-03-02; a day that does not read back as itself does not exist.
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== date) {
    throw new RangeError(`Not a calendar day: ${day}`);
  }
  return ms / DAY_MS;
}

/** The 'YYYY-MM-DD' day of a day number (days since 1970-01-01). */
export function dayOf(dayNo: number): string {
  return new Date(dayNo * DAY_MS).toISOString().slice(0, 10);
}

/** Days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The day `days` after `day` (before it when negative). */
export function addDays(day: string, days: number): string {
  return dayOf(dayNumber(day) + days);
}

/** The later of the given days, ignoring nulls; null when there is none. */
export function latestDay(...days: (string | null | undefined)[]): string | null {
  let latest: string | null = null;
  for (const day of days) {
    if (day != null && (latest === null || dayNumber(day) > dayNumber(latest))) latest = day;
  }
  return latest;
}

/**
 * The calendar day an instant falls on in a time zone: a task done at 00:30 in Berlin was done that
 * day, though UTC still says the day before. For turning stored timestamps (done, blocked since, last
 * activity) into the days this library counts.
 */
export function calendarDayOf(instant: Date, timeZone: string): string {
  const format = new Intl.DateTimeFormat('en', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const parts = Object.fromEntries(format.formatToParts(instant).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}
