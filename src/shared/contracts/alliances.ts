import type { OrganisationSummary } from './organisations.ts';

/** The shapes of the alliances API as the web app reads them (see src/server/features/alliances). */

export interface AllianceSummary {
  id: string;
  name: string;
  slug: string;
  description: string | null;
  createdAt: string;
  memberCount: number;
  myStatus: 'member' | 'invited' | null;
}

export interface AllianceDetail {
  id: string;
  name: string;
  slug: string;
  description: string | null;
  website: string | null;
  createdAt: string;
  updatedAt: string;
  members: Array<{ organisation: OrganisationSummary; status: 'member'; joinedAt: string }>;
  invitations: Array<{ organisation: OrganisationSummary; invitedAt: string }>;
  viewer: {
    status: 'member' | 'invited' | null;
    canEdit: boolean;
    canInvite: boolean;
    canLeave: boolean;
    canAcceptInvitation: boolean;
    canRemoveMembers: boolean;
  };
}

export interface AllianceInvitation {
  alliance: { id: string; name: string; slug: string };
  invitedAt: string;
}
