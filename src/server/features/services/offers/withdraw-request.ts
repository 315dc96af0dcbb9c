import { eq } from 'drizzle-orm';
import type { OfferRequest } from '../../../../shared/contracts/services-offers.ts';
import type { Deps } from '../../../deps.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { conflict, forbidden } from '../../../platform/errors/problem.ts';
import { notify } from '../../notifications/notify.ts';
import { adminIdsOf, OFFER_NOTIFICATIONS } from './ask-for-offer.ts';
import type { OfferActor } from './offer-access.ts';
import { organisationRef } from './offer-view.ts';
import { canWithdrawRequest } from './policy.ts';
import { loadVisibleRequest, requestView } from './request-view.ts';
import { serviceOfferRequests } from './tables.ts';

/**
 * The requesting side withdraws its open request before the provider answers (409 once answered or
 * withdrawn); the provider's admins are told with the request's own kind (`withdrawn: true`), so whoever
 * hears of requests hears of their withdrawal, and it is audited as the answers are. The provider's
 * members get 403, everyone else 404. The organisation may ask again afterwards.
 */
export async function withdrawRequest(deps: Deps, actor: OfferActor, requestId: string): Promise<OfferRequest> {
  return deps.db.transaction(async (tx) => {
    const request = await loadVisibleRequest(tx, actor.viewer, requestId, true);
    if (!canWithdrawRequest(actor.viewer, request)) {
      throw forbidden('Requests are withdrawn by the organisation that asked.');
    }
    if (request.state !== 'open') {
      throw conflict('request-answered', 'The request has been answered or withdrawn already.');
    }
    await tx
      .update(serviceOfferRequests)
      .set({ state: 'withdrawn', withdrawnAt: new Date() })
      .where(eq(serviceOfferRequests.id, request.id));
    await audit(tx, {
      actorId: actor.viewer.personId,
      action: 'service.request_withdrawn',
      subjectType: 'service_offer',
      subjectId: request.offerId,
      organisationId: request.organisationId,
      ip: actor.ip,
      details: { requestId: request.id, title: request.offerTitle, providerId: request.providerId },
    });
    const requester = await organisationRef(tx, request.organisationId);
    await notify(tx, await adminIdsOf(tx, request.providerId), {
      kind: OFFER_NOTIFICATIONS.request,
      data: { actorName: actor.name, organisationName: requester.name, title: request.offerTitle, withdrawn: true },
      link: `/services/offers/${request.offerId}`,
    });
    return requestView(tx, actor.viewer, await loadVisibleRequest(tx, actor.viewer, request.id));
  });
}
