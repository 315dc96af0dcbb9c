import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CpvEntry, CpvList } from '../../../../../shared/contracts/services-procurement.ts';
import type { FieldError } from '../../../../platform/errors/problem.ts';

// The CPV 2008 list shipped under data/cpv-2008/ (see its README: at present the 45 divisions only).

const CPV_FILE = fileURLToPath(new URL('../../../../../../data/cpv-2008/cpv-2008-divisions.json', import.meta.url));

interface CpvFile {
  source: string;
  partial: boolean;
  codes: { code: string; de: string; en: string }[];
}

let loaded: { file: CpvFile; byCode: Map<string, CpvFile['codes'][number]>; divisions: Map<string, string> } | null =
  null;

function cpvData() {
  if (!loaded) {
    const file = JSON.parse(readFileSync(CPV_FILE, 'utf8')) as CpvFile;
    loaded = {
      file,
      byCode: new Map(file.codes.map((c) => [c.code, c])),
      divisions: new Map(
        file.codes.filter((c) => c.code.slice(2, 8) === '000000').map((c) => [c.code.slice(0, 2), c.code]),
      ),
    };
  }
  return loaded;
}

/**
 * The radar's CPV group: the first three digits (the division and its group, e.g. 302 for computer
 * equipment). Two plans in one group are close enough to be worth asking about bundling.
 */
export function cpvGroupOf(code: string): string {
  return code.slice(0, 3);
}

/**
 * Checks a CPV code against the list. Returns the entry, or null when the code is not valid:
 * unknown division, or a check digit that differs from the listed code. With the partial list a
 * deeper code's check digit cannot be checked; it is accepted as `verified: false`.
 */
export function checkCpvCode(code: string): CpvEntry | null {
  if (!/^[0-9]{8}-[0-9]$/.test(code)) return null;
  const { file, byCode, divisions } = cpvData();
  const listed = byCode.get(code);
  if (listed) return { ...listed, verified: true };
  const prefix = code.slice(0, 8);
  // The same eight digits listed with another check digit: the digit is wrong.
  if ([...byCode.keys()].some((c) => c.startsWith(prefix))) return null;
  if (!file.partial) return null;
  const division = divisions.get(code.slice(0, 2));
  if (!division) return null;
  const parent = byCode.get(division);
  return parent ? { code, de: parent.de, en: parent.en, verified: false } : null;
}

/** Field errors for each code that fails `checkCpvCode`, named by their place in the input. */
export function cpvErrors(codes: readonly string[], field: string): FieldError[] {
  return codes.flatMap((code, index) =>
    checkCpvCode(code) ? [] : [{ field: `${field}/${index}`, message: 'is not a CPV 2008 code' }],
  );
}

/** The list, or the codes whose code or name (German or English) contains the words. */
export function searchCpv(q: string | undefined): CpvList {
  const { file } = cpvData();
  const words = (q ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const codes = file.codes
    .filter((c) =>
      words.every((w) => c.code.includes(w) || c.de.toLowerCase().includes(w) || c.en.toLowerCase().includes(w)),
    )
    .map((c) => ({ ...c, verified: true }));
  return { partial: file.partial, source: file.source, codes };
}
