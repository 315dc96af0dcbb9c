import { csvCell } from '../../../projects/portfolio/portfolio-csv.ts';
import type { LeadNeeds } from './lead-needs.ts';

// The needs for German Excel, as the other exports: UTF-8 with BOM, `;`, CRLF, formula-safe cells.
// Money as euros with a decimal comma, so Excel reads a number; one line per need, then a sum per lot.

const BOM = '\uFEFF';
const CRLF = '\r\n';

export type CsvLanguage = 'de' | 'en';

const WORDS = {
  de: {
    columns: [
      'Los',
      'Bezeichnung',
      'Organisation',
      'Menge',
      'Einheit',
      'Budget (EUR)',
      'Ansprechperson',
      'E-Mail',
      'Hinweis',
    ],
    sum: 'Summe',
    organisations: (n: number) => `${n} Organisation(en)`,
  },
  en: {
    columns: ['Lot', 'Title', 'Organisation', 'Quantity', 'Unit', 'Budget (EUR)', 'Contact', 'E-mail', 'Note'],
    sum: 'Total',
    organisations: (n: number) => `${n} organisation(s)`,
  },
} as const;

/** Cents as euros in the language's notation without thousands separators: 123456 → "1234,56" / "1234.56". */
export function euros(cents: number, language: CsvLanguage): string {
  const whole = Math.trunc(cents / 100);
  const rest = String(cents % 100).padStart(2, '0');
  return `${whole}${language === 'de' ? ',' : '.'}${rest}`;
}

/** One line of the needs table: words as text, quantities and money (in cents) as numbers. */
export type NeedsCell = { text: string } | { count: number } | { cents: number };

/** The needs table in the language: a header, one line per need, then a sum per lot. */
export function needsTable(answer: LeadNeeds, language: CsvLanguage): { header: string[]; lines: NeedsCell[][] } {
  const words = WORDS[language];
  const text = (value: string): NeedsCell => ({ text: value });
  const lines: NeedsCell[][] = [];
  for (const lot of answer.lots) {
    const needs = answer.needs.filter((n) => n.lotId === lot.id);
    for (const need of needs) {
      lines.push([
        { count: lot.position },
        text(lot.title),
        text(need.organisation.name),
        { count: need.quantity },
        text(lot.unit),
        { cents: need.budgetCents },
        text(need.contactName),
        text(need.contactEmail),
        text(need.note),
      ]);
    }
    lines.push([
      { count: lot.position },
      text(`${words.sum}: ${lot.title}`),
      text(words.organisations(needs.length)),
      { count: needs.reduce((sum, n) => sum + n.quantity, 0) },
      text(lot.unit),
      { cents: needs.reduce((sum, n) => sum + n.budgetCents, 0) },
      text(''),
      text(''),
      text(''),
    ]);
  }
  return { header: [...words.columns], lines };
}

export function needsCsv(answer: LeadNeeds, language: CsvLanguage): string {
  const { header, lines } = needsTable(answer, language);
  const cell = (c: NeedsCell) => ('text' in c ? c.text : 'count' in c ? String(c.count) : euros(c.cents, language));
  const rows = [header, ...lines.map((line) => line.map(cell))];
  return BOM + rows.map((cells) => cells.map(csvCell).join(';')).join(CRLF) + CRLF;
}

/** bedarf-<subject>-<date>.<csv|xlsx>, in ASCII words. */
export function needsFileName(
  subject: string,
  today: string,
  language: CsvLanguage,
  extension: 'csv' | 'xlsx' = 'csv',
): string {
  const word = subject
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
    .toLowerCase();
  return `${language === 'de' ? 'bedarf' : 'needs'}-${word || 'beschaffung'}-${today}.${extension}`;
}
