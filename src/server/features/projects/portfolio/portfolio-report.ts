import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Portfolio } from '../../../../shared/contracts/portfolio.ts';
import type { ProjectLevel } from '../../../../shared/contracts/projects.ts';
import { pageFrame, pageSection, pageTitle } from '../../../platform/web-pages/frame.ts';
import { escapeHtml, html, type SafeHtml, trustedHtml } from '../../../platform/web-pages/html.ts';
import { loadWebShell, type WebShell } from '../../../platform/web-pages/shell.ts';
import { pageTexts } from '../../../platform/web-pages/texts.ts';
import type { ReportLanguage } from './reason-words.ts';
import { calendarDate, projectCells, reportWords } from './report-words.ts';

// The "Statusbericht" for a council: the portfolio as a page of its own, rendered here, without
// scripts, in the app's frame and KERN's classes, to read on screen or to print (and save as PDF) from
// the browser. Colours always come with their word; the table has a caption and headers for rows and
// columns, and stacks into "label: value" lines on narrow screens as the app's tables do. Printed, the
// frame is left out and the table runs landscape across pages with its header repeated.

const BADGE: Record<ProjectLevel, string> = { red: 'danger', amber: 'warning', green: 'success', none: 'info' };

const CSS = `
.portfolio-report .report-counts { display: flex; flex-wrap: wrap; gap: var(--kern-metric-space-small, 8px) var(--kern-metric-space-large, 24px); list-style: none; margin: 0; padding: 0; }
.portfolio-report .report-reasons { margin: 0; padding-inline-start: 1.1rem; list-style: disc; }
.portfolio-report .report-reasons li + li { margin-block-start: var(--kern-metric-space-x-small, 4px); }
.portfolio-report td, .portfolio-report th { vertical-align: top; overflow-wrap: break-word; hyphens: auto; }
.site-header .header-auth { display: none; }
@page { size: A4 landscape; margin: 12mm; }
@media print {
  .skip-link, .site-header, .site-footer, .report-print-hint { display: none !important; }
  .app__main, .kern-container { padding: 0 !important; margin: 0 !important; max-width: none !important; }
  body { font-size: 9pt; color: #000; background: #fff; }
  .portfolio-report table { width: 100%; font-size: 8.5pt; }
  .portfolio-report thead { display: table-header-group; }
  .portfolio-report tr { break-inside: avoid; }
  .portfolio-report .kern-badge { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  h1, h2 { break-after: avoid; }
}`;

const STYLE = trustedHtml(`<style>${CSS.replace(/\n\s*/g, ' ').trim()}</style>`);

/** index.html of the web build as the page's template; without a build, a bare document of its own. */
export function reportShell(webDist: string): WebShell {
  if (existsSync(join(webDist, 'index.html'))) return loadWebShell(webDist);
  return {
    page: (input) =>
      `<!doctype html>\n<html lang="${input.language}"><head><meta charset="UTF-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>${escapeHtml(input.title)}</title><meta name="description" content="${escapeHtml(input.description)}" />${input.head?.value ?? ''}</head><body><div id="root">${input.body?.value ?? ''}</div></body></html>`,
  };
}

function badge(level: ProjectLevel, text: string): SafeHtml {
  return html`<span class="kern-badge kern-badge--small kern-badge--${BADGE[level]}"><span class="kern-label">${text}</span></span>`;
}

function projectTable(portfolio: Portfolio, language: ReportLanguage): SafeHtml {
  const w = reportWords(language);
  const [nameHead, ...heads] = w.columns;
  const rows = portfolio.projects.map((project) => {
    const c = projectCells(project, language);
    const reasons = c.reasons.length
      ? html`<ul class="report-reasons">${c.reasons.map((reason) => html`<li>${reason}</li>`)}</ul>`
      : '';
    const cells: Array<SafeHtml | string> = [
      c.workspace,
      c.lead,
      c.status,
      badge(c.level, c.health),
      reasons,
      c.progress,
      c.nextMilestone,
      c.end,
    ];
    return html`<tr class="kern-table__row"><th scope="row" class="kern-table__cell" data-label="${nameHead}">${c.name}</th>${cells.map(
      (content, i) => html`<td class="kern-table__cell" data-label="${heads[i]}">${content}</td>`,
    )}</tr>`;
  });
  return html`<div class="data-table"><table class="kern-table kern-table--striped"><caption class="kern-sr-only">${w.list} – ${portfolio.scope.name}</caption><thead class="kern-table__head"><tr class="kern-table__row">${w.columns.map(
    (head) => html`<th scope="col" class="kern-table__header">${head}</th>`,
  )}</tr></thead><tbody class="kern-table__body">${rows}</tbody></table></div>`;
}

function overview(portfolio: Portfolio, language: ReportLanguage): SafeHtml {
  const w = reportWords(language);
  const levels: ProjectLevel[] = ['red', 'amber', 'green', 'none'];
  const counts = levels.map((level) => html`<li>${badge(level, `${w.level[level]}: ${portfolio.counts[level]}`)}</li>`);
  const hidden = portfolio.hidden ? html`<p class="kern-body spaced">${w.hidden(portfolio.hidden)}</p>` : '';
  return html`<ul class="report-counts">${counts}</ul>${hidden}`;
}

/** The whole page: the report in the app's frame, in the reader's language. */
export function reportPage(shell: WebShell, portfolio: Portfolio, language: ReportLanguage, today: string): string {
  const w = reportWords(language);
  const title = `${w.title}: ${portfolio.scope.name}`;
  const main = html`<div class="portfolio-report">${pageTitle({
    preline: `${w.title} · ${w.scope[portfolio.scope.kind]}`,
    title: portfolio.scope.name,
    lead: `${w.asOf(calendarDate(today, language, 'long'))} · ${w.projects(portfolio.projects.length)}`,
  })}<p class="kern-body report-print-hint">${w.print}</p>${pageSection(w.overview, overview(portfolio, language))}${pageSection(
    w.list,
    portfolio.projects.length ? projectTable(portfolio, language) : html`<p class="kern-body">${w.none}</p>`,
  )}${pageSection(w.about, html`<p class="kern-body">${w.aboutText}</p>`)}</div>`;
  const texts = pageTexts(language);
  return shell.page({
    language,
    title: `${title} – ${texts.t('app.name')}`,
    description: title,
    head: html`<meta name="robots" content="noindex" />
    ${STYLE}`,
    body: pageFrame(texts, { current: null, main }),
    app: false,
  });
}
