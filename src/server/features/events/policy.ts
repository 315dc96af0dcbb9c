import type { EventVisibility } from '../../../shared/contracts/events.ts';

/** Who is asking: nobody (signed out), or a person with their confirmed home organisation and its alliances. */
export interface EventViewer {
  personId: string | null;
  /** The confirmed home organisation, when there is one. */
  organisationId: string | null;
  /** The person's role there (admin, editor, member). */
  role: string | null;
  /** Alliances the home organisation is a full member of. */
  allianceIds: readonly string[];
}

/** What the rules need to know about an event. */
export interface EventWalls {
  visibility: EventVisibility | string;
  allianceId: string | null;
  createdBy: string;
  organiserIds: readonly string[];
}

export const SIGNED_OUT: EventViewer = { personId: null, organisationId: null, role: null, allianceIds: [] };

const isOrganiserMember = (event: EventWalls, viewer: EventViewer) =>
  viewer.organisationId !== null && event.organiserIds.includes(viewer.organisationId);

/** Organisers (admins and editors of an organising organisation) and the creator change an event. */
export function canManageEvent(event: EventWalls, viewer: EventViewer): boolean {
  if (!viewer.personId) return false;
  if (event.createdBy === viewer.personId) return true;
  return isOrganiserMember(event, viewer) && (viewer.role === 'admin' || viewer.role === 'editor');
}

/** Whether the event exists for this viewer at all (otherwise 404). */
export function canSeeEvent(event: EventWalls, viewer: EventViewer): boolean {
  if (event.visibility === 'public') return true;
  if (!viewer.personId) return false;
  if (event.createdBy === viewer.personId || isOrganiserMember(event, viewer)) return true;
  switch (event.visibility) {
    case 'platform':
      return true;
    case 'alliance':
      return event.allianceId !== null && viewer.allianceIds.includes(event.allianceId);
    default:
      return false;
  }
}

/** Signed-in people who see an event may register while it is open, not cancelled and not over. */
export function registrationRefusal(
  event: { registrationOpen: boolean; cancelledAt: Date | null; endsAt: Date },
  now = new Date(),
): 'event-cancelled' | 'registration-closed' | 'event-over' | null {
  if (event.cancelledAt) return 'event-cancelled';
  if (event.endsAt.getTime() <= now.getTime()) return 'event-over';
  if (!event.registrationOpen) return 'registration-closed';
  return null;
}
