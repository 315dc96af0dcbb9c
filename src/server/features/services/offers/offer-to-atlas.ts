import { eq } from 'drizzle-orm';
import type { CooperationInput } from '../../../../shared/contracts/atlas.ts';
import type { AtlasDraft, LegalBasis } from '../../../../shared/contracts/services-offers.ts';
import type { Deps } from '../../../deps.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { conflict, forbidden } from '../../../platform/errors/problem.ts';
import { saveCooperation } from '../../atlas/commands/save-cooperation.ts';
import { berlinToday, type OfferActor } from './offer-access.ts';
import { organisationRef } from './offer-view.ts';
import { canAnswerRequest } from './policy.ts';
import { loadVisibleRequest } from './request-view.ts';
import { serviceOfferRequests, serviceOffers } from './tables.ts';

/** The atlas's legal form for each legal basis of an offer. */
const LEGAL_FORM_OF: Record<LegalBasis, string> = {
  zweckvereinbarung: 'zweckvereinbarung',
  'oeffentlich-rechtliche-vereinbarung': 'zweckvereinbarung',
  verwaltungsvereinbarung: 'verwaltungsvereinbarung',
  zweckverband: 'zweckverband',
  aoer: 'aoer',
  vertrag: 'sonstige',
  sonstige: 'sonstige',
};

/** The COFOG division a task field belongs to, for the record's sector (general public services otherwise). */
const SECTOR_OF: Record<string, string> = {
  wasserversorgung: '06',
  abwasser: '05',
  abfall: '05',
  breitband: '04',
  bauhof: '06',
  feuerwehr: '03',
  ordnung: '03',
  tourismus: '04',
  wirtschaftsfoerderung: '04',
  mobilitaet: '04',
  klimaschutz: '05',
  bauaufsicht: '06',
  gesundheit: '07',
  kultur: '08',
  schulen: '09',
  jugendarbeit: '10',
  soziales: '10',
};

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('');

function cut(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 2).trimEnd()} …`;
}

/**
 * "In den Kooperationsatlas": the provider's admins make a draft cooperation of the atlas from a recorded
 * agreement (409 before, and once made), with both organisations as partners; the atlas's own writer
 * checks and stores it, and the partners' people see the draft. The request keeps the record's ID.
 */
export async function offerToAtlas(deps: Deps, actor: OfferActor, requestId: string): Promise<AtlasDraft> {
  return deps.db.transaction(async (tx) => {
    const request = await loadVisibleRequest(tx, actor.viewer, requestId, true);
    if (!canAnswerRequest(actor.viewer, request)) {
      throw forbidden('The offering organisation’s admins take an agreement into the atlas.');
    }
    if (request.state !== 'accepted' || request.agreementStart === null) {
      throw conflict('agreement-missing', 'Record the agreement first.');
    }
    if (request.cooperationId !== null) throw conflict('already-in-atlas', 'The agreement is in the atlas already.');
    const [offer] = await tx.select().from(serviceOffers).where(eq(serviceOffers.id, request.offerId));
    if (!offer) throw conflict('agreement-missing', 'The offer is gone.');
    const provider = await organisationRef(tx, request.providerId);
    const requester = await organisationRef(tx, request.organisationId);
    const startYear = Number(request.agreementStart.slice(0, 4));
    const begun = request.agreementStart <= berlinToday();
    const link = request.agreementDocumentUrl
      ? `<p><a href="${escapeHtml(request.agreementDocumentUrl)}">Vereinbarung</a></p>`
      : '';
    const input: CooperationInput = {
      title: cut(`${offer.title}: ${provider.name} für ${requester.name}`, 200),
      summary: cut(offer.description || offer.title, 300),
      sector: SECTOR_OF[offer.taskField ?? ''] ?? '01',
      fields: offer.taskField ? [offer.taskField] : [],
      keywords: ['Leistungsangebot'],
      partnerIds: [request.providerId, request.organisationId],
      externalPartners: [],
      contacts: [],
      startYear,
      status: begun ? 'laufend' : 'geplant',
      legalForm: LEGAL_FORM_OF[offer.legalBasis as LegalBasis] ?? 'sonstige',
      awards: [],
      funding: [],
      description: paragraphs(offer.description),
      currentStatus: `<p>${escapeHtml(`${provider.name} erbringt die Leistung für ${requester.name} seit ${request.agreementStart.split('-').reverse().join('.')}.`)}</p>`,
      lessonsLearned: '',
      furtherInformation: link,
      transferable: true,
      transferRequirements: '',
    };
    const saved = await saveCooperation(tx, input, {
      authorId: actor.viewer.personId,
      action: 'created',
      state: 'draft',
    });
    await tx
      .update(serviceOfferRequests)
      .set({ cooperationId: saved.id })
      .where(eq(serviceOfferRequests.id, request.id));
    await audit(tx, {
      actorId: actor.viewer.personId,
      action: 'service.cooperation_created',
      subjectType: 'cooperation',
      subjectId: saved.id,
      organisationId: request.providerId,
      ip: actor.ip,
      details: { requestId: request.id, offerId: offer.id, title: input.title },
    });
    return { cooperationId: saved.id, slug: saved.slug };
  });
}
