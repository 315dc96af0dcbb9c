import type { RecordState } from '../../../shared/atlas/states.ts';

/**
 * Who may do what with atlas records. The people of a record's partner organisations (confirmed
 * members, any role) write it; platform admins moderate: they publish, return, archive and
 * unarchive. Published records are public; other states are seen only by partners and admins, and
 * everyone else is told the record does not exist.
 *
 * Editing a published record keeps it published: partners are accountable for their own record,
 * and sending every correction back through review would leave the public page stale. The change
 * is in the history (a revision with author and time) and admins can restore or archive.
 */

/** Who is looking: a signed-in person with their confirmed home organisation (null when none or pending). */
export interface AtlasViewer {
  personId: string;
  isPlatformAdmin: boolean;
  organisationId: string | null;
}

/** What the rules need to know of a record. */
export interface RecordAccess {
  state: string;
  partnerIds: readonly string[];
}

/** True when the viewer is a confirmed member of one of the record's partner organisations. */
export function isPartner(viewer: AtlasViewer | null, partnerIds: readonly string[]): boolean {
  return Boolean(viewer?.organisationId && partnerIds.includes(viewer.organisationId));
}

/** Published records for everyone; drafts, records in review and archived ones for partners and admins. */
export function canSee(viewer: AtlasViewer | null, record: RecordAccess): boolean {
  if (record.state === 'published') return true;
  return Boolean(viewer?.isPlatformAdmin) || isPartner(viewer, record.partnerIds);
}

/** Creating takes membership in one of the partners named, so nobody files records for others. */
export function canCreate(viewer: AtlasViewer | null, partnerIds: readonly string[]): boolean {
  return Boolean(viewer?.isPlatformAdmin) || isPartner(viewer, partnerIds);
}

/** Partners and admins edit in every state but archived (which is frozen until unarchived). */
export function canEdit(viewer: AtlasViewer | null, record: RecordAccess): boolean {
  if (record.state === 'archived') return false;
  return Boolean(viewer?.isPlatformAdmin) || isPartner(viewer, record.partnerIds);
}

/**
 * Whether saving these partners would lock the editor out of the record they are editing: a partner
 * may not drop their own organisation (an admin may).
 */
export function wouldLockOut(viewer: AtlasViewer, newPartnerIds: readonly string[]): boolean {
  return !viewer.isPlatformAdmin && !isPartner(viewer, newPartnerIds);
}

/** The revision action each workflow move is recorded as. */
export type TransitionAction = 'submitted' | 'withdrawn' | 'published' | 'returned' | 'archived' | 'unarchived';

export type TransitionDecision =
  | { ok: true; action: TransitionAction }
  | { ok: false; reason: 'invalid' | 'forbidden' };

type Role = 'partner' | 'admin';

// The workflow: which move exists from where, and who makes it.
const MOVES: Record<string, Partial<Record<RecordState, Role[]>>> = {
  draft: { review: ['partner', 'admin'], published: ['admin'], archived: ['admin'] },
  review: { draft: ['partner', 'admin'], published: ['admin'], archived: ['admin'] },
  published: { archived: ['admin'] },
  archived: { draft: ['admin'] },
};

/**
 * Whether the viewer may move a record to `to`: `invalid` when the workflow has no such move (409),
 * `forbidden` when it has but not for this viewer (403). Visibility is checked before (404).
 */
export function decideTransition(
  viewer: AtlasViewer | null,
  record: RecordAccess,
  to: RecordState,
): TransitionDecision {
  const roles = MOVES[record.state]?.[to];
  if (!roles) return { ok: false, reason: 'invalid' };
  const admin = Boolean(viewer?.isPlatformAdmin);
  const partner = isPartner(viewer, record.partnerIds);
  if (!(admin && roles.includes('admin')) && !(partner && roles.includes('partner'))) {
    return { ok: false, reason: 'forbidden' };
  }
  return { ok: true, action: actionOf(record.state, to, admin) };
}

function actionOf(from: string, to: RecordState, admin: boolean): TransitionAction {
  if (to === 'review') return 'submitted';
  if (to === 'published') return 'published';
  if (to === 'archived') return 'archived';
  if (from === 'archived') return 'unarchived';
  // review → draft: an admin sends it back with a note; a partner takes their submission back.
  return admin ? 'returned' : 'withdrawn';
}

/**
 * Writing to a record's contacts: signed in (the account is verified at sign-in), published records
 * only, and there must be someone to write to.
 */
export function canContact(viewer: AtlasViewer | null, record: { state: string; contactCount: number }): boolean {
  return viewer !== null && record.state === 'published' && record.contactCount > 0;
}

/** Contacts' e-mail addresses and phone numbers are for signed-in people only. */
export function seesContactDetails(viewer: AtlasViewer | null): boolean {
  return viewer !== null;
}

/** What the record page offers the viewer. */
export function viewerRights(viewer: AtlasViewer | null, record: RecordAccess & { contactCount: number }) {
  return {
    canEdit: canEdit(viewer, record),
    canSubmit: decideTransition(viewer, record, 'review').ok,
    canPublish: decideTransition(viewer, record, 'published').ok,
    canArchive: decideTransition(viewer, record, 'archived').ok,
    canContact: canContact(viewer, record),
  };
}
