import { and, eq } from 'drizzle-orm';
import type { OfferRequest, OfferRequestInput } from '../../../../shared/contracts/services-offers.ts';
import type { Deps } from '../../../deps.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { newId } from '../../../platform/db/ids.ts';
import { conflict, forbidden, invalid } from '../../../platform/errors/problem.ts';
import { adminsOf } from '../../alliances/queries.ts';
import { notify } from '../../notifications/notify.ts';
import { berlinToday, loadVisibleOffer, type OfferActor } from './offer-access.ts';
import { organisationRef } from './offer-view.ts';
import { canRequest, isProvider } from './policy.ts';
import { loadVisibleRequest, requestView } from './request-view.ts';
import { serviceOfferRequests } from './tables.ts';

export const OFFER_NOTIFICATIONS = { request: 'service-offer-request', answered: 'service-offer-answered' } as const;

/** The confirmed, unlocked admins of an organisation: whom its side of a request is told. */
export async function adminIdsOf(tx: Tx, organisationId: string): Promise<string[]> {
  return (await adminsOf(tx, organisationId)).map((a) => a.id);
}

/**
 * An admin or editor of another organisation asks for an offer on its behalf, with a message; the
 * provider's admins are told. One open request per organisation and offer (409); a withdrawn or
 * ended offer takes none (409); the provider cannot ask for its own (403), nor can plain members (403).
 */
export async function askForOffer(
  deps: Deps,
  actor: OfferActor,
  offerId: string,
  input: OfferRequestInput,
): Promise<OfferRequest> {
  return deps.db.transaction(async (tx) => {
    const offer = await loadVisibleOffer(tx, actor.viewer, offerId, true);
    const own = actor.viewer.organisation;
    if (!own || isProvider(actor.viewer, offer) || (own.role !== 'admin' && own.role !== 'editor')) {
      throw forbidden('Offers are asked for by the admins and editors of another organisation.');
    }
    if (!canRequest(actor.viewer, offer, berlinToday())) {
      throw conflict('offer-closed', 'The offer was withdrawn or its term has ended.');
    }
    const message = input.message.trim();
    if (message === '') throw invalid([{ field: '/message', message: 'A message is needed.' }]);
    const [open] = await tx
      .select({ id: serviceOfferRequests.id })
      .from(serviceOfferRequests)
      .where(
        and(
          eq(serviceOfferRequests.offerId, offer.id),
          eq(serviceOfferRequests.organisationId, own.id),
          eq(serviceOfferRequests.state, 'open'),
        ),
      );
    if (open) throw conflict('request-open', 'Your organisation has already asked for this offer.');
    const id = newId();
    await tx.insert(serviceOfferRequests).values({
      id,
      offerId: offer.id,
      organisationId: own.id,
      requestedBy: actor.viewer.personId,
      message,
    });
    const requester = await organisationRef(tx, own.id);
    await notify(tx, await adminIdsOf(tx, offer.organisationId), {
      kind: OFFER_NOTIFICATIONS.request,
      data: { actorName: actor.name, organisationName: requester.name, title: offer.title },
      link: `/services/offers/${offer.id}`,
    });
    return requestView(tx, actor.viewer, await loadVisibleRequest(tx, actor.viewer, id));
  });
}
