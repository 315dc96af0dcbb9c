import { sql } from 'drizzle-orm';
import { type DataPart, rows } from './part.ts';

/** Home organisation, its alliances, workspaces (and join requests), communities. */
export const membershipsPart: DataPart = {
  name: 'memberships',
  async collect(tx, personId) {
    const organisations = await rows(
      tx,
      sql`select m.organisation_id as "organisationId", o.name as "organisationName", m.role, m.status,
            m.created_at as "createdAt", m.confirmed_at as "confirmedAt"
          from organisation_memberships m join organisations o on o.id = m.organisation_id
          where m.person_id = ${personId}`,
    );
    const alliances = await rows(
      tx,
      sql`select a.id as "allianceId", a.name as "allianceName", am.status, am.joined_at as "joinedAt"
          from organisation_memberships m
          join alliance_members am on am.organisation_id = m.organisation_id
          join alliances a on a.id = am.alliance_id
          where m.person_id = ${personId} and m.status = 'confirmed'
          order by a.name`,
    );
    const workspaces = await rows(
      tx,
      sql`select w.id as "workspaceId", w.name as "workspaceName", wm.role, wm.joined_at as "joinedAt"
          from workspace_members wm join workspaces w on w.id = wm.workspace_id
          where wm.person_id = ${personId} order by wm.joined_at`,
    );
    const workspaceJoinRequests = await rows(
      tx,
      sql`select r.id, r.workspace_id as "workspaceId", w.name as "workspaceName", r.message, r.status,
            r.created_at as "createdAt", r.answered_at as "answeredAt"
          from workspace_join_requests r join workspaces w on w.id = r.workspace_id
          where r.person_id = ${personId} order by r.created_at`,
    );
    const communities = await rows(
      tx,
      sql`select c.id as "communityId", c.name as "communityName", cm.role, cm.status, cm.request_note as "requestNote",
            cm.created_at as "createdAt", cm.joined_at as "joinedAt"
          from community_members cm join communities c on c.id = cm.community_id
          where cm.person_id = ${personId} order by cm.created_at`,
    );
    return { json: { organisations, alliances, workspaces, workspaceJoinRequests, communities } };
  },
};
