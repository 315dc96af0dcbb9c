import type { CooperationSnapshot, FieldChange } from '../../../../shared/contracts/atlas.ts';

// A revision keeps the contacts as they were saved, e-mail and phone included. Whoever may not see
// those on the record (signed-out visitors, see policy.seesContactDetails) must not read them in
// its history either.

type SnapshotContact = CooperationSnapshot['contacts'][number];

const withoutDetails = (contact: SnapshotContact): SnapshotContact => ({ ...contact, email: null, phone: null });

export function snapshotWithoutContactDetails(snapshot: CooperationSnapshot): CooperationSnapshot {
  return { ...snapshot, contacts: snapshot.contacts.map(withoutDetails) };
}

/** The changes with contacts' details left out; a change only to those details is left out whole. */
export function changesWithoutContactDetails(changes: FieldChange[]): FieldChange[] {
  return changes.flatMap((change) => {
    if (change.field !== 'contacts') return [change];
    const before = ((change.before as SnapshotContact[] | null) ?? []).map(withoutDetails);
    const after = ((change.after as SnapshotContact[] | null) ?? []).map(withoutDetails);
    if (JSON.stringify(before) === JSON.stringify(after)) return [];
    return [{ ...change, before, after }];
  });
}
