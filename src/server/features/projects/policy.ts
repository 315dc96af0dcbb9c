import type { WorkspaceRole } from '../workspaces/membership.ts';

// Who may do what with a workspace's projects:
// - Owners and members of the workspace see every project; guests only the projects whose channel
//   they were added to, as they see only the channels they were added to.
// - Whoever sees a project works on it: tasks, milestones, comments, status notes.
// - Owners and members start projects; a project's settings, its baselines, deleting it and the
//   override of its colour are for its lead and the workspace's owners.
// - A file attached to a task is removed by whoever attached it (while they work on the project) and
//   by those who manage the project.

export interface ProjectStanding {
  role: WorkspaceRole | null;
  /** Reads the project's channel (for guests, who see nothing else). */
  readsChannel: boolean;
  /** The project's lead person. */
  isLead: boolean;
}

export function canSeeProject(s: ProjectStanding): boolean {
  if (s.role === 'owner' || s.role === 'member') return true;
  return s.role === 'guest' && s.readsChannel;
}

export function canWorkOnProject(s: ProjectStanding): boolean {
  return canSeeProject(s);
}

export function canManageProject(s: ProjectStanding): boolean {
  return s.role === 'owner' || (s.isLead && canSeeProject(s));
}

export function canRemoveAttachment(s: ProjectStanding, uploadedIt: boolean): boolean {
  return (uploadedIt && canWorkOnProject(s)) || canManageProject(s);
}

export function canCreateProject(role: WorkspaceRole | null): boolean {
  return role === 'owner' || role === 'member';
}
