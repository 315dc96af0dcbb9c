import {
  divisionOfGroup,
  LEGAL_FORM_CODES,
  PROJECT_STATUS_CODES,
  SECTOR_CODES,
  SECTOR_GROUP_CODES,
  TASK_FIELD_CODES,
} from '../../../../shared/atlas/index.ts';
import type { CooperationInput } from '../../../../shared/contracts/atlas.ts';
import type { FieldError } from '../../../platform/errors/problem.ts';
import { sanitizeMaybeHtml, sanitizeSection } from '../sanitize-html.ts';

/** A record's input as it is stored: trimmed, de-duplicated, sections sanitised, optional values null. */
export interface CleanCooperation {
  title: string;
  summary: string;
  sector: string;
  sectorGroup: string | null;
  fields: string[];
  keywords: string[];
  partnerIds: string[];
  externalPartners: string[];
  contacts: Array<{
    personId: string | null;
    name: string | null;
    role: string | null;
    email: string | null;
    phone: string | null;
  }>;
  website: string | null;
  startYear: number | null;
  endYear: number | null;
  status: string;
  legalForm: string;
  awards: Array<{ name: string; year: number | null }>;
  funding: Array<{ programme: string; amount: number | null }>;
  investment: number | null;
  yearlySavings: number | null;
  populationServed: number | null;
  location: { latitude: number; longitude: number } | null;
  description: string;
  currentStatus: string;
  lessonsLearned: string;
  furtherInformation: string;
  transferable: boolean;
  transferRequirements: string;
}

function text(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/** Trimmed, without blanks and without repeats (case-insensitive), in the order given. */
function distinctTexts(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const value of values) {
    const trimmed = value.trim();
    const key = trimmed.toLocaleLowerCase('de');
    if (!trimmed || seen.has(key)) continue;
    seen.add(key);
    result.push(trimmed);
  }
  return result;
}

export function cleanCooperation(input: CooperationInput): CleanCooperation {
  return {
    title: input.title.trim(),
    summary: input.summary.trim(),
    sector: input.sector,
    sectorGroup: input.sectorGroup ?? null,
    fields: [...new Set(input.fields)],
    keywords: distinctTexts(input.keywords),
    partnerIds: [...new Set(input.partnerIds.map((id) => id.toLowerCase()))],
    externalPartners: distinctTexts(input.externalPartners),
    contacts: input.contacts.map((c) => ({
      personId: c.personId?.toLowerCase() ?? null,
      name: text(c.name),
      role: text(c.role),
      email: text(c.email)?.toLowerCase() ?? null,
      phone: text(c.phone),
    })),
    website: input.website ?? null,
    startYear: input.startYear ?? null,
    endYear: input.endYear ?? null,
    status: input.status,
    legalForm: input.legalForm,
    awards: input.awards.map((a) => ({ name: a.name.trim(), year: a.year ?? null })),
    funding: input.funding.map((f) => ({ programme: f.programme.trim(), amount: f.amount ?? null })),
    investment: input.investment ?? null,
    yearlySavings: input.yearlySavings ?? null,
    populationServed: input.populationServed ?? null,
    location: input.location ?? null,
    description: sanitizeSection(input.description),
    currentStatus: sanitizeSection(input.currentStatus),
    lessonsLearned: sanitizeSection(input.lessonsLearned),
    furtherInformation: sanitizeSection(input.furtherInformation),
    transferable: input.transferable,
    transferRequirements: sanitizeMaybeHtml(input.transferRequirements),
  };
}

/**
 * What the shared code lists and the record's own logic refuse, named by field as the validation
 * problem names them (`body:/fields/2`). Checks needing the database (partners, people) come after.
 */
export function cooperationErrors(record: CleanCooperation): FieldError[] {
  const errors: FieldError[] = [];
  const fail = (field: string, message: string) => errors.push({ field: `body:/${field}`, message });
  if (record.title.length < 3) fail('title', 'must have at least 3 characters besides spaces');
  if (!SECTOR_CODES.includes(record.sector)) fail('sector', 'is not a COFOG division');
  if (record.sectorGroup !== null) {
    if (!SECTOR_GROUP_CODES.includes(record.sectorGroup)) fail('sectorGroup', 'is not a COFOG group');
    else if (divisionOfGroup(record.sectorGroup) !== record.sector) fail('sectorGroup', 'belongs to another sector');
  }
  record.fields.forEach((field, index) => {
    if (!TASK_FIELD_CODES.includes(field)) fail(`fields/${index}`, 'is not a known task field');
  });
  if (!LEGAL_FORM_CODES.includes(record.legalForm)) fail('legalForm', 'is not a known legal form');
  if (!PROJECT_STATUS_CODES.includes(record.status)) fail('status', 'is not a known project status');
  if (record.startYear !== null && record.endYear !== null && record.endYear < record.startYear) {
    fail('endYear', 'must not be before the start year');
  }
  record.contacts.forEach((contact, index) => {
    if (!contact.personId && !(contact.name && (contact.email || contact.phone))) {
      fail(`contacts/${index}`, 'needs a person on the platform, or a name with an e-mail address or phone number');
    }
  });
  return errors;
}
