import { eq } from 'drizzle-orm';
import type { AgreementInput, AnswerInput, OfferRequest } from '../../../../shared/contracts/services-offers.ts';
import type { Deps } from '../../../deps.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { conflict, forbidden } from '../../../platform/errors/problem.ts';
import { notify } from '../../notifications/notify.ts';
import { adminIdsOf, OFFER_NOTIFICATIONS } from './ask-for-offer.ts';
import type { OfferActor } from './offer-access.ts';
import { organisationRef } from './offer-view.ts';
import { canAnswerRequest } from './policy.ts';
import { loadVisibleRequest, requestView } from './request-view.ts';
import { serviceOfferRequests } from './tables.ts';

/**
 * The provider's admins accept or decline an open request (409 once answered), with an optional note;
 * the person who asked and the requesting organisation's admins are told, and the answer is audited.
 * Members of the requesting organisation get 403, everyone else 404.
 */
export async function answerRequest(
  deps: Deps,
  actor: OfferActor,
  requestId: string,
  accepted: boolean,
  input: AnswerInput,
): Promise<OfferRequest> {
  return deps.db.transaction(async (tx) => {
    const request = await loadVisibleRequest(tx, actor.viewer, requestId, true);
    if (!canAnswerRequest(actor.viewer, request)) {
      throw forbidden('Requests are answered by the admins of the offering organisation.');
    }
    if (request.state !== 'open') throw conflict('request-answered', 'The request has been answered already.');
    const state = accepted ? 'accepted' : 'declined';
    const note = input.note?.trim() ?? '';
    await tx
      .update(serviceOfferRequests)
      .set({ state, answerNote: note, answeredBy: actor.viewer.personId, answeredAt: new Date() })
      .where(eq(serviceOfferRequests.id, request.id));
    await audit(tx, {
      actorId: actor.viewer.personId,
      action: accepted ? 'service.request_accepted' : 'service.request_declined',
      subjectType: 'service_offer',
      subjectId: request.offerId,
      organisationId: request.providerId,
      ip: actor.ip,
      details: { requestId: request.id, title: request.offerTitle, requesterId: request.organisationId },
    });
    const provider = await organisationRef(tx, request.providerId);
    await notify(tx, [request.requestedBy, ...(await adminIdsOf(tx, request.organisationId))], {
      kind: OFFER_NOTIFICATIONS.answered,
      data: { actorName: actor.name, organisationName: provider.name, title: request.offerTitle, accepted },
      link: `/services/offers/${request.offerId}`,
    });
    return requestView(tx, actor.viewer, await loadVisibleRequest(tx, actor.viewer, request.id));
  });
}

/**
 * The provider's admins record the agreement that followed an accepted request (409 before): its start
 * and, if there is one, a link to the document. The parties are the two organisations. Recording it
 * again corrects it.
 */
export async function recordAgreement(
  deps: Deps,
  actor: OfferActor,
  requestId: string,
  input: AgreementInput,
): Promise<OfferRequest> {
  return deps.db.transaction(async (tx) => {
    const request = await loadVisibleRequest(tx, actor.viewer, requestId, true);
    if (!canAnswerRequest(actor.viewer, request)) {
      throw forbidden('Agreements are recorded by the admins of the offering organisation.');
    }
    if (request.state !== 'accepted')
      throw conflict('request-not-accepted', 'Only an accepted request has an agreement.');
    await tx
      .update(serviceOfferRequests)
      .set({
        agreementStart: input.startDate,
        agreementDocumentUrl: input.documentUrl,
        agreementRecordedAt: new Date(),
      })
      .where(eq(serviceOfferRequests.id, request.id));
    await audit(tx, {
      actorId: actor.viewer.personId,
      action: 'service.agreement_recorded',
      subjectType: 'service_offer',
      subjectId: request.offerId,
      organisationId: request.providerId,
      ip: actor.ip,
      details: { requestId: request.id, startDate: input.startDate, documentUrl: input.documentUrl },
    });
    return requestView(tx, actor.viewer, await loadVisibleRequest(tx, actor.viewer, request.id));
  });
}
