import type { Deps } from './deps.ts';
import { isPersonInAlliance } from './features/alliances/audience.ts';
import { createChatAudience } from './features/chat/realtime/realtime-readers.ts';
import { createNetworkAudience } from './features/network/realtime/network-audience.ts';
import { isConfirmedMember } from './features/organisations/membership.ts';
import { maySeeProject } from './features/projects/access.ts';
import { workspaceRole } from './features/workspaces/membership.ts';
import type { CanReceive } from './platform/events/gateway.ts';

/**
 * Composes the features' rules for who may receive an event of each audience kind. Checked against
 * current rights at delivery time, with at most one query, so a person who left an organisation
 * (or whose organisation left an alliance) stops receiving its events at once. Chat channels and
 * presence are asked thousands of times a second: they are answered from a per-process cache that
 * hears membership changes on the bus, synchronously when cached.
 */
export function canReceive(deps: Deps): CanReceive {
  const chat = createChatAudience(deps.db, deps.bus);
  const network = createNetworkAudience(deps.db);
  return (principal, event) => {
    const audience = event.audience;
    switch (audience.kind) {
      case 'persons':
        return audience.personIds.includes(principal.personId);
      case 'platform-admins':
        return principal.isPlatformAdmin;
      case 'organisation':
        return isConfirmedMember(deps.db, principal.personId, audience.organisationId);
      case 'alliance':
        return isPersonInAlliance(deps.db, principal.personId, audience.allianceId);
      case 'workspace':
        return workspaceRole(deps.db, audience.workspaceId, principal.personId).then((role) => role !== null);
      case 'project':
        return maySeeProject(deps.db, principal.personId, audience.projectId);
      case 'channel':
        return chat.canReadChannel(principal.personId, audience.channelId);
      case 'peers':
        return chat.sharesRoom(principal.personId, audience.personId);
      case 'network-community':
      case 'network-question':
      case 'network-post':
      case 'wiki-page':
        return network(principal, audience);
      default:
        return false;
    }
  };
}
