import { eq } from 'drizzle-orm';
import type {
  LegalBasis,
  OfferAudience,
  OfferDetail,
  OrganisationRef,
  PriceModel,
} from '../../../../shared/contracts/services-offers.ts';
import { persons } from '../../../platform/auth/tables.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { allianceRefs } from '../../alliances/refs.ts';
import { organisationSummary } from '../../organisations/summary.ts';
import { berlinToday, type OfferRow } from './offer-access.ts';
import { canManageOffers, canRequest, isProvider, type OfferViewer } from './policy.ts';
import { serviceOfferExperts } from './tables.ts';

const EXCERPT_LENGTH = 240;

/** The description's beginning, cut at a word. */
export function excerptOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= EXCERPT_LENGTH) return flat;
  const cut = flat.slice(0, EXCERPT_LENGTH);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), EXCERPT_LENGTH / 2))} …`;
}

/** An organisation as offers and requests name it. */
export async function organisationRef(tx: Tx, id: string): Promise<OrganisationRef> {
  const summary = await organisationSummary(tx, id);
  return {
    id,
    name: summary?.name ?? '',
    landCode: summary?.landCode ?? null,
    landName: summary?.landName ?? null,
  };
}

/** The offer's experts in the order given, with their names (locked people left out). */
async function expertsOf(tx: Tx, offerId: string) {
  return tx
    .select({ id: persons.id, name: persons.name, lockedAt: persons.lockedAt })
    .from(serviceOfferExperts)
    .innerJoin(persons, eq(persons.id, serviceOfferExperts.personId))
    .where(eq(serviceOfferExperts.offerId, offerId))
    .orderBy(serviceOfferExperts.position);
}

const dateText = (value: Date) => value.toISOString();

/** Everything the offer page shows, and what the viewer may do with it. */
export async function offerDetail(tx: Tx, viewer: OfferViewer, offer: OfferRow): Promise<OfferDetail> {
  const organisation = await organisationRef(tx, offer.organisationId);
  const experts = await expertsOf(tx, offer.id);
  const [alliance] = offer.allianceId ? await allianceRefs(tx, [offer.allianceId]) : [];
  const exemption = {
    commonGoals: offer.exemptCommonGoals,
    publicInterestOnly: offer.exemptPublicInterest,
    marketShareBelow20: offer.exemptMarketBelow20,
    note: offer.exemptionNote,
  };
  return {
    id: offer.id,
    title: offer.title,
    excerpt: excerptOf(offer.description),
    description: offer.description,
    organisation,
    leikaKey: offer.leikaKey,
    taskField: offer.taskField,
    experts: experts.filter((e) => e.lockedAt === null).map(({ id, name }) => ({ id, name })),
    capacity: offer.capacity,
    serviceLevel: offer.serviceLevel,
    priceModel: offer.priceModel as PriceModel,
    priceCents: offer.priceCents,
    priceNote: offer.priceNote,
    legalBasis: offer.legalBasis as LegalBasis,
    audience: offer.audience as OfferAudience,
    alliance: alliance ?? null,
    landCode: offer.landCode,
    validFrom: offer.validFrom,
    validUntil: offer.validUntil,
    withdrawn: offer.withdrawnAt !== null,
    distanceKm: null,
    exemption,
    exemptionMet: exemption.commonGoals && exemption.publicInterestOnly && exemption.marketShareBelow20,
    createdAt: dateText(offer.createdAt),
    updatedAt: dateText(offer.updatedAt),
    viewer: {
      isProvider: isProvider(viewer, offer),
      canManage: canManageOffers(viewer, offer.organisationId),
      canRequest: canRequest(viewer, offer, berlinToday()),
    },
  };
}
