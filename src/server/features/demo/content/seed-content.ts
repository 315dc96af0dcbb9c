import { and, inArray } from 'drizzle-orm';
import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Db, Tx } from '../../../platform/db/client.ts';
import { personIdByEmail } from '../../accounts/person-record.ts';
import { createPage } from '../../content/commands/create-page.ts';
import { saveVersion } from '../../content/commands/save-version.ts';
import { updatePage } from '../../content/pages/update-page.ts';
import { adoptPage } from '../../content/sharing/adopt-page.ts';
import { saveLocalText } from '../../content/sharing/save-local-text.ts';
import { setWordPrice } from '../../content/sharing/set-word-price.ts';
import { sharePage } from '../../content/sharing/share-page.ts';
// Read-only, one query: whether the demo pages are there already (the content feature has no such question).
import { contentPages } from '../../content/tables.ts';
import { DEMO_ORGANISATIONS } from '../accounts.ts';
import { DEMO_LANGUAGES, type DemoTopic } from './demo-text.ts';
import { CHANGED_AFTER_LINKING, DEMO_ADOPTIONS, DEMO_WORD_PRICE } from './scenario.ts';
import { WOHNSITZ_REVISION } from './topics/seevetal-wohnsitz.ts';
import { BRIEFWAHL_DRAFT } from './topics/soest.ts';
import { DEMO_TOPICS } from './topics.ts';

type OrganisationOf = Map<string, { id: string }>;

/** Every slug the demo gives a page, in the organisations that write or adopt them. */
const DEMO_SLUGS = [...new Set([...DEMO_TOPICS.map((t) => t.slug), BRIEFWAHL_DRAFT.slug])];

/**
 * Writes the demo's citizen information through the content commands, as the municipalities' editors and admins
 * would: a dozen pages in German, English, Arabic and Ukrainian (some also in Leichte Sprache), shared with
 * everyone or with the alliances or not at all, a draft, live links with local text and copies between the
 * municipalities, a major change of a linked page's source that waits to be taken over (leaving its Ukrainian
 * outdated), a machine translation, and a price per word. Runs once: when any demo page is there, it adds
 * nothing, so what people change in the demo stays. Returns the number of pages written.
 */
export async function seedContent(tx: Tx, organisationOf: OrganisationOf): Promise<number> {
  const organisationIds = [...organisationOf.values()].map((o) => o.id);
  if (organisationIds.length === 0 || (await demoPagesExist(tx, organisationIds))) return 0;
  const db = tx as unknown as Db;
  const writers = await writersOf(tx, organisationOf);
  const pageOf = new Map<string, string>();
  let pages = 0;

  for (const topic of DEMO_TOPICS) {
    const organisation = organisationOf.get(topic.owner);
    const writer = writers.get(topic.owner);
    if (!organisation || !writer) continue;
    pageOf.set(`${topic.owner}|${topic.slug}`, await writeTopic(db, writer, organisation.id, topic));
    pages += 1;
  }

  const draftOwner = organisationOf.get(BRIEFWAHL_DRAFT.owner);
  const draftWriter = writers.get(BRIEFWAHL_DRAFT.owner);
  if (draftOwner && draftWriter) {
    await createPage(db, draftWriter, {
      organisationId: draftOwner.id,
      slug: BRIEFWAHL_DRAFT.slug,
      tags: BRIEFWAHL_DRAFT.tags,
      contact: BRIEFWAHL_DRAFT.contact,
      ...BRIEFWAHL_DRAFT.de,
      draft: true,
    });
    pages += 1;
  }

  for (const adoption of DEMO_ADOPTIONS) {
    const sourceId = pageOf.get(`${adoption.from}|${adoption.slug}`);
    const adopter = organisationOf.get(adoption.by);
    const writer = writers.get(adoption.by);
    if (!sourceId || !adopter || !writer) continue;
    const page = await adoptPage(db, writer, sourceId, { organisationId: adopter.id, mode: adoption.mode });
    for (const [language, text] of Object.entries(adoption.local ?? {})) {
      await saveLocalText(db, writer, page.id, language, text);
    }
    if (adoption.contact) await updatePage(db, writer, page.id, { contact: adoption.contact });
    pages += 1;
  }

  // After the links were made: the source's German changes (a major change), and all its translations but the
  // Ukrainian are brought up to date with it.
  const changedId = pageOf.get(`${CHANGED_AFTER_LINKING.owner}|${CHANGED_AFTER_LINKING.slug}`);
  const changer = writers.get(CHANGED_AFTER_LINKING.owner);
  if (changedId && changer) {
    const { de, ...translations } = WOHNSITZ_REVISION;
    await saveVersion(db, changer, changedId, 'de', de);
    for (const [language, text] of Object.entries(translations)) {
      await saveVersion(db, changer, changedId, language, text);
    }
  }

  const priced = organisationOf.get(DEMO_WORD_PRICE.ags);
  const admin = await adminOf(tx, DEMO_WORD_PRICE.ags);
  if (priced && admin) await setWordPrice(db, admin, priced.id, DEMO_WORD_PRICE.cents);
  return pages;
}

async function demoPagesExist(tx: Tx, organisationIds: string[]): Promise<boolean> {
  const [found] = await tx
    .select({ id: contentPages.id })
    .from(contentPages)
    .where(and(inArray(contentPages.organisationId, organisationIds), inArray(contentPages.slug, DEMO_SLUGS)))
    .limit(1);
  return Boolean(found);
}

/** The page in German, its translations (made from the German), and its sharing. Returns its id. */
async function writeTopic(db: Db, writer: Principal, organisationId: string, topic: DemoTopic): Promise<string> {
  const page = await createPage(db, writer, {
    organisationId,
    slug: topic.slug,
    leikaKey: topic.leikaKey,
    tags: topic.tags,
    contact: topic.contact,
    ...topic.texts.de,
  });
  for (const language of DEMO_LANGUAGES) {
    const text = topic.texts[language];
    if (language === 'de' || !text) continue;
    await saveVersion(db, writer, page.id, language, { ...text, machine: topic.machine?.includes(language) ?? false });
  }
  if (topic.sharing) await sharePage(db, writer, page.id, topic.sharing);
  return page.id;
}

/** Who writes each demo organisation's pages: its editor where it has one, its admin otherwise. */
async function writersOf(tx: Tx, organisationOf: OrganisationOf): Promise<Map<string, Principal>> {
  const writers = new Map<string, Principal>();
  for (const demo of DEMO_ORGANISATIONS) {
    if (!organisationOf.has(demo.ags)) continue;
    const person =
      demo.people.find((p) => p.role === 'editor') ?? demo.people.find((p) => p.role === 'admin') ?? undefined;
    const principal = person ? await principalOf(tx, person) : null;
    if (principal) writers.set(demo.ags, principal);
  }
  return writers;
}

async function adminOf(tx: Tx, ags: string): Promise<Principal | null> {
  const person = DEMO_ORGANISATIONS.find((o) => o.ags === ags)?.people.find((p) => p.role === 'admin');
  return person ? principalOf(tx, person) : null;
}

/** The seed acts as the demo person, without a session. */
async function principalOf(tx: Tx, person: { name: string; email: string }): Promise<Principal | null> {
  const personId = await personIdByEmail(tx, person.email);
  if (!personId) return null;
  return {
    sessionId: 'demo-seed',
    personId,
    name: person.name,
    email: person.email,
    isPlatformAdmin: false,
    locale: 'de',
  };
}
