import { describe, expect, it } from 'vitest';
import { canManageEvent, canSeeEvent, type EventViewer, registrationRefusal, SIGNED_OUT } from './policy.ts';

const event = (visibility: string, over: Partial<{ allianceId: string | null }> = {}) => ({
  visibility,
  allianceId: over.allianceId ?? null,
  createdBy: 'creator',
  organiserIds: ['org-a', 'org-b'],
});
const person = (over: Partial<EventViewer> = {}): EventViewer => ({
  personId: 'p',
  organisationId: 'org-x',
  role: 'member',
  allianceIds: [],
  ...over,
});

describe('events policy', () => {
  it('shows public events to everyone and the rest only inside their walls', () => {
    expect(canSeeEvent(event('public'), SIGNED_OUT)).toBe(true);
    expect(canSeeEvent(event('platform'), SIGNED_OUT)).toBe(false);
    expect(canSeeEvent(event('platform'), person())).toBe(true);
    expect(canSeeEvent(event('alliance', { allianceId: 'al' }), person())).toBe(false);
    expect(canSeeEvent(event('alliance', { allianceId: 'al' }), person({ allianceIds: ['al'] }))).toBe(true);
    expect(canSeeEvent(event('organisation'), person())).toBe(false);
    expect(canSeeEvent(event('organisation'), person({ organisationId: 'org-b' }))).toBe(true);
    expect(canSeeEvent(event('organisation'), person({ personId: 'creator', organisationId: null }))).toBe(true);
  });

  it('lets the creator and the organisers’ admins and editors manage, nobody else', () => {
    expect(canManageEvent(event('public'), SIGNED_OUT)).toBe(false);
    expect(canManageEvent(event('public'), person({ personId: 'creator' }))).toBe(true);
    expect(canManageEvent(event('public'), person({ organisationId: 'org-a', role: 'editor' }))).toBe(true);
    expect(canManageEvent(event('public'), person({ organisationId: 'org-a', role: 'member' }))).toBe(false);
    expect(canManageEvent(event('public'), person({ organisationId: 'org-x', role: 'admin' }))).toBe(false);
  });

  it('closes registration for cancelled, past and closed events', () => {
    const later = new Date(Date.now() + 86_400_000);
    expect(registrationRefusal({ registrationOpen: true, cancelledAt: null, endsAt: later })).toBeNull();
    expect(registrationRefusal({ registrationOpen: false, cancelledAt: null, endsAt: later })).toBe(
      'registration-closed',
    );
    expect(registrationRefusal({ registrationOpen: true, cancelledAt: new Date(), endsAt: later })).toBe(
      'event-cancelled',
    );
    expect(registrationRefusal({ registrationOpen: true, cancelledAt: null, endsAt: new Date(0) })).toBe('event-over');
  });
});
