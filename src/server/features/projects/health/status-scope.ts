import type { ProjectStatus } from './types.ts';

/** The seven signals, in the order reasons of one level are listed. */
export const SIGNAL_CHECKS = [
  'milestone-slip',
  'dependency-slip',
  'plan-progress',
  'overdue-share',
  'blocked',
  'forecast',
  'inactive',
] as const;
export type SignalCheck = (typeof SIGNAL_CHECKS)[number];

// Work that nobody is supposed to be doing is not judged by its pace: a paused project and one not
// started yet are quiet on purpose, and a pace of zero would make every one of them amber. Dates that
// have passed stay facts whatever the status: a milestone, a due task or a blocker is as late during a
// pause as before it, and a project that depends on this one is held up all the same.
const PACE: readonly SignalCheck[] = ['inactive', 'forecast'];

/**
 * Which signals apply to a project of this status; null for done and stopped projects, which have no
 * health (their level is 'none'): nothing in them can still be rescued, and a green light on a
 * stopped project would read as "all is well".
 */
export function checksFor(status: ProjectStatus): readonly SignalCheck[] | null {
  switch (status) {
    case 'running':
      return SIGNAL_CHECKS;
    case 'planned':
    case 'paused':
      return SIGNAL_CHECKS.filter((check) => !PACE.includes(check));
    case 'done':
    case 'stopped':
      return null;
  }
}
