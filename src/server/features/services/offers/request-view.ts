import { eq, sql } from 'drizzle-orm';
import type { OfferRequest, RequestState } from '../../../../shared/contracts/services-offers.ts';
import { persons } from '../../../platform/auth/tables.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { notFound } from '../../../platform/errors/problem.ts';
import { organisationRef } from './offer-view.ts';
import { canAnswerRequest, canSeeRequest, canWithdrawRequest, type OfferViewer } from './policy.ts';
import { serviceOfferRequests, serviceOffers } from './tables.ts';

export type RequestRow = typeof serviceOfferRequests.$inferSelect & { providerId: string; offerTitle: string };

const requestColumns = {
  id: serviceOfferRequests.id,
  offerId: serviceOfferRequests.offerId,
  organisationId: serviceOfferRequests.organisationId,
  requestedBy: serviceOfferRequests.requestedBy,
  message: serviceOfferRequests.message,
  state: serviceOfferRequests.state,
  answerNote: serviceOfferRequests.answerNote,
  answeredBy: serviceOfferRequests.answeredBy,
  answeredAt: serviceOfferRequests.answeredAt,
  withdrawnAt: serviceOfferRequests.withdrawnAt,
  agreementStart: serviceOfferRequests.agreementStart,
  agreementDocumentUrl: serviceOfferRequests.agreementDocumentUrl,
  agreementRecordedAt: serviceOfferRequests.agreementRecordedAt,
  cooperationId: serviceOfferRequests.cooperationId,
  createdAt: serviceOfferRequests.createdAt,
  providerId: serviceOffers.organisationId,
  offerTitle: serviceOffers.title,
};

/**
 * A request the viewer may see (a member of either organisation), locked with `lock`; 404 for anyone
 * else, whether or not it exists.
 */
export async function loadVisibleRequest(tx: Tx, viewer: OfferViewer, id: string, lock = false): Promise<RequestRow> {
  const query = tx
    .select(requestColumns)
    .from(serviceOfferRequests)
    .innerJoin(serviceOffers, eq(serviceOffers.id, serviceOfferRequests.offerId))
    .where(eq(serviceOfferRequests.id, id.toLowerCase()));
  const [row] = await (lock ? query.for('update', { of: serviceOfferRequests }) : query);
  if (!row || !canSeeRequest(viewer, row)) throw notFound('Request');
  return row;
}

/** The requests of an offer the viewer sees: all of them for the provider's members, else their organisation's own. */
export async function requestsOfOffer(tx: Tx, viewer: OfferViewer, offerId: string): Promise<RequestRow[]> {
  const own = viewer.organisation?.id;
  if (!own) return [];
  return tx
    .select(requestColumns)
    .from(serviceOfferRequests)
    .innerJoin(serviceOffers, eq(serviceOffers.id, serviceOfferRequests.offerId))
    .where(
      sql`${serviceOfferRequests.offerId} = ${offerId} and (${serviceOffers.organisationId} = ${own} or ${serviceOfferRequests.organisationId} = ${own})`,
    )
    .orderBy(sql`${serviceOfferRequests.createdAt} desc, ${serviceOfferRequests.id} desc`);
}

/** A request as the API shows it. */
export async function requestView(tx: Tx, viewer: OfferViewer, row: RequestRow): Promise<OfferRequest> {
  const [requester] = await tx
    .select({ id: persons.id, name: persons.name })
    .from(persons)
    .where(eq(persons.id, row.requestedBy));
  return {
    id: row.id,
    offerId: row.offerId,
    offerTitle: row.offerTitle,
    provider: await organisationRef(tx, row.providerId),
    requester: await organisationRef(tx, row.organisationId),
    requestedBy: requester ?? { id: row.requestedBy, name: '' },
    message: row.message,
    state: row.state as RequestState,
    answerNote: row.answerNote,
    answeredAt: row.answeredAt?.toISOString() ?? null,
    withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    agreement:
      row.agreementStart !== null && row.agreementRecordedAt !== null
        ? {
            startDate: row.agreementStart,
            documentUrl: row.agreementDocumentUrl,
            recordedAt: row.agreementRecordedAt.toISOString(),
            cooperationId: row.cooperationId,
          }
        : null,
    viewer: {
      canAnswer: canAnswerRequest(viewer, row),
      canWithdraw: row.state === 'open' && canWithdrawRequest(viewer, row),
    },
  };
}
