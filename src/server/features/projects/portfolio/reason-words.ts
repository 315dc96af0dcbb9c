import type { HealthReason } from '../../../../shared/contracts/projects.ts';

// A health reason as a sentence for the printed status report and its CSV, in German (the report's
// language for councils) or English: its figure, and the threshold it reached with that threshold's
// colour ("Meilenstein Ausschreibung +12 Tage gegenüber Plan v2 (gelb ab 7 Tagen)"). The web app words
// reasons itself; this is the server's one place for them.

export type ReportLanguage = 'de' | 'en';

const PERCENT: Record<ReportLanguage, Intl.NumberFormat> = {
  de: new Intl.NumberFormat('de-DE', { style: 'percent', maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 0 }),
};
const NUMBER: Record<ReportLanguage, Intl.NumberFormat> = {
  de: new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }),
};

const COLOUR: Record<ReportLanguage, Record<HealthReason['level'], string>> = {
  de: { amber: 'gelb', red: 'rot' },
  en: { amber: 'amber', red: 'red' },
};

/** "12 Tage", "1 Tag", "12 days"; after "ab" German takes the dative ("ab 7 Tagen"). */
function days(n: number, language: ReportLanguage, dative = false): string {
  const count = NUMBER[language].format(n);
  if (language === 'en') return `${count} ${Math.abs(n) === 1 ? 'day' : 'days'}`;
  return `${count} ${Math.abs(n) === 1 ? 'Tag' : dative ? 'Tagen' : 'Tage'}`;
}

function tasks(n: number, language: ReportLanguage): string {
  const count = NUMBER[language].format(n);
  if (language === 'en') return `${count} ${n === 1 ? 'task' : 'tasks'}`;
  return `${count} ${n === 1 ? 'Aufgabe' : 'Aufgaben'}`;
}

/** The reason's figure or threshold in its unit. */
function amount(value: number, unit: string, language: ReportLanguage, dative = false): string {
  if (unit === 'days') return days(value, language, dative);
  if (unit === 'share') return PERCENT[language].format(value);
  if (unit === 'tasks') return tasks(value, language);
  return NUMBER[language].format(value);
}

/** "(gelb ab 7 Tagen)", "(red from 40 %)". */
function threshold(reason: HealthReason, language: ReportLanguage): string {
  const colour = COLOUR[language][reason.level];
  const limit = amount(reason.threshold, reason.unit, language, true);
  return language === 'de' ? `(${colour} ab ${limit})` : `(${colour} from ${limit})`;
}

const quoted = (name: string, language: ReportLanguage) => (language === 'de' ? `„${name}“` : `“${name}”`);

function figure(reason: HealthReason, language: ReportLanguage): string {
  const de = language === 'de';
  const subject = reason.subject?.name ?? '';
  switch (reason.signal) {
    case 'milestone-slip': {
      const slip = `+${days(reason.value, language)}`;
      const against = reason.baselineName ?? (de ? 'dem Plan' : 'the plan');
      return de
        ? `Meilenstein ${subject} ${slip} gegenüber ${against}`
        : `Milestone ${subject} ${slip} against ${against}`;
    }
    case 'dependency-slip': {
      const from = reason.subject?.projectName;
      const task = quoted(subject, language);
      const where = from ? (de ? ` (Projekt ${from})` : ` (project ${from})`) : '';
      return de
        ? `Vorarbeit ${task}${where} ${days(reason.value, language)} später als benötigt`
        : `Prerequisite ${task}${where} ${days(reason.value, language)} later than needed`;
    }
    case 'plan-progress':
      return de
        ? `${amount(reason.value, 'share', language)} der bis heute fälligen Aufgaben nicht erledigt`
        : `${amount(reason.value, 'share', language)} of the tasks due by today not done`;
    case 'overdue-share':
      return de
        ? `${amount(reason.value, 'share', language)} der offenen Aufgaben überfällig`
        : `${amount(reason.value, 'share', language)} of the open tasks overdue`;
    case 'blocked':
      if (reason.unit === 'tasks') {
        return de
          ? `${tasks(reason.value, language)} gleichzeitig blockiert`
          : `${tasks(reason.value, language)} blocked at once`;
      }
      return de
        ? `Aufgabe ${quoted(subject, language)} seit ${days(reason.value, language, true)} blockiert`
        : `Task ${quoted(subject, language)} blocked for ${days(reason.value, language)}`;
    case 'inactive':
      return de
        ? `Seit ${days(reason.value, language, true)} keine Aktivität und keine Statusmeldung`
        : `No activity or status note for ${days(reason.value, language)}`;
    case 'forecast':
      return de
        ? `Prognose: Ende ${days(reason.value, language)} nach dem geplanten Ende`
        : `Forecast: finishes ${days(reason.value, language)} after the planned end`;
    case 'forecast-none':
      return de
        ? `Keine Prognose möglich: ${tasks(reason.value, language)} offen, in den letzten Wochen keine erledigt`
        : `No forecast possible: ${tasks(reason.value, language)} open, none done in the last weeks`;
    default:
      return `${reason.signal}: ${amount(reason.value, reason.unit, language)}`;
  }
}

/** One reason as a sentence with its threshold. */
export function reasonText(reason: HealthReason, language: ReportLanguage): string {
  return `${figure(reason, language)} ${threshold(reason, language)}`;
}
