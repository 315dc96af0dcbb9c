import type { Portfolio } from '../../../../shared/contracts/portfolio.ts';
import type { ReportLanguage } from './reason-words.ts';
import { projectCells, reportWords } from './report-words.ts';

// The portfolio for Excel as German offices use it: UTF-8 with a byte order mark (else umlauts
// break), `;` between cells (German Excel's list separator), CRLF line ends, cells quoted when they
// hold a `;`, a quote, a line break or outer spaces. A project's reasons share one cell, one per line.

const BOM = '\uFEFF';
const CRLF = '\r\n';

/**
 * Spreadsheets run a cell starting with =, +, -, @ (or a tab or carriage return before one) as a
 * formula; such a cell gets a leading apostrophe, Excel's mark for text, so that a project or
 * milestone name never executes.
 */
export function harmless(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function csvCell(value: string): string {
  const cell = harmless(value);
  return /[";\r\n]/.test(cell) || cell !== cell.trim() ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Header line, then one line per project in the portfolio's order. */
export function portfolioCsv(portfolio: Portfolio, language: ReportLanguage): string {
  const lines = [
    [...reportWords(language).columns],
    ...portfolio.projects.map((project) => {
      const c = projectCells(project, language);
      return [
        c.name,
        c.workspace,
        c.lead,
        c.status,
        c.health,
        c.reasons.join('\n'),
        c.progress,
        c.nextMilestone,
        c.end,
      ];
    }),
  ];
  return BOM + lines.map((cells) => cells.map(csvCell).join(';') + CRLF).join('');
}

/** statusbericht-verbund-suedwestfalen-2026-12-07.csv: the scope's name in lower-case ASCII words. */
export function portfolioFileName(portfolio: Portfolio, today: string, language: ReportLanguage): string {
  const folded = portfolio.scope.name
    .replace(/[äÄ]/g, 'ae')
    .replace(/[öÖ]/g, 'oe')
    .replace(/[üÜ]/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  const prefix = language === 'de' ? 'statusbericht' : 'status-report';
  return `${[prefix, folded, today].filter(Boolean).join('-')}.csv`;
}
