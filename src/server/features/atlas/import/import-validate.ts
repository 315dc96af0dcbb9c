import { Ajv, type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import { divisionOfGroup } from '../../../../shared/atlas/cofog.ts';
import { CooperationInput } from '../../../../shared/contracts/atlas.ts';
import type { ImportProblem } from '../../../../shared/contracts/atlas-import.ts';
import { cleanCooperation, cooperationErrors } from '../commands/clean-cooperation.ts';

// The same validator settings as the API's request bodies, but reporting every error, not the first.
const ajv = new Ajv({ allErrors: true, strict: false, coerceTypes: false });
// biome-ignore lint/suspicious/noExplicitAny: ajv-formats' default export type differs between CJS and ESM builds
(addFormats as any)(ajv);
const check = ajv.compile(CooperationInput);

/** Record field → the column of the exchange format it comes from. */
const COLUMN_OF: Record<string, string> = {
  externalId: 'external_id',
  sectorGroup: 'sector_group',
  partnerIds: 'partners',
  externalPartners: 'external_partners',
  startYear: 'start_year',
  endYear: 'end_year',
  legalForm: 'legal_form',
  transferRequirements: 'transfer_requirements',
  yearlySavings: 'yearly_savings',
  populationServed: 'population_served',
  currentStatus: 'current_status',
  lessonsLearned: 'lessons_learned',
  furtherInformation: 'further_information',
};

/** What a problem in a column is called, when the column has a more telling name than `invalid`. */
const CODE_OF_COLUMN: Record<string, string> = {
  start_year: 'bad-year',
  end_year: 'bad-year',
  website: 'bad-website',
  slug: 'bad-slug',
  latitude: 'bad-location',
  longitude: 'bad-location',
  investment: 'bad-number',
  yearly_savings: 'bad-number',
  population_served: 'bad-number',
  awards: 'bad-award',
  funding: 'bad-funding',
};

/** The code for what the save's own checks refuse in a column (they run once the schema is met). */
const SAVE_CODE_OF_COLUMN: Record<string, string> = {
  title: 'too-short',
  sector: 'unknown-sector',
  sector_group: 'sector-group-mismatch',
  fields: 'unknown-field',
  legal_form: 'unknown-legal-form',
  status: 'unknown-status',
  end_year: 'end-before-start',
};

const REQUIRED = new Set(['title', 'sector', 'status', 'legal_form']);

function problemOf(error: ErrorObject): ImportProblem {
  const [, field = '', ...rest] = error.instancePath.split('/');
  const name = error.keyword === 'required' ? String(error.params.missingProperty) : field;
  const column =
    name === 'location' ? (rest.includes('longitude') ? 'longitude' : 'latitude') : (COLUMN_OF[name] ?? name);
  if (error.keyword === 'required' || (error.keyword === 'minLength' && REQUIRED.has(column) && rest.length === 0)) {
    return { column, code: error.keyword === 'required' ? 'required' : 'too-short', message: error.message ?? '' };
  }
  const code =
    CODE_OF_COLUMN[column] ??
    (error.keyword === 'maxLength'
      ? 'too-long'
      : error.keyword === 'maxItems'
        ? 'too-many'
        : error.keyword === 'minLength'
          ? 'too-short'
          : 'invalid');
  return { column, code, message: error.message ?? 'is invalid' };
}

/**
 * Checks a complete record against the API's schema and the rules across fields. `known` are the
 * problems found while reading the row: a column already at fault gets no second, vaguer problem.
 */
export function validateRecord(input: Record<string, unknown>, known: ImportProblem[]): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const faulty = new Set(known.map((p) => p.column));
  const add = (problem: ImportProblem) => {
    if (faulty.has(problem.column)) return;
    faulty.add(problem.column);
    problems.push(problem);
  };
  const schemaMet = check(input);
  if (!schemaMet) for (const error of check.errors ?? []) add(problemOf(error));
  const { startYear, endYear, sector, sectorGroup } = input as Partial<CooperationInput>;
  if (typeof startYear === 'number' && typeof endYear === 'number' && endYear < startYear) {
    add({
      column: 'end_year',
      code: 'end-before-start',
      message: `the end year ${endYear} is before the start year ${startYear}`,
      value: String(endYear),
    });
  }
  if (typeof sector === 'string' && typeof sectorGroup === 'string' && divisionOfGroup(sectorGroup) !== sector) {
    add({
      column: 'sector_group',
      code: 'sector-group-mismatch',
      message: `the group ${sectorGroup} does not belong to the sector ${sector}`,
      value: sectorGroup,
    });
  }
  if (!schemaMet) return problems;
  // The same rules the save applies, so a report without problems is one the confirmation can write.
  for (const error of cooperationErrors(cleanCooperation(input as CooperationInput))) {
    const name = error.field.replace(/^body:\//, '').split('/')[0] ?? '';
    const column = COLUMN_OF[name] ?? name;
    add({ column, code: SAVE_CODE_OF_COLUMN[column] ?? 'invalid', message: error.message });
  }
  return problems;
}
