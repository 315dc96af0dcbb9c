import { describe, expect, it } from 'vitest';
import {
  canAnswerRequest,
  canManageOffers,
  canRequest,
  canSeeRequest,
  canWithdrawRequest,
  type OfferViewer,
} from './policy.ts';

const viewer = (organisationId: string | null, role: 'admin' | 'editor' | 'member' = 'admin'): OfferViewer => ({
  personId: 'p',
  organisation: organisationId ? { id: organisationId, role } : null,
});
const offer = { organisationId: 'leipzig', withdrawnAt: null, validUntil: null };
const today = '2026-12-07';

describe('offer policy', () => {
  it('lets only the offering organisation’s admins manage its offers', () => {
    expect(canManageOffers(viewer('leipzig'), 'leipzig')).toBe(true);
    expect(canManageOffers(viewer('leipzig', 'editor'), 'leipzig')).toBe(false);
    expect(canManageOffers(viewer('dresden'), 'leipzig')).toBe(false);
    expect(canManageOffers(viewer(null), 'leipzig')).toBe(false);
  });

  it('lets admins and editors of another organisation ask while the offer is open', () => {
    expect(canRequest(viewer('magdeburg'), offer, today)).toBe(true);
    expect(canRequest(viewer('magdeburg', 'editor'), offer, today)).toBe(true);
    expect(canRequest(viewer('magdeburg', 'member'), offer, today)).toBe(false);
    expect(canRequest(viewer('leipzig'), offer, today)).toBe(false);
    expect(canRequest(viewer(null), offer, today)).toBe(false);
    expect(canRequest(viewer('magdeburg'), { ...offer, withdrawnAt: new Date() }, today)).toBe(false);
    expect(canRequest(viewer('magdeburg'), { ...offer, validUntil: '2026-12-06' }, today)).toBe(false);
    expect(canRequest(viewer('magdeburg'), { ...offer, validUntil: today }, today)).toBe(true);
  });

  it('shows a request to the two organisations only, and lets the provider’s admins answer', () => {
    const request = { organisationId: 'magdeburg', providerId: 'leipzig' };
    expect(canSeeRequest(viewer('magdeburg', 'member'), request)).toBe(true);
    expect(canSeeRequest(viewer('leipzig', 'member'), request)).toBe(true);
    expect(canSeeRequest(viewer('dresden'), request)).toBe(false);
    expect(canSeeRequest(viewer(null), request)).toBe(false);
    expect(canAnswerRequest(viewer('leipzig'), request)).toBe(true);
    expect(canAnswerRequest(viewer('leipzig', 'editor'), request)).toBe(false);
    expect(canAnswerRequest(viewer('magdeburg'), request)).toBe(false);
  });

  it('lets the requesting organisation’s admins and editors, and whoever asked, withdraw a request', () => {
    const request = { organisationId: 'magdeburg', requestedBy: 'asker' };
    expect(canWithdrawRequest(viewer('magdeburg'), request)).toBe(true);
    expect(canWithdrawRequest(viewer('magdeburg', 'editor'), request)).toBe(true);
    expect(canWithdrawRequest(viewer('magdeburg', 'member'), request)).toBe(false);
    expect(canWithdrawRequest({ personId: 'asker', organisation: { id: 'magdeburg', role: 'member' } }, request)).toBe(
      true,
    );
    // Whoever asked and has since left the organisation has no say in its requests.
    expect(canWithdrawRequest({ personId: 'asker', organisation: { id: 'dresden', role: 'admin' } }, request)).toBe(
      false,
    );
    expect(canWithdrawRequest(viewer('leipzig'), request)).toBe(false);
    expect(canWithdrawRequest(viewer(null), request)).toBe(false);
  });
});
