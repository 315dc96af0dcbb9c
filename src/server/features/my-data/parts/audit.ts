import { sql } from 'drizzle-orm';
import { type DataPart, ROWS_PER_LIST, rows } from './part.ts';

/** Audit entries the person caused, and those about them (their account as the subject). */
export const auditPart: DataPart = {
  name: 'audit',
  async collect(tx, personId) {
    const entries = await rows(
      tx,
      sql`select id, at, action, case when actor_id = ${personId} then 'actor' else 'subject' end as "role",
            subject_type as "subjectType", subject_id as "subjectId", organisation_id as "organisationId", ip, details
          from audit_log
          where actor_id = ${personId} or (subject_type = 'person' and subject_id = ${personId})
          order by at desc limit ${ROWS_PER_LIST}`,
    );
    return { json: { entries } };
  },
};
