import { type Static, Type } from 'typebox';
import { SECTOR_CODES } from '../../../../shared/atlas/cofog.ts';
import { LEGAL_FORM_CODES } from '../../../../shared/atlas/legal-forms.ts';
import { ATLAS_LIMITS, PROJECT_STATUS_CODES } from '../../../../shared/atlas/states.ts';
import { TASK_FIELD_CODES } from '../../../../shared/atlas/task-fields.ts';
import { LAND_CODES } from '../../../../shared/laender.ts';
import { invalid } from '../../../platform/errors/problem.ts';
import { Uuid } from '../../../platform/http/id-schemas.ts';

const several = <T extends Parameters<typeof Type.Array>[0]>(item: T, description: string, maxItems = 30) =>
  Type.Optional(Type.Array(item, { maxItems, description: `${description}; repeat for several (any of them)` }));
const Year = Type.Integer({ minimum: ATLAS_LIMITS.yearMin, maximum: 2100 });

/** The filters shared by the search and the export. */
const filterProperties = {
  q: Type.Optional(
    Type.String({
      maxLength: 200,
      description: 'Words (German stemming, parts of compound words, ae/oe/ue/ss for umlauts); all must match',
    }),
  ),
  sector: several(Type.Enum(SECTOR_CODES), 'COFOG division "01"…"10"', 10),
  field: several(Type.Enum(TASK_FIELD_CODES), 'Task field code'),
  land: several(Type.Enum(LAND_CODES), 'Two-digit Land code of a partner', 16),
  kreis: several(Uuid, 'Organisation ID of a Kreis a partner belongs to'),
  legalForm: several(Type.Enum(LEGAL_FORM_CODES), 'Legal form code'),
  status: several(Type.Enum(PROJECT_STATUS_CODES), 'Project status', 4),
  startFrom: Type.Optional(Year),
  startTo: Type.Optional(Year),
  partner: several(Uuid, 'Organisation ID of a partner'),
  transferable: Type.Optional(Type.Boolean({ description: 'Only records marked (or not) as ready for reuse' })),
  sort: Type.Optional(
    Type.Enum(['relevance', 'newest', 'start'], {
      default: 'relevance',
      description: 'relevance (newest without q), newest published, or start year (latest first)',
    }),
  ),
};

export const SearchQuery = Type.Object({
  ...filterProperties,
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000, default: 1 })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: ATLAS_LIMITS.pageSizeMax, default: 20 })),
});
export type SearchQueryInput = Static<typeof SearchQuery>;

export const ExportQuery = Type.Object(filterProperties);
export type ExportQueryInput = Static<typeof ExportQuery>;

export type SortOrder = 'relevance' | 'newest' | 'start';

/** Filters as the SQL reads them; an empty list means "no filter". */
export interface AtlasFilters {
  sector: string[];
  field: string[];
  land: string[];
  kreis: string[];
  legalForm: string[];
  status: string[];
  startFrom: number | null;
  startTo: number | null;
  partner: string[];
  transferable: boolean | null;
}

export interface AtlasSearch {
  q: string;
  filters: AtlasFilters;
  sort: SortOrder;
  /** Rows to skip and to return. */
  offset: number;
  limit: number;
}

export function filtersOf(input: ExportQueryInput): AtlasFilters {
  return {
    sector: input.sector ?? [],
    field: input.field ?? [],
    land: input.land ?? [],
    kreis: (input.kreis ?? []).map((id) => id.toLowerCase()),
    legalForm: input.legalForm ?? [],
    status: input.status ?? [],
    startFrom: input.startFrom ?? null,
    startTo: input.startTo ?? null,
    partner: (input.partner ?? []).map((id) => id.toLowerCase()),
    transferable: input.transferable ?? null,
  };
}

export function searchOf(input: SearchQueryInput): AtlasSearch {
  const pageSize = input.pageSize ?? 20;
  return {
    q: (input.q ?? '').trim(),
    filters: filtersOf(input),
    sort: (input.sort ?? 'relevance') as SortOrder,
    offset: ((input.page ?? 1) - 1) * pageSize,
    limit: pageSize,
  };
}

/** A start range that ends before it begins is a mistake, not an empty result. */
export function checkStartRange(input: ExportQueryInput): void {
  if (input.startFrom !== undefined && input.startTo !== undefined && input.startFrom > input.startTo) {
    throw invalid([{ field: 'querystring:/startTo', message: 'must not be before startFrom' }]);
  }
}
