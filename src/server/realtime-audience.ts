import type { Deps } from './deps.ts';
import { isPersonInAlliance } from './features/alliances/audience.ts';
import { isConfirmedMember } from './features/organisations/membership.ts';
import type { CanReceive } from './platform/events/gateway.ts';

/**
 * Composes the features' rules for who may receive an event of each audience kind. Checked against
 * current rights at delivery time, with at most one query, so a person who left an organisation
 * (or whose organisation left an alliance) stops receiving its events at once.
 */
export function canReceive(deps: Deps): CanReceive {
  return async (principal, event) => {
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
      default:
        return false;
    }
  };
}
