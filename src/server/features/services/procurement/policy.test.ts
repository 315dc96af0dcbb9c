import { describe, expect, it } from 'vitest';
import { canDeclareNeeds, canOpenPurchase, canSeePurchase, isLead, type ProcurementViewer } from './policy.ts';

const viewer = (o: Partial<ProcurementViewer>): ProcurementViewer => ({
  personId: 'p',
  organisationId: 'org-a',
  role: 'member',
  allianceIds: [],
  ...o,
});
const purchase = (o: Partial<{ ownerOrganisationId: string; visibility: string; allianceId: string | null }> = {}) => ({
  ownerOrganisationId: 'org-owner',
  visibility: 'platform',
  allianceId: null,
  ...o,
});

describe('procurement policy', () => {
  it('shows platform purchases to all, alliance ones to the alliance, organisation ones to the owner', () => {
    expect(canSeePurchase(viewer({ organisationId: null }), purchase())).toBe(true);
    expect(
      canSeePurchase(viewer({ allianceIds: ['al'] }), purchase({ visibility: 'alliance', allianceId: 'al' })),
    ).toBe(true);
    expect(canSeePurchase(viewer({ allianceIds: ['x'] }), purchase({ visibility: 'alliance', allianceId: 'al' }))).toBe(
      false,
    );
    expect(canSeePurchase(viewer({}), purchase({ visibility: 'organisation' }))).toBe(false);
    expect(canSeePurchase(viewer({ organisationId: 'org-owner' }), purchase({ visibility: 'organisation' }))).toBe(
      true,
    );
  });

  it('leads are the owner’s admins; admins open; admins and editors declare', () => {
    expect(isLead(viewer({ organisationId: 'org-owner', role: 'admin' }), purchase())).toBe(true);
    expect(isLead(viewer({ organisationId: 'org-owner', role: 'editor' }), purchase())).toBe(false);
    expect(canOpenPurchase(viewer({ role: 'admin' }))).toBe(true);
    expect(canOpenPurchase(viewer({ role: 'editor' }))).toBe(false);
    expect(canDeclareNeeds(viewer({ role: 'editor' }), purchase())).toBe(true);
    expect(canDeclareNeeds(viewer({ role: 'member' }), purchase())).toBe(false);
    expect(canDeclareNeeds(viewer({ role: 'admin' }), purchase({ visibility: 'organisation' }))).toBe(false);
  });
});
