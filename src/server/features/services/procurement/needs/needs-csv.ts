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

export function needsCsv(answer: LeadNeeds, language: CsvLanguage): string {
  const words = WORDS[language];
  const lines: string[][] = [[...words.columns]];
  for (const lot of answer.lots) {
    const needs = answer.needs.filter((n) => n.lotId === lot.id);
    for (const need of needs) {
      lines.push([
        String(lot.position),
        lot.title,
        need.organisation.name,
        String(need.quantity),
        lot.unit,
        euros(need.budgetCents, language),
        need.contactName,
        need.contactEmail,
        need.note,
      ]);
    }
    lines.push([
      String(lot.position),
      `${words.sum}: ${lot.title}`,
      words.organisations(needs.length),
      String(needs.reduce((s, n) => s + n.quantity, 0)),
      lot.unit,
      euros(
        needs.reduce((s, n) => s + n.budgetCents, 0),
        language,
      ),
      '',
      '',
      '',
    ]);
  }
  return BOM + lines.map((cells) => cells.map(csvCell).join(';')).join(CRLF) + CRLF;
}

/** bedarf-<subject>-<date>.csv, in ASCII words. */
export function needsFileName(subject: string, today: string, language: CsvLanguage): string {
  const word = subject
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
    .toLowerCase();
  return `${language === 'de' ? 'bedarf' : 'needs'}-${word || 'beschaffung'}-${today}.csv`;
}
