import { eq } from 'drizzle-orm';
import { TASK_FIELD_CODES } from '../../../../shared/atlas/task-fields.ts';
import type { OfferDetail, OfferInput } from '../../../../shared/contracts/services-offers.ts';
import type { Deps } from '../../../deps.ts';
import { audit } from '../../../platform/audit/audit.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { newId } from '../../../platform/db/ids.ts';
import { type FieldError, forbidden, invalid } from '../../../platform/errors/problem.ts';
import { alliancesOfOrganisation } from '../../alliances/of-organisation.ts';
import { confirmedOrganisationsOf } from '../../organisations/membership.ts';
import { loadVisibleOffer, type OfferActor } from './offer-access.ts';
import { offerDetail } from './offer-view.ts';
import { canManageOffers } from './policy.ts';
import { serviceOfferExperts, serviceOffers } from './tables.ts';

/** Checks what the schema cannot: the codes, the price, the audience, the term and the experts (400 naming the fields). */
async function checkOffer(tx: Tx, input: OfferInput): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  if (input.title.trim() === '') errors.push({ field: '/title', message: 'A title is needed.' });
  if (input.taskField !== null && !TASK_FIELD_CODES.includes(input.taskField)) {
    errors.push({ field: '/taskField', message: 'Unknown task field.' });
  }
  if (input.priceModel === 'cost-recovery' && input.priceCents !== null) {
    errors.push({ field: '/priceCents', message: 'Cost recovery has no fixed price.' });
  }
  if (input.audience === 'alliance') {
    const alliances = await alliancesOfOrganisation(tx, input.organisationId);
    if (input.allianceId === null || !alliances.some((a) => a.id === input.allianceId?.toLowerCase())) {
      errors.push({ field: '/allianceId', message: 'Choose an alliance the organisation belongs to.' });
    }
  }
  if (input.audience === 'land' && input.landCode === null) {
    errors.push({ field: '/landCode', message: 'Choose the Land whose organisations may use the offer.' });
  }
  if (input.validFrom !== null && input.validUntil !== null && input.validUntil < input.validFrom) {
    errors.push({ field: '/validUntil', message: 'The end comes before the start.' });
  }
  const experts = input.expertIds.map((id) => id.toLowerCase());
  const members = await confirmedOrganisationsOf(tx, experts);
  if (experts.some((id) => !members.some((m) => m.personId === id && m.organisationId === input.organisationId))) {
    errors.push({ field: '/expertIds', message: 'Experts must be confirmed members of the offering organisation.' });
  }
  return errors;
}

function rowOf(input: OfferInput) {
  return {
    title: input.title.trim(),
    description: input.description.trim(),
    leikaKey: input.leikaKey,
    taskField: input.taskField,
    capacity: input.capacity.trim(),
    serviceLevel: input.serviceLevel.trim(),
    priceModel: input.priceModel,
    priceCents: input.priceCents,
    priceNote: input.priceNote.trim(),
    legalBasis: input.legalBasis,
    audience: input.audience,
    allianceId: input.audience === 'alliance' ? (input.allianceId?.toLowerCase() ?? null) : null,
    landCode: input.audience === 'land' ? input.landCode : null,
    validFrom: input.validFrom,
    validUntil: input.validUntil,
    exemptCommonGoals: input.exemption.commonGoals,
    exemptPublicInterest: input.exemption.publicInterestOnly,
    exemptMarketBelow20: input.exemption.marketShareBelow20,
    exemptionNote: input.exemption.note.trim(),
  };
}

async function writeExperts(tx: Tx, offerId: string, expertIds: string[]) {
  await tx.delete(serviceOfferExperts).where(eq(serviceOfferExperts.offerId, offerId));
  if (expertIds.length === 0) return;
  await tx
    .insert(serviceOfferExperts)
    .values(expertIds.map((personId, position) => ({ offerId, personId: personId.toLowerCase(), position })));
}

/** An admin of the organisation offers a service (403 for anyone else). */
export async function createOffer(deps: Deps, actor: OfferActor, input: OfferInput): Promise<OfferDetail> {
  const organisationId = input.organisationId.toLowerCase();
  if (!canManageOffers(actor.viewer, organisationId)) {
    throw forbidden('Offers are made by the admins of the offering organisation.');
  }
  return deps.db.transaction(async (tx) => {
    const clean = { ...input, organisationId };
    const errors = await checkOffer(tx, clean);
    if (errors.length > 0) throw invalid(errors);
    const id = newId();
    await tx.insert(serviceOffers).values({ id, organisationId, createdBy: actor.viewer.personId, ...rowOf(clean) });
    await writeExperts(tx, id, clean.expertIds);
    await audit(tx, {
      actorId: actor.viewer.personId,
      action: 'service.offer_created',
      subjectType: 'service_offer',
      subjectId: id,
      organisationId,
      ip: actor.ip,
      details: { title: clean.title.trim() },
    });
    return offerDetail(tx, actor.viewer, await loadVisibleOffer(tx, actor.viewer, id));
  });
}

/** Replaces an offer's fields (its organisation's admins; the organisation stays). */
export async function updateOffer(deps: Deps, actor: OfferActor, id: string, input: OfferInput): Promise<OfferDetail> {
  return deps.db.transaction(async (tx) => {
    const offer = await loadVisibleOffer(tx, actor.viewer, id, true);
    if (!canManageOffers(actor.viewer, offer.organisationId)) {
      throw forbidden('Offers are changed by the admins of the offering organisation.');
    }
    if (input.organisationId.toLowerCase() !== offer.organisationId) {
      throw invalid([{ field: '/organisationId', message: 'An offer stays with its organisation.' }]);
    }
    const clean = { ...input, organisationId: offer.organisationId };
    const errors = await checkOffer(tx, clean);
    if (errors.length > 0) throw invalid(errors);
    await tx
      .update(serviceOffers)
      .set({ ...rowOf(clean), updatedAt: new Date() })
      .where(eq(serviceOffers.id, offer.id));
    await writeExperts(tx, offer.id, clean.expertIds);
    return offerDetail(tx, actor.viewer, await loadVisibleOffer(tx, actor.viewer, offer.id));
  });
}

/** Withdraws an offer (its organisation's admins): others no longer see it; open requests stay answerable. */
export async function withdrawOffer(deps: Deps, actor: OfferActor, id: string): Promise<OfferDetail> {
  return deps.db.transaction(async (tx) => {
    const offer = await loadVisibleOffer(tx, actor.viewer, id, true);
    if (!canManageOffers(actor.viewer, offer.organisationId)) {
      throw forbidden('Offers are withdrawn by the admins of the offering organisation.');
    }
    if (offer.withdrawnAt === null) {
      await tx
        .update(serviceOffers)
        .set({ withdrawnAt: new Date(), updatedAt: new Date() })
        .where(eq(serviceOffers.id, offer.id));
      await audit(tx, {
        actorId: actor.viewer.personId,
        action: 'service.offer_withdrawn',
        subjectType: 'service_offer',
        subjectId: offer.id,
        organisationId: offer.organisationId,
        ip: actor.ip,
        details: { title: offer.title },
      });
    }
    return offerDetail(tx, actor.viewer, await loadVisibleOffer(tx, actor.viewer, offer.id));
  });
}
