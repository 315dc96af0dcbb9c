import type { TFunction } from 'i18next';
import { ATLAS_LIMITS } from '../../../../shared/atlas/states.ts';
import type { Cooperation, CooperationInput } from '../../../../shared/contracts/atlas.ts';
import type { OrganisationSummary } from '../../../../shared/contracts/organisations.ts';
import type { FieldChecks } from '../../../ui/use-form-errors.ts';
import { checkWebsite } from '../../organisations/website.ts';
import { checkLocation, coordinateText, type LocationMode, locationInput } from './record-form-location-state.ts';

// The record form's state (strings, as the inputs hold them) and its translation to and from the API.

export interface ContactDraft {
  key: string;
  /** A person on the platform; their name and organisation come from their account. */
  personId: string | null;
  /** Shown beside a linked person's name; never sent. */
  organisationName: string | null;
  name: string;
  role: string;
  email: string;
  phone: string;
}
export interface AwardDraft {
  key: string;
  name: string;
  year: string;
}
export interface FundingDraft {
  key: string;
  programme: string;
  amount: string;
}

export interface RecordDraft {
  title: string;
  summary: string;
  /** The address /atlas/<slug>: null on create (the server derives it from the title), editable after. */
  slug: string | null;
  /** Set by imports; shown, never sent, so a save keeps it. */
  externalId: string | null;
  sector: string;
  sectorGroup: string;
  fields: string[];
  keywords: string;
  partners: OrganisationSummary[];
  externalPartners: string;
  contacts: ContactDraft[];
  website: string;
  startYear: string;
  endYear: string;
  status: string;
  legalForm: string;
  awards: AwardDraft[];
  funding: FundingDraft[];
  investment: string;
  yearlySavings: string;
  populationServed: string;
  description: string;
  currentStatus: string;
  lessonsLearned: string;
  furtherInformation: string;
  transferable: boolean;
  transferRequirements: string;
  /** `partners`: the server places the record at its partners' centre on every save. */
  locationMode: LocationMode;
  latitude: string;
  longitude: string;
}

let keyCounter = 0;
/** A stable React key for a row of a repeatable group. */
export const rowKey = () => {
  keyCounter += 1;
  return `row-${keyCounter}`;
};

const text = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));

export function emptyDraft(): RecordDraft {
  return {
    title: '',
    summary: '',
    slug: null,
    externalId: null,
    sector: '',
    sectorGroup: '',
    fields: [],
    keywords: '',
    partners: [],
    externalPartners: '',
    contacts: [],
    website: '',
    startYear: '',
    endYear: '',
    status: 'laufend',
    legalForm: '',
    awards: [],
    funding: [],
    investment: '',
    yearlySavings: '',
    populationServed: '',
    description: '',
    currentStatus: '',
    lessonsLearned: '',
    furtherInformation: '',
    transferable: false,
    transferRequirements: '',
    locationMode: 'partners',
    latitude: '',
    longitude: '',
  };
}

export function draftOf(record: Cooperation): RecordDraft {
  const placed = record.locationSet && record.location ? record.location : null;
  return {
    title: record.title,
    summary: record.summary,
    slug: record.slug,
    externalId: record.externalId,
    sector: record.sector,
    sectorGroup: record.sectorGroup ?? '',
    fields: record.fields,
    keywords: record.keywords.join(', '),
    partners: record.partners,
    externalPartners: record.externalPartners.join('\n'),
    contacts: record.contacts.map((c) => ({
      key: rowKey(),
      personId: c.personId,
      organisationName: c.organisationName,
      name: c.name,
      role: c.role ?? '',
      email: c.email ?? '',
      phone: c.phone ?? '',
    })),
    website: record.website ?? '',
    startYear: text(record.startYear),
    endYear: text(record.endYear),
    status: record.status,
    legalForm: record.legalForm,
    awards: record.awards.map((a) => ({ key: rowKey(), name: a.name, year: text(a.year) })),
    funding: record.funding.map((f) => ({ key: rowKey(), programme: f.programme, amount: text(f.amount) })),
    investment: text(record.investment),
    yearlySavings: text(record.yearlySavings),
    populationServed: text(record.populationServed),
    description: record.description,
    currentStatus: record.currentStatus,
    lessonsLearned: record.lessonsLearned,
    furtherInformation: record.furtherInformation,
    transferable: record.transferable,
    transferRequirements: record.transferRequirements,
    locationMode: placed ? 'point' : 'partners',
    latitude: placed ? coordinateText(placed.latitude) : '',
    longitude: placed ? coordinateText(placed.longitude) : '',
  };
}

/** A whole number from a field ("12.500" and "12 500" as Germans write them), or null when empty. */
export function wholeNumber(value: string): number | null {
  const cleaned = value.replace(/[\s.']/g, '').replace(/€/g, '');
  if (cleaned === '') return null;
  return /^\d+$/.test(cleaned) ? Number(cleaned) : Number.NaN;
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

export function inputOf(draft: RecordDraft): CooperationInput {
  const slug = draft.slug?.trim();
  return {
    title: draft.title.trim(),
    summary: draft.summary.trim(),
    // Left out, the server keeps the current address (or derives one from the title on create).
    ...(slug ? { slug } : {}),
    sector: draft.sector,
    sectorGroup: draft.sectorGroup || null,
    fields: draft.fields,
    keywords: [
      ...new Set(
        draft.keywords
          .split(/[,;\n]/)
          .map((k) => k.trim())
          .filter(Boolean),
      ),
    ],
    partnerIds: draft.partners.map((p) => p.id),
    externalPartners: draft.externalPartners
      .split('\n')
      .map((p) => p.trim())
      .filter(Boolean),
    contacts: draft.contacts.map((c) => ({
      personId: c.personId,
      name: orNull(c.name),
      role: orNull(c.role),
      email: orNull(c.email),
      phone: orNull(c.phone),
    })),
    website: orNull(draft.website),
    startYear: wholeNumber(draft.startYear),
    endYear: wholeNumber(draft.endYear),
    status: draft.status,
    legalForm: draft.legalForm,
    awards: draft.awards.map((a) => ({ name: a.name.trim(), year: wholeNumber(a.year) })),
    funding: draft.funding.map((f) => ({ programme: f.programme.trim(), amount: wholeNumber(f.amount) })),
    investment: wholeNumber(draft.investment),
    yearlySavings: wholeNumber(draft.yearlySavings),
    populationServed: wholeNumber(draft.populationServed),
    location: locationInput(draft),
    description: draft.description,
    currentStatus: draft.currentStatus,
    lessonsLearned: draft.lessonsLearned,
    furtherInformation: draft.furtherInformation,
    transferable: draft.transferable,
    transferRequirements: draft.transferRequirements.trim(),
  };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The checks before sending; each message says which field it is about, as the error summary lists them alone. */
export function checkDraft(t: TFunction, draft: RecordDraft): FieldChecks {
  const checks: FieldChecks = {};
  // Year and amount messages are shared by several fields: the summary lists them alone, so each names its field.
  const nameOf = (field: string) => {
    const [group, index, leaf] = field.split('.');
    const n = Number(index) + 1;
    if (group === 'awards') return `${t('atlas.form.awardN', { n })} – ${t('atlas.form.year')}`;
    if (group === 'funding' && leaf) return `${t('atlas.form.fundingN', { n })} – ${t('atlas.form.amountEuro')}`;
    return t(`atlas.form.labels.${field}`);
  };
  const year = (field: string, value: string) => {
    const n = wholeNumber(value);
    if (n !== null && (Number.isNaN(n) || n < ATLAS_LIMITS.yearMin || n > 2100)) {
      checks[field] = `${nameOf(field)}: ${t('atlas.form.errors.year', { min: ATLAS_LIMITS.yearMin })}`;
    }
    return n;
  };
  const amount = (field: string, value: string) => {
    if (Number.isNaN(wholeNumber(value))) checks[field] = `${nameOf(field)}: ${t('atlas.form.errors.amount')}`;
  };
  const title = draft.title.trim();
  if (title.length < 3) checks.title = t('atlas.form.errors.title');
  else if (title.length > ATLAS_LIMITS.titleMax)
    checks.title = t('atlas.form.errors.titleLong', { count: ATLAS_LIMITS.titleMax });
  if (draft.summary.trim().length > ATLAS_LIMITS.summaryMax) {
    checks.summary = t('atlas.form.errors.summary', { count: ATLAS_LIMITS.summaryMax });
  }
  if (draft.slug !== null) {
    const slug = draft.slug.trim();
    if (!SLUG.test(slug) || slug.length < 3 || slug.length > 120) checks.slug = t('atlas.form.errors.slug');
  }
  if (!draft.sector) checks.sector = t('atlas.form.errors.sector');
  if (!draft.legalForm) checks.legalForm = t('atlas.form.errors.legalForm');
  if (!draft.status) checks.status = t('atlas.form.errors.status');
  const website = checkWebsite(t, draft.website);
  if (website) checks.website = t('atlas.form.errors.website');
  const start = year('startYear', draft.startYear);
  const end = year('endYear', draft.endYear);
  if (!checks.startYear && !checks.endYear && start !== null && end !== null && end < start) {
    checks.endYear = t('atlas.form.errors.endBeforeStart');
  }
  amount('investment', draft.investment);
  amount('yearlySavings', draft.yearlySavings);
  amount('populationServed', draft.populationServed);
  draft.contacts.forEach((c, index) => {
    const n = index + 1;
    if (!c.personId && !c.name.trim()) checks[`contacts.${index}.name`] = t('atlas.form.errors.contactName', { n });
    if (c.email.trim() && !EMAIL.test(c.email.trim())) {
      checks[`contacts.${index}.email`] = t('atlas.form.errors.contactEmail', { n });
    } else if (!c.personId && !c.email.trim() && !c.phone.trim()) {
      // Someone outside the platform can only be reached by what the record says.
      checks[`contacts.${index}.email`] = t('atlas.form.errors.contactReach', { n });
    }
  });
  checkLocation(t, draft, checks);
  draft.awards.forEach((a, index) => {
    if (!a.name.trim()) checks[`awards.${index}.name`] = t('atlas.form.errors.awardName', { n: index + 1 });
    year(`awards.${index}.year`, a.year);
  });
  draft.funding.forEach((f, index) => {
    if (!f.programme.trim())
      checks[`funding.${index}.programme`] = t('atlas.form.errors.fundingProgramme', { n: index + 1 });
    amount(`funding.${index}.amount`, f.amount);
  });
  return checks;
}

/**
 * The form field a server complaint is about: `contacts.0.email` stays, list items of simple lists
 * (`keywords.3`, `partnerIds.1`) point at their list's field.
 */
export function formFieldOf(serverField: string): string {
  const [head = '', index, leaf] = serverField.split('.');
  if (head === 'partnerIds') return 'partners';
  if (head === 'location') return index === 'longitude' ? 'longitude' : 'latitude';
  // "needs a person or a name with e-mail or phone" is about the whole row; its name field leads it.
  if (head === 'contacts' && index !== undefined && !leaf) return `contacts.${index}.name`;
  if (['contacts', 'awards', 'funding'].includes(head) && index !== undefined && leaf)
    return `${head}.${index}.${leaf}`;
  if (['contacts', 'awards', 'funding'].includes(head)) return head;
  return head;
}
