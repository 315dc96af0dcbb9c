import type { Principal } from '../../../platform/auth/session-store.ts';
import { unauthenticated } from '../../../platform/errors/problem.ts';

/** Who does something, for the audit log. */
export interface Actor {
  personId: string;
  name: string;
  ip: string | null;
}

export function actorOf(principal: Principal | null | undefined, ip: string | null): Actor {
  if (!principal) throw unauthenticated();
  return { personId: principal.personId, name: principal.name, ip };
}
