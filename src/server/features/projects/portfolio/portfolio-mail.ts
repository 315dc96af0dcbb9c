import type { Portfolio, PortfolioMilestone } from '../../../../shared/contracts/portfolio.ts';
import type { Project } from '../../../../shared/contracts/projects.ts';
import type { Mail } from '../../../platform/mail/mailer.ts';
import { shownLevelOf } from './portfolio.ts';
import type { ReportLanguage } from './reason-words.ts';
import { calendarDate, projectCells, reportWords } from './report-words.ts';

// The weekly mail "Ihr Portfolio diese Woche": how a portfolio stands as its reader sees it, in
// their language. Plain text and a simple HTML alternative, as the notification digest writes them.

/** How far ahead the mail names milestones. */
export const MILESTONE_DAYS = 14;

const WORDS = {
  de: {
    subject: (scope: string) => `Ihr Portfolio diese Woche: ${scope}`,
    greeting: (name: string) => `Guten Tag ${name},`,
    intro: (kind: string, scope: string, date: string) => `so steht das Portfolio „${scope}“ (${kind}) am ${date}.`,
    counts: (n: number, parts: string[]) =>
      `${n === 1 ? '1 Projekt' : `${n} Projekte`}${parts.length ? `: ${parts.join(', ')}` : ''}.`,
    part: { red: 'rot', amber: 'gelb', green: 'grün', none: 'ohne Ampel' },
    worse: 'Schlechter als letzte Woche',
    red: 'Rot',
    amber: 'Gelb',
    milestones: (days: number) => `Meilensteine der nächsten ${days} Tage`,
    milestone: (date: string, name: string, project: string) => `${date}: ${name} (${project})`,
    calm: 'Kein Projekt ist gelb oder rot.',
    noMilestones: (days: number) => `In den nächsten ${days} Tagen ist kein Meilenstein fällig.`,
    open: 'Zum Portfolio',
    openProject: 'Zum Projekt',
    footer:
      'Sie erhalten diese E-Mail jeden Montag, weil Sie sie für dieses Portfolio bestellt haben. Abbestellen können Sie sie auf der Seite des Portfolios:',
  },
  en: {
    subject: (scope: string) => `Your portfolio this week: ${scope}`,
    greeting: (name: string) => `Hello ${name},`,
    intro: (kind: string, scope: string, date: string) =>
      `this is how the portfolio “${scope}” (${kind.toLowerCase()}) stands on ${date}.`,
    counts: (n: number, parts: string[]) =>
      `${n === 1 ? '1 project' : `${n} projects`}${parts.length ? `: ${parts.join(', ')}` : ''}.`,
    part: { red: 'red', amber: 'amber', green: 'green', none: 'without a colour' },
    worse: 'Worse than last week',
    red: 'Red',
    amber: 'Amber',
    milestones: (days: number) => `Milestones in the next ${days} days`,
    milestone: (date: string, name: string, project: string) => `${date}: ${name} (${project})`,
    calm: 'No project is amber or red.',
    noMilestones: (days: number) => `No milestone is due in the next ${days} days.`,
    open: 'Open the portfolio',
    openProject: 'Open the project',
    footer:
      'You get this mail every Monday because you asked for it for this portfolio. You can stop it on the portfolio’s page:',
  },
} as const;

export interface PortfolioMailInput {
  to: { email: string; name: string; locale: string };
  portfolio: Portfolio;
  /** The portfolio's open milestones, any dates; the mail names those of the coming days. */
  milestones: PortfolioMilestone[];
  today: string;
  publicUrl: string;
}

/** One line of text from stored text: line breaks and runs of spaces must not shape the mail. */
const line = (text: string) => text.replace(/\s+/g, ' ').trim();

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

interface Entry {
  title: string;
  reasons: string[];
  link: string;
}

interface Section {
  heading: string;
  entries: Entry[];
}

/** The sections of the mail: projects that turned worse first, then the other red and amber ones. */
function sections(portfolio: Portfolio, language: ReportLanguage, publicUrl: string): Section[] {
  const w = WORDS[language];
  const entry = (project: Project): Entry => {
    const cells = projectCells(project, language);
    return {
      title: `${line(cells.name)} (${line(cells.workspace)}): ${cells.health}`,
      reasons: cells.reasons.map(line),
      link: `${publicUrl}/projects/${project.id}`,
    };
  };
  const worse = portfolio.projects.filter((p) => p.health.trend === 'worse');
  const rest = portfolio.projects.filter((p) => p.health.trend !== 'worse');
  return [
    { heading: w.worse, entries: worse.map(entry) },
    { heading: w.red, entries: rest.filter((p) => shownLevelOf(p) === 'red').map(entry) },
    { heading: w.amber, entries: rest.filter((p) => shownLevelOf(p) === 'amber').map(entry) },
  ].filter((section) => section.entries.length > 0);
}

/** The scope in the portfolio page's address. */
export function portfolioLink(publicUrl: string, scope: Portfolio['scope']): string {
  return `${publicUrl}/portfolio?${scope.kind}=${encodeURIComponent(scope.id)}`;
}

export function portfolioMail(input: PortfolioMailInput): Mail {
  const language: ReportLanguage = input.to.locale === 'en' ? 'en' : 'de';
  const w = WORDS[language];
  const report = reportWords(language);
  const { portfolio, today } = input;
  const scopeName = line(portfolio.scope.name);
  const name = line(input.to.name);
  const link = portfolioLink(input.publicUrl, portfolio.scope);

  const total = portfolio.counts.red + portfolio.counts.amber + portfolio.counts.green + portfolio.counts.none;
  const parts = (['red', 'amber', 'green', 'none'] as const)
    .filter((level) => portfolio.counts[level] > 0)
    .map((level) => `${portfolio.counts[level]} ${w.part[level]}`);
  const overview = [w.counts(total, parts)];
  if (portfolio.hidden) overview.push(`${report.hidden(portfolio.hidden)}.`);

  const blocks = sections(portfolio, language, input.publicUrl);
  const until = addDays(today, MILESTONE_DAYS);
  const milestones = input.milestones
    .filter((m) => !m.doneAt && m.date >= today && m.date <= until)
    .map((m) => w.milestone(calendarDate(m.date, language), line(m.name), line(m.project.name)));
  const intro = w.intro(report.scope[portfolio.scope.kind], scopeName, calendarDate(today, language, 'long'));

  const text = [
    w.greeting(name),
    '',
    intro,
    overview.join(' '),
    '',
    ...(blocks.length === 0 ? [w.calm, ''] : []),
    ...blocks.flatMap((section) => [
      `${section.heading}:`,
      ...section.entries.flatMap((e) => [`– ${e.title}`, ...e.reasons.map((r) => `  · ${r}`), `  ${e.link}`]),
      '',
    ]),
    `${w.milestones(MILESTONE_DAYS)}:`,
    ...(milestones.length ? milestones.map((m) => `– ${m}`) : [w.noMilestones(MILESTONE_DAYS)]),
    '',
    `${w.open}: ${link}`,
    '',
    `${w.footer} ${link}`,
  ].join('\n');

  const html = [
    `<!doctype html><html lang="${language}"><body style="font-family: 'Fira Sans', Arial, sans-serif; line-height: 1.5; color: #131525">`,
    `<p>${escapeHtml(w.greeting(name))}</p>`,
    `<p>${escapeHtml(intro)}<br>${escapeHtml(overview.join(' '))}</p>`,
    ...(blocks.length === 0 ? [`<p>${escapeHtml(w.calm)}</p>`] : []),
    ...blocks.flatMap((section) => [
      `<h2 style="font-size: 1.125em">${escapeHtml(section.heading)}</h2>`,
      '<ul>',
      ...section.entries.map(
        (e) =>
          `<li style="margin-bottom: 1em"><strong>${escapeHtml(e.title)}</strong>` +
          (e.reasons.length ? `<ul>${e.reasons.map((r) => `<li>${escapeHtml(r)}</li>`).join('')}</ul>` : '<br>') +
          `<a href="${escapeHtml(e.link)}">${escapeHtml(w.openProject)}</a></li>`,
      ),
      '</ul>',
    ]),
    `<h2 style="font-size: 1.125em">${escapeHtml(w.milestones(MILESTONE_DAYS))}</h2>`,
    milestones.length
      ? `<ul>${milestones.map((m) => `<li>${escapeHtml(m)}</li>`).join('')}</ul>`
      : `<p>${escapeHtml(w.noMilestones(MILESTONE_DAYS))}</p>`,
    `<p><a href="${escapeHtml(link)}">${escapeHtml(w.open)}</a></p>`,
    `<p style="color: #404565; font-size: 0.875em">${escapeHtml(w.footer)} <a href="${escapeHtml(link)}">${escapeHtml(scopeName)}</a></p>`,
    '</body></html>',
  ].join('\n');

  return { to: input.to.email, subject: w.subject(scopeName), text, html };
}
