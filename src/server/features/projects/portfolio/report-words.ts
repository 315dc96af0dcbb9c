import type { Project, ProjectLevel, ProjectStatus } from '../../../../shared/contracts/projects.ts';
import { shownLevelOf } from './portfolio.ts';
import { type ReportLanguage, reasonText } from './reason-words.ts';

// The words of the status report and its CSV besides the reasons (reason-words.ts): column heads,
// status, colour and trend, dates, and each project's cells, in German or English.

const WORDS = {
  de: {
    columns: [
      'Projekt',
      'Arbeitsraum',
      'Federführung',
      'Status',
      'Ampel',
      'Gründe',
      'Fortschritt',
      'Nächster Meilenstein',
      'Ende',
    ],
    status: { planned: 'geplant', running: 'läuft', paused: 'pausiert', done: 'abgeschlossen', stopped: 'abgebrochen' },
    level: { green: 'Grün', amber: 'Gelb', red: 'Rot', none: 'ohne Ampel' },
    computed: (level: string) => `berechnet: ${level}`,
    trend: { better: 'besser als letzte Woche', same: 'wie letzte Woche', worse: 'schlechter als letzte Woche' },
    override: (reason: string) => `Einschätzung der Projektleitung: ${reason}`,
    progress: (done: number, total: number, percent: string) => `${done} von ${total} Aufgaben erledigt (${percent})`,
    noTasks: 'keine Aufgaben',
    title: 'Statusbericht',
    asOf: (date: string) => `Stand: ${date}`,
    projects: (n: number) => (n === 1 ? '1 Projekt' : `${n} Projekte`),
    hidden: (n: number) => (n === 1 ? '1 weiteres Projekt ohne Zugriff' : `${n} weitere Projekte ohne Zugriff`),
    overview: 'Überblick',
    list: 'Projekte',
    none: 'Keine Projekte.',
    scope: { alliance: 'Verbund', organisation: 'Organisation', workspace: 'Arbeitsraum' },
    about: 'Wie die Ampel entsteht',
    aboutText:
      'Die Ampel wird aus dem Projektverlauf berechnet, nicht von Hand gesetzt: verschobene Meilensteine gegenüber dem eingefrorenen Plan, Verzug bei Vorarbeiten anderer Projekte, bis heute fällige und überfällige Aufgaben, blockierte Aufgaben, die Prognose des Endes aus dem Arbeitstempo und Tage ohne Aktivität. Jeder Grund nennt seinen Wert und die Schwelle, ab der er gelb oder rot zählt. Setzt die Projektleitung eine andere Farbe, steht ihre Begründung dabei und die berechnete Ampel daneben.',
    print: 'Zum Drucken oder Speichern als PDF die Druckfunktion des Browsers verwenden.',
  },
  en: {
    columns: ['Project', 'Workspace', 'Lead', 'Status', 'Health', 'Reasons', 'Progress', 'Next milestone', 'End'],
    status: { planned: 'planned', running: 'running', paused: 'paused', done: 'done', stopped: 'stopped' },
    level: { green: 'Green', amber: 'Amber', red: 'Red', none: 'no colour' },
    computed: (level: string) => `computed: ${level}`,
    trend: { better: 'better than last week', same: 'as last week', worse: 'worse than last week' },
    override: (reason: string) => `Project lead’s judgement: ${reason}`,
    progress: (done: number, total: number, percent: string) => `${done} of ${total} tasks done (${percent})`,
    noTasks: 'no tasks',
    title: 'Status report',
    asOf: (date: string) => `As of ${date}`,
    projects: (n: number) => (n === 1 ? '1 project' : `${n} projects`),
    hidden: (n: number) => (n === 1 ? '1 more project without access' : `${n} more projects without access`),
    overview: 'Overview',
    list: 'Projects',
    none: 'No projects.',
    scope: { alliance: 'Alliance', organisation: 'Organisation', workspace: 'Workspace' },
    about: 'How the health is computed',
    aboutText:
      'The colour is computed from the project’s course, not set by hand: milestones moved against the frozen plan, delays in other projects’ prerequisites, tasks due by today and overdue, blocked tasks, the end forecast from the pace of work, and days without activity. Each reason names its figure and the threshold from which it counts as amber or red. When the project lead sets another colour, their reason stands with it and the computed colour beside it.',
    print: 'To print or save as PDF, use the browser’s print function.',
  },
} as const;

export type ReportWords = (typeof WORDS)[ReportLanguage];

export function reportWords(language: ReportLanguage): ReportWords {
  return WORDS[language];
}

const DATES: Record<ReportLanguage, { short: Intl.DateTimeFormat; long: Intl.DateTimeFormat }> = {
  de: {
    short: new Intl.DateTimeFormat('de-DE', { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' }),
    long: new Intl.DateTimeFormat('de-DE', { timeZone: 'UTC', dateStyle: 'long' }),
  },
  en: {
    short: new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', dateStyle: 'medium' }),
    long: new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', dateStyle: 'long' }),
  },
};

/** A calendar date (`YYYY-MM-DD`) as a reader writes it: 31.12.2027, 31 Dec 2027; `long`: 31. Dezember 2027. */
export function calendarDate(date: string | null, language: ReportLanguage, style: 'short' | 'long' = 'short') {
  return date ? DATES[language][style].format(new Date(`${date}T00:00:00Z`)) : '';
}

const PERCENT: Record<ReportLanguage, Intl.NumberFormat> = {
  de: new Intl.NumberFormat('de-DE', { style: 'percent', maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 0 }),
};

/** One project's cells, in the order of `columns`; the reasons as a list (the CSV joins them). */
export interface ProjectCells {
  name: string;
  workspace: string;
  lead: string;
  status: string;
  level: ProjectLevel;
  health: string;
  reasons: string[];
  progress: string;
  nextMilestone: string;
  end: string;
}

export function projectCells(project: Project, language: ReportLanguage): ProjectCells {
  const w = WORDS[language];
  const shown = shownLevelOf(project);
  const computed = project.health.level;
  const colour = shown !== computed ? `${w.level[shown]} (${w.computed(w.level[computed])})` : w.level[shown];
  const health = project.health.trend ? `${colour}, ${w.trend[project.health.trend]}` : colour;
  const override = shown !== 'none' && project.health.override ? [w.override(project.health.override.reason)] : [];
  const { tasks, done } = project.progress;
  const lead = [project.leadOrganisation?.name, project.leadPerson?.name].filter(Boolean);
  const next = project.nextMilestone;
  return {
    name: project.name,
    workspace: project.workspace.name,
    lead: lead.length === 2 ? `${lead[0]} (${lead[1]})` : (lead[0] ?? ''),
    status: w.status[project.status as ProjectStatus],
    level: shown,
    health,
    reasons: [...override, ...project.health.reasons.map((reason) => reasonText(reason, language))],
    progress: tasks === 0 ? w.noTasks : w.progress(done, tasks, PERCENT[language].format(done / tasks)),
    nextMilestone: next ? `${next.name} (${calendarDate(next.date, language)})` : '',
    end: calendarDate(project.endDate, language),
  };
}
