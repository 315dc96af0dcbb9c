import { eq } from 'drizzle-orm';
import type { RecordState } from '../../../../shared/atlas/states.ts';
import type { CooperationInput } from '../../../../shared/contracts/atlas.ts';
import { createOrganisation, type TestOrganisation } from '../../../test/factories.ts';
import type { TestApp } from '../../../test/test-app.ts';
import { organisations } from '../../organisations/tables.ts';
import { saveCooperation } from '../commands/save-cooperation.ts';

/**
 * Test helpers of the atlas search: a small world of its own (two Kreise in two Länder with one
 * Gemeinde each) and records saved through the real save path, so the index is the one users get.
 * Search results are global; tests isolate themselves with a `partner` filter or a word of their own.
 */

export interface SearchWorld {
  kreisNord: TestOrganisation;
  gemeindeNord: TestOrganisation;
  kreisSued: TestOrganisation;
  gemeindeSued: TestOrganisation;
  /** A word no other test uses ([a-z0-9], so it survives folding and stemming unchanged). */
  token: string;
}

let tokens = 0;
/** A made-up word of letters only, unique in the run. */
export function uniqueWord(prefix = 'zq'): string {
  tokens += 1;
  const letters = (Date.now() * 1000 + process.pid * 10 + tokens)
    .toString(26)
    .replace(/[0-9]/g, (d) => String.fromCharCode(113 + Number(d)))
    // "ae", "oe" and "ue" are how German writes ä, ö and ü, and the search folds them so: a made-up word
    // holding one would come back from the index spelt otherwise.
    .replace(/([aou])e/g, '$1x');
  return `${prefix}${letters}`;
}

export async function createSearchWorld(t: TestApp): Promise<SearchWorld> {
  const kreisNord = await createOrganisation(t, {
    name: `Landkreis ${uniqueWord('Nord')}`,
    type: 'landkreis',
    landCode: '03',
  });
  const gemeindeNord = await createOrganisation(t, {
    name: `Gemeinde ${uniqueWord('Heide')}`,
    type: 'gemeinde',
    landCode: '03',
  });
  const kreisSued = await createOrganisation(t, {
    name: `Landkreis ${uniqueWord('Sued')}`,
    type: 'landkreis',
    landCode: '09',
  });
  const gemeindeSued = await createOrganisation(t, {
    name: `Gemeinde ${uniqueWord('Tal')}`,
    type: 'gemeinde',
    landCode: '09',
  });
  await t.deps.db.update(organisations).set({ kreisId: kreisNord.id }).where(eq(organisations.id, gemeindeNord.id));
  await t.deps.db
    .update(organisations)
    .set({ kreisId: kreisSued.id, latitude: 48.1, longitude: 11.5 })
    .where(eq(organisations.id, gemeindeSued.id));
  return { kreisNord, gemeindeNord, kreisSued, gemeindeSued, token: uniqueWord() };
}

export function cooperationInput(overrides: Partial<CooperationInput> = {}): CooperationInput {
  return {
    title: 'Gemeinsame Verwaltung',
    summary: 'Zwei Kommunen arbeiten zusammen.',
    sector: '01',
    fields: ['edv'],
    keywords: [],
    partnerIds: [],
    externalPartners: [],
    contacts: [],
    status: 'laufend',
    legalForm: 'verwaltungsvereinbarung',
    awards: [],
    funding: [],
    description: '',
    currentStatus: '',
    lessonsLearned: '',
    furtherInformation: '',
    transferable: false,
    transferRequirements: '',
    ...overrides,
  };
}

/** Saves a record (published unless another state is given) and returns its id and slug. */
export async function saveRecord(
  t: TestApp,
  overrides: Partial<CooperationInput>,
  state: RecordState = 'published',
): Promise<{ id: string; slug: string }> {
  const saved = await t.deps.db.transaction((tx) =>
    saveCooperation(tx, cooperationInput(overrides), { authorId: null, action: 'created', state }),
  );
  // As the atlas routes do before answering: the index event is out, every cache has seen the save.
  await t.deps.publisher.flush();
  return saved;
}
