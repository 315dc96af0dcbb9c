import type { PurchaseVisibility } from '../../../../shared/contracts/services-procurement.ts';

// Who may do what with joint purchases, as plain functions of the viewer and the purchase.

/** The person asking: their confirmed home organisation (if any), its role there, and its alliances. */
export interface ProcurementViewer {
  personId: string;
  organisationId: string | null;
  role: 'admin' | 'editor' | 'member' | null;
  allianceIds: readonly string[];
}

export interface PurchaseWall {
  ownerOrganisationId: string;
  visibility: PurchaseVisibility | string;
  allianceId: string | null;
}

/** Platform: everyone signed in; alliance: the owner and the alliance's member organisations; organisation: the owner. */
export function canSeePurchase(viewer: ProcurementViewer, purchase: PurchaseWall): boolean {
  if (viewer.organisationId === purchase.ownerOrganisationId) return true;
  if (purchase.visibility === 'platform') return true;
  if (purchase.visibility === 'alliance') {
    return (
      purchase.allianceId !== null && viewer.organisationId !== null && viewer.allianceIds.includes(purchase.allianceId)
    );
  }
  return false;
}

/** The lead buyer: an admin of the organisation that opened the purchase. */
export function isLead(viewer: ProcurementViewer, purchase: PurchaseWall): boolean {
  return viewer.role === 'admin' && viewer.organisationId === purchase.ownerOrganisationId;
}

/** Opening a joint purchase, or entering plans for the radar: an admin of the home organisation. */
export function canOpenPurchase(viewer: ProcurementViewer): boolean {
  return viewer.organisationId !== null && viewer.role === 'admin';
}

/** Declaring the organisation's needs: its admins and editors, for a purchase they can see. */
export function canDeclareNeeds(viewer: ProcurementViewer, purchase: PurchaseWall): boolean {
  return (
    viewer.organisationId !== null &&
    (viewer.role === 'admin' || viewer.role === 'editor') &&
    canSeePurchase(viewer, purchase)
  );
}

/** Plan entries: an organisation's admins and editors keep them. */
export function canKeepPlans(viewer: ProcurementViewer): boolean {
  return viewer.organisationId !== null && (viewer.role === 'admin' || viewer.role === 'editor');
}
