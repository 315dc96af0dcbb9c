/** The shapes of the workspaces API as the web app reads them (see src/server/features/workspaces/schema.ts). */

export type WorkspaceRole = 'owner' | 'member' | 'guest';
/** `members`: invited only; `owner`: people of the owning organisation/alliance may join; `platform`: everyone signed in may find it and ask to join. */
export type WorkspaceVisibility = 'members' | 'owner' | 'platform';

export interface WorkspaceOwner {
  kind: 'organisation' | 'alliance';
  id: string;
  name: string;
}

/** `POST /api/workspaces` (201), `PATCH /api/workspaces/:id`. */
export interface Workspace {
  id: string;
  name: string;
  description: string;
  visibility: WorkspaceVisibility;
  owner: WorkspaceOwner;
  createdAt: string;
}

export interface WorkspaceListItem extends Workspace {
  memberCount: number;
  myRole: WorkspaceRole | null;
  canJoin: boolean;
  canRequest: boolean;
  requestPending: boolean;
}

/** `GET /api/workspaces[?discover=true&q=&limit=]`: `discover` is empty without `discover=true`. */
export interface WorkspaceList {
  mine: WorkspaceListItem[];
  discover: WorkspaceListItem[];
}

/** A member as lists show them; `organisation` is their confirmed home organisation. */
export interface WorkspaceMember {
  personId: string;
  name: string;
  role: WorkspaceRole;
  organisation: { id: string; name: string } | null;
  joinedAt: string;
}

export interface WorkspaceChannelRef {
  id: string;
  name: string;
  closed: boolean;
  isDefault: boolean;
}

export interface WorkspaceViewer {
  role: WorkspaceRole | null;
  canInvite: boolean;
  canManage: boolean;
  canJoin: boolean;
  canRequest: boolean;
  requestPending: boolean;
  canLeave: boolean;
}

/** `GET /api/workspaces/:id`: members and channels are empty for people who are not members. */
export interface WorkspaceDetail {
  workspace: Workspace;
  memberCount: number;
  members: WorkspaceMember[];
  channels: WorkspaceChannelRef[];
  viewer: WorkspaceViewer;
}

/** `GET|POST /api/workspaces/:id/join-requests`, `POST …/join-requests/:requestId`. */
export interface WorkspaceJoinRequest {
  id: string;
  person: { id: string; name: string; organisation: { id: string; name: string } | null };
  message: string;
  status: 'open' | 'accepted' | 'declined';
  createdAt: string;
}

/** `GET|POST /api/workspaces/:id/invitations`. */
export interface WorkspaceInvitation {
  id: string;
  email: string;
  role: WorkspaceRole;
  invitedBy: { id: string; name: string };
  createdAt: string;
  expiresAt: string;
}

/** `GET /api/workspace-invitations/:token`. */
export interface WorkspaceInvitationPreview {
  workspaceId: string;
  workspaceName: string;
  invitedBy: string;
  email: string;
  role: WorkspaceRole;
  accountExists: boolean;
}

/** `POST /api/workspace-invitations/:token/accept`; `registered`: a new account was made and signed in. */
export interface WorkspaceInvitationAccepted {
  workspace: { id: string; name: string };
  role: WorkspaceRole;
  registered: boolean;
}

/** Realtime events of a workspace (`/api/realtime`), sent to its members (member-removed also to the removed person). */
export type WorkspaceEvent =
  | { type: 'workspace.updated'; workspaceId: string; workspace: Workspace }
  | { type: 'workspace.member-added'; workspaceId: string; personId: string; role: WorkspaceRole }
  | { type: 'workspace.member-changed'; workspaceId: string; personId: string; role: WorkspaceRole }
  | { type: 'workspace.member-removed'; workspaceId: string; personId: string };
