import type { StatusMatrix } from '../../../../shared/contracts/content.ts';

// The translation status for Excel as German offices use it: UTF-8 with a byte order mark (else
// umlauts break), `;` between cells (German Excel's list separator), CRLF line ends, cells quoted
// when they hold a `;`, a quote, a line break or outer spaces.

const BOM = '\uFEFF';
const CRLF = '\r\n';

/** The German words for each cell, as the status page shows them. */
export const STATUS_WORDS: Record<string, string> = {
  missing: 'fehlt',
  'in-translation': 'in Übersetzung',
  outdated: 'veraltet',
  machine: 'maschinell',
  current: 'aktuell',
  source: 'Quelle',
};

/**
 * Spreadsheets run a cell starting with =, +, -, @ (or a tab or carriage return before one) as a
 * formula; such a cell gets a leading apostrophe, Excel's mark for text, so that a title an editor
 * chose never executes.
 */
export function harmless(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function csvCell(value: string): string {
  const cell = harmless(value);
  return /[";\r\n]/.test(cell) || cell !== cell.trim() ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** `Seite;Adresse;de;en;…`, then one row per page: its title, its address and each language's status. */
export function statusCsv(matrix: StatusMatrix): string {
  const lines = [
    ['Seite', 'Adresse', ...matrix.languages],
    ...matrix.pages.map((page) => [
      page.title,
      page.slug,
      ...matrix.languages.map((language) => STATUS_WORDS[page.statuses[language] ?? ''] ?? ''),
    ]),
  ];
  return BOM + lines.map((cells) => cells.map(csvCell).join(';') + CRLF).join('');
}

const GERMAN_FOLDS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', ẞ: 'ss', Ä: 'ae', Ö: 'oe', Ü: 'ue' };

/** The organisation's name as part of a file name: lower-case ASCII words joined by hyphens. */
export function fileSlug(name: string): string {
  const slug = name
    .replace(/[äöüßẞÄÖÜ]/g, (c) => GERMAN_FOLDS[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'organisation';
}

const localDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** `uebersetzungsstand-gemeinde-seevetal-2026-12-06.csv`: the local (German) day of the export. */
export function statusCsvFileName(organisationName: string, at: Date): string {
  return `uebersetzungsstand-${fileSlug(organisationName)}-${localDay.format(at)}.csv`;
}
