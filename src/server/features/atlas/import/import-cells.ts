import type { ImportProblem } from '../../../../shared/contracts/atlas-import.ts';
import { parseYesNo } from '../exchange/exchange-format.ts';

/**
 * Reading one cell of an import: CSV gives text, JSON may give numbers, booleans, arrays and objects.
 * Each reader returns the value, or records a problem and returns undefined.
 */
export class CellReader {
  readonly problems: ImportProblem[] = [];

  problem(column: string, code: string, message: string, value?: unknown) {
    const shown = value === undefined || value === null ? undefined : String(value).slice(0, 200);
    this.problems.push({ column, code, message, ...(shown !== undefined ? { value: shown } : {}) });
  }

  hasProblem(column: string) {
    return this.problems.some((p) => p.column === column);
  }

  /** Trimmed text; empty for a missing cell. */
  text(column: string, value: unknown): string | undefined {
    if (value === undefined || value === null) return '';
    if (typeof value === 'string') return value.trim();
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    this.problem(column, 'invalid', 'expected text');
    return undefined;
  }

  /** A list: a JSON array, or text joined with ` | `. */
  list(column: string, value: unknown): unknown[] | undefined {
    if (Array.isArray(value)) return value.filter((v) => v !== null && v !== '');
    const text = this.text(column, value);
    if (text === undefined) return undefined;
    return text === ''
      ? []
      : text
          .split('|')
          .map((part) => part.trim())
          .filter(Boolean);
  }

  /** A list of text items. */
  texts(column: string, value: unknown): string[] | undefined {
    const items = this.list(column, value);
    if (!items) return undefined;
    const texts = items.map((item) =>
      typeof item === 'string' || typeof item === 'number' ? String(item).trim() : null,
    );
    if (texts.some((t) => t === null)) {
      this.problem(column, 'invalid', 'expected a list of texts');
      return undefined;
    }
    return (texts as string[]).filter(Boolean);
  }

  /** A whole number; German thousands separators ("1.500.000") are allowed; empty → null. */
  integer(column: string, value: unknown, code = 'bad-number'): number | null | undefined {
    if (typeof value === 'number') {
      if (Number.isInteger(value)) return value;
      this.problem(column, code, 'expected a whole number', value);
      return undefined;
    }
    const text = this.text(column, value);
    if (text === undefined) return undefined;
    if (text === '') return null;
    const plain = /^\d{1,3}(?:[. ]\d{3})+$/.test(text) ? text.replace(/[. ]/g, '') : text;
    if (!/^-?\d+$/.test(plain)) {
      this.problem(column, code, 'expected a whole number', text);
      return undefined;
    }
    return Number(plain);
  }

  /** A decimal number with a point or a German comma; empty → null. */
  decimal(column: string, value: unknown): number | null | undefined {
    if (typeof value === 'number') return value;
    const text = this.text(column, value);
    if (text === undefined) return undefined;
    if (text === '') return null;
    const normalised = text.replace(',', '.');
    if (!/^-?\d+(?:\.\d+)?$/.test(normalised)) {
      this.problem(column, 'bad-number', 'expected a number such as 53.43', text);
      return undefined;
    }
    return Number(normalised);
  }

  /** ja/nein as the export writes it (true/false, yes/no, 1/0 too); empty → false. */
  boolean(column: string, value: unknown): boolean | undefined {
    if (typeof value === 'boolean') return value;
    const text = this.text(column, value);
    if (text === undefined) return undefined;
    const yes = parseYesNo(text);
    if (yes === null) this.problem(column, 'bad-boolean', 'expected ja or nein', text);
    return yes ?? undefined;
  }
}

/** Finds a code by itself or by its German or English label, ignoring case. */
export function codeLookup(entries: readonly { code: string; de: string; en: string }[]) {
  const byName = new Map<string, string>();
  for (const entry of entries) {
    for (const name of [entry.code, entry.de, entry.en]) byName.set(name.trim().toLowerCase(), entry.code);
  }
  return (text: string) => byName.get(text.trim().toLowerCase());
}
