import type { Deps } from './deps.ts';
import type { CanReceive } from './platform/events/gateway.ts';

/** Composes the features' rules for who may receive an event of each audience kind. */
export function canReceive(_deps: Deps): CanReceive {
  return async (principal, event) => {
    const audience = event.audience;
    switch (audience.kind) {
      case 'persons':
        return audience.personIds.includes(principal.personId);
      case 'platform-admins':
        return principal.isPlatformAdmin;
      default:
        return false;
    }
  };
}
