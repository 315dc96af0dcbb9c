import type { LegalForm } from '../../../../shared/atlas/legal-forms.ts';
import type { ProjectStatus } from '../../../../shared/atlas/states.ts';
import type { TaskField } from '../../../../shared/atlas/task-fields.ts';
import type { CooperationInput } from '../../../../shared/contracts/atlas.ts';

/** A demo record as the seed saves it: partners and contacts by AGS, resolved against the directory. */
export interface DemoCooperation {
  record: Omit<CooperationInput, 'partnerIds' | 'contacts'> & { slug: string; externalId: string };
  /** Partner organisations by AGS (looked up in the directory; missing ones are left out). */
  partners: string[];
  /** Demo organisations (AGS) whose demo admin is named as contact person. */
  contacts: string[];
}

/** Every demo record carries this keyword, so "Demodaten" finds them all. */
export const DEMO_KEYWORD = 'Demodaten';

/**
 * The notice that opens every demo record's description: short, because search results quote the
 * description's first lines. Real cooperations are described from public sources in our own words; the
 * others are invented, with real municipalities as partners (said at length under further information).
 */
export const DEMO_NOTICE = {
  real: '<strong>Demodaten:</strong> nach öffentlichen Angaben in eigenen Worten beschrieben, nicht von den Beteiligten geprüft.',
  fictional: '<strong>Demodaten:</strong> ein erfundenes Beispiel mit echten Kommunen als Partnern.',
} as const;

export const html = (...paragraphs: string[]) => paragraphs.map((p) => `<p>${p}</p>`).join('');

/** What one demo record says, in the order a reader meets it. */
export interface Sketch {
  slug: string;
  title: string;
  summary: string;
  sector: string;
  sectorGroup?: string;
  fields: TaskField[];
  keywords: string[];
  legalForm: LegalForm;
  status: ProjectStatus;
  startYear: number | null;
  endYear?: number;
  partners: string[];
  externalPartners?: string[];
  contacts?: string[];
  /** Description: what the partners set out to do and how. */
  goal: string[];
  /** Current status: what came of it. */
  results: string[];
  lessons: string[];
  more?: string[];
  /** Set when the cooperation is suitable for reuse: what another municipality needs. */
  transfer?: string;
  populationServed?: number;
  investment?: number;
  yearlySavings?: number;
  funding?: Array<{ programme: string; amount?: number | null }>;
  /** Where a shared site is; without it the record sits at the centre of its partners. */
  location?: { latitude: number; longitude: number };
  /** Describes a real cooperation (from public sources) rather than an invented one. */
  real?: boolean;
}

const FURTHER_FICTIONAL =
  'Dieser Eintrag gehört zu den Demodaten von Allmende: Die genannten Kommunen gibt es, die Kooperation und alle Angaben zu ihr sind ausgedacht. In einem echten Eintrag stünden hier Beschlüsse, Satzungen, Berichte und Links der Beteiligten.';

/** Turns a sketch into the record the seed saves, with the demo notice and keyword. */
export function demoCooperation(s: Sketch): DemoCooperation {
  return {
    partners: s.partners,
    contacts: s.contacts ?? [],
    record: {
      slug: s.slug,
      externalId: `demo-${s.slug}`,
      title: s.title,
      summary: s.summary,
      sector: s.sector,
      sectorGroup: s.sectorGroup ?? null,
      fields: s.fields,
      keywords: [...s.keywords, DEMO_KEYWORD],
      externalPartners: s.externalPartners ?? [],
      website: null,
      startYear: s.startYear,
      endYear: s.endYear ?? null,
      status: s.status,
      legalForm: s.legalForm,
      awards: [],
      funding: (s.funding ?? []).map((f) => ({ programme: f.programme, amount: f.amount ?? null })),
      investment: s.investment ?? null,
      yearlySavings: s.yearlySavings ?? null,
      populationServed: s.populationServed ?? null,
      location: s.location ?? null,
      description: html(s.real ? DEMO_NOTICE.real : DEMO_NOTICE.fictional, ...s.goal),
      currentStatus: html(...s.results),
      lessonsLearned: html(...s.lessons),
      furtherInformation: html(...(s.more ?? (s.real ? [] : [FURTHER_FICTIONAL]))),
      transferable: s.transfer !== undefined,
      transferRequirements: s.transfer ?? '',
    },
  };
}

/** A record written out in full (the first demo's real cooperations), with the demo notice and keyword added. */
export function markedAsDemo(cooperation: DemoCooperation): DemoCooperation {
  const { record } = cooperation;
  return {
    ...cooperation,
    record: {
      ...record,
      keywords: [...record.keywords, DEMO_KEYWORD],
      description: html(DEMO_NOTICE.real) + record.description,
    },
  };
}
