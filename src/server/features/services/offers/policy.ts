import type { OrganisationRole } from '../../../../shared/contracts/accounts.ts';

// Who may do what with competence centre offers. The offering organisation's admins manage its offers
// (create, edit, withdraw) and answer requests; admins and editors of another organisation may ask on
// its behalf; the members of both organisations see a request. Seeing an offer at all is decided in
// SQL (offer-visibility.ts), and whoever does not see it gets 404.

/** The person acting, with their confirmed home organisation (null when none or pending). */
export interface OfferViewer {
  personId: string;
  organisation: { id: string; role: OrganisationRole } | null;
}

export function isProvider(viewer: OfferViewer, offer: { organisationId: string }): boolean {
  return viewer.organisation?.id === offer.organisationId;
}

/** Creating an offer for an organisation, editing and withdrawing it: that organisation's admins. */
export function canManageOffers(viewer: OfferViewer, organisationId: string): boolean {
  return viewer.organisation?.id === organisationId && viewer.organisation.role === 'admin';
}

/** Asking for an offer: admins and editors of another organisation, while the offer is open. */
export function canRequest(
  viewer: OfferViewer,
  offer: { organisationId: string; withdrawnAt: Date | null; validUntil: string | null },
  today: string,
): boolean {
  const role = viewer.organisation?.role;
  if (!viewer.organisation || isProvider(viewer, offer)) return false;
  if (role !== 'admin' && role !== 'editor') return false;
  return offer.withdrawnAt === null && (offer.validUntil === null || offer.validUntil >= today);
}

/** Seeing a request: the members of the two organisations involved. */
export function canSeeRequest(viewer: OfferViewer, request: { organisationId: string; providerId: string }): boolean {
  const own = viewer.organisation?.id;
  return own !== undefined && (own === request.organisationId || own === request.providerId);
}

/** Accepting, declining, recording the agreement, taking it into the atlas: the provider's admins. */
export function canAnswerRequest(viewer: OfferViewer, request: { providerId: string }): boolean {
  return canManageOffers(viewer, request.providerId);
}

/**
 * Withdrawing a request before it is answered: the requesting organisation's admins and editors, and
 * the person who asked while still a member of it. The provider's side sees it but may not (403).
 */
export function canWithdrawRequest(
  viewer: OfferViewer,
  request: { organisationId: string; requestedBy: string },
): boolean {
  const own = viewer.organisation;
  if (own?.id !== request.organisationId) return false;
  return own.role === 'admin' || own.role === 'editor' || viewer.personId === request.requestedBy;
}
