import { localDateTime } from './audit-dates.ts';
import type { AuditRow } from './audit-queries.ts';
import { type AuditEntryView, auditEntryView, type NamedRef } from './audit-view.ts';

// The export is for Excel as German offices use it: UTF-8 with a byte order mark (else umlauts
// break), `;` between cells (German Excel's list separator), CRLF line ends, cells quoted when they
// hold a `;`, a quote, a line break or outer spaces.

const BOM = '\uFEFF';
const CRLF = '\r\n';
const SEPARATOR = ';';

/**
 * Spreadsheets run a cell starting with =, +, -, @ (or a tab or carriage return before one) as a
 * formula; such a cell gets a leading apostrophe, Excel's mark for text, so names and details an
 * outsider could choose never execute.
 */
export function guardCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function csvCell(value: string): string {
  const guarded = guardCell(value);
  return /[";\r\n]/.test(guarded) || guarded !== guarded.trim() ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

const csvLine = (cells: readonly string[]) => cells.map(csvCell).join(SEPARATOR) + CRLF;

type Language = 'de' | 'en';

interface Words {
  header: readonly string[];
  system: string;
  deleted: string;
  types: Record<string, string>;
}

const WORDS: Record<Language, Words> = {
  de: {
    header: [
      'Zeitpunkt (Europe/Berlin)',
      'Aktion',
      'Handelnde Person',
      'E-Mail-Adresse der handelnden Person',
      'Art des Gegenstands',
      'Gegenstand',
      'ID des Gegenstands',
      'Organisation',
      'IP-Adresse',
      'Details',
    ],
    system: 'System',
    deleted: 'gelöscht',
    types: {
      person: 'Person',
      organisation: 'Organisation',
      alliance: 'Verbund',
      workspace: 'Arbeitsraum',
      cooperation: 'Kooperation',
      channel: 'Kanal',
      message: 'Nachricht',
      'atlas-import': 'Atlas-Import',
      legal_page: 'Rechtliche Seite',
    },
  },
  en: {
    header: [
      'Time (Europe/Berlin)',
      'Action',
      'Actor',
      'Actor’s email address',
      'Subject type',
      'Subject',
      'Subject ID',
      'Organisation',
      'IP address',
      'Details',
    ],
    system: 'system',
    deleted: 'deleted',
    types: {
      person: 'person',
      organisation: 'organisation',
      alliance: 'alliance',
      workspace: 'workspace',
      cooperation: 'cooperation',
      channel: 'channel',
      message: 'message',
      'atlas-import': 'atlas import',
      legal_page: 'legal page',
    },
  },
};

function nameOf(ref: NamedRef | null, words: Words): string {
  if (!ref) return '';
  return ref.deleted ? words.deleted : (ref.name ?? '');
}

function cellsOf(entry: AuditEntryView, actorEmail: string | null, words: Words): string[] {
  return [
    localDateTime(new Date(entry.at)),
    entry.action,
    entry.actor ? nameOf(entry.actor, words) : words.system,
    actorEmail ?? '',
    entry.subject ? (words.types[entry.subject.type] ?? entry.subject.type) : '',
    nameOf(entry.subject, words),
    entry.subject?.id ?? '',
    nameOf(entry.organisation, words),
    entry.ip ?? '',
    entry.details ? JSON.stringify(entry.details) : '',
  ];
}

/** The audit CSV, written piece by piece as the entries arrive. */
export async function* auditCsv(rows: AsyncIterable<AuditRow>, language: Language): AsyncGenerator<string> {
  const words = WORDS[language];
  yield BOM + csvLine(words.header);
  let chunk = '';
  for await (const row of rows) {
    chunk += csvLine(cellsOf(auditEntryView(row), row.actorEmail, words));
    if (chunk.length > 64_000) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

/** `protokoll-2026-12-06.csv` / `audit-log-2026-12-06.csv`: the local day of the export. */
export function auditFileName(language: Language, at: Date): string {
  return `${language === 'de' ? 'protokoll' : 'audit-log'}-${localDateTime(at).slice(0, 10)}.csv`;
}
