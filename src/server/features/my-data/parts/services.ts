import { sql } from 'drizzle-orm';
import { type DataPart, ROWS_PER_LIST, rows } from './part.ts';

/**
 * Shared services and joint procurement: offers the person created or is named an expert of, requests
 * they sent or answered, needs they declared (with the contact they gave), purchases and purchase plans
 * they opened.
 */
export const servicesPart: DataPart = {
  name: 'services',
  async collect(tx, personId) {
    const offersCreated = await rows(
      tx,
      sql`select id, organisation_id as "organisationId", title, created_at as "createdAt",
            withdrawn_at as "withdrawnAt"
          from service_offers where created_by = ${personId} order by created_at limit ${ROWS_PER_LIST}`,
    );
    const expertOf = await rows(
      tx,
      sql`select o.id as "offerId", o.title from service_offer_experts x join service_offers o on o.id = x.offer_id
          where x.person_id = ${personId} order by o.title limit ${ROWS_PER_LIST}`,
    );
    const requests = await rows(
      tx,
      sql`select id, offer_id as "offerId", message, state, answer_note as "answerNote",
            case when requested_by = ${personId} then 'sent' else 'answered' end as "role",
            created_at as "createdAt", answered_at as "answeredAt"
          from service_offer_requests where requested_by = ${personId} or answered_by = ${personId}
          order by created_at limit ${ROWS_PER_LIST}`,
    );
    const needsDeclared = await rows(
      tx,
      sql`select id, purchase_id as "purchaseId", lot_id as "lotId", quantity, contact_name as "contactName",
            contact_email as "contactEmail", note, updated_at as "updatedAt"
          from procurement_needs where declared_by = ${personId} order by updated_at limit ${ROWS_PER_LIST}`,
    );
    const purchasesOpened = await rows(
      tx,
      sql`select id, subject, created_at as "createdAt" from procurement_purchases
          where created_by = ${personId} order by created_at limit ${ROWS_PER_LIST}`,
    );
    const plans = await rows(
      tx,
      sql`select id, title, cpv_code as "cpvCode", quantity, unit, created_at as "createdAt"
          from procurement_plans where created_by = ${personId} order by created_at limit ${ROWS_PER_LIST}`,
    );
    return { json: { offersCreated, expertOf, requests, needsDeclared, purchasesOpened, plans } };
  },
};
