// Projects speak in calendar days ('YYYY-MM-DD'), not moments: a due date is the same day wherever
// the reader is. They are formatted in UTC, so that no time zone moves them to the day before.

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Today in the reader's own calendar, as 'YYYY-MM-DD'. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Days from `from` to `to` (negative when `to` lies before). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

function utc(day: string): number {
  const match = DAY.exec(day);
  if (!match) return Number.NaN;
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** A calendar day as the interface language writes it ("12.03.2026", "12 Mar 2026"); '–' for none. */
export function formatDay(day: string | null | undefined, language: string, style: 'medium' | 'long' = 'medium') {
  if (!day) return '–';
  const time = utc(day);
  if (Number.isNaN(time)) return '–';
  const locale = language.startsWith('en') ? 'en-GB' : 'de-DE';
  const key = `${locale} ${style}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: 'UTC' });
    formats.set(key, format);
  }
  return format.format(new Date(time));
}

/** An open task whose due date has passed (due today is not overdue yet, as the server counts). */
export function isOverdue(task: { dueDate: string | null; state: string }, today: string): boolean {
  return task.state !== 'done' && task.dueDate !== null && task.dueDate < today;
}
