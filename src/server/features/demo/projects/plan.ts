/**
 * The shape of a demo project portfolio. Every date is a day relative to the day the seed runs
 * (`-9`: nine days before, `12`: in twelve days), so that the demo's health looks the same whenever it
 * is loaded: what is late is late by the same days, what was done was done in the same weeks.
 */

import type { TaskPriority } from '../../../../shared/contracts/projects.ts';

export interface DemoMilestone {
  key: string;
  name: string;
  /** The date frozen in the project's baseline (or the date, for a project without one). */
  planned: number;
  /** The date it was moved to after the baseline. */
  moved?: number;
  /** The day it was reached. */
  reached?: number;
}

export interface DemoTask {
  key: string;
  title: string;
  description?: string;
  milestone?: string;
  /** E-mail addresses of the demo people it is given to. */
  assignees: string[];
  labels?: string[];
  priority?: TaskPriority;
  /** Items in order, done or not. */
  checklist?: Array<[text: string, done: boolean]>;
  estimateHours?: number;
  start?: number;
  /** The due date as the baseline froze it, when it was moved afterwards to `due`. */
  plannedDue?: number;
  due?: number;
  state: 'todo' | 'in_progress' | 'blocked' | 'done';
  /** The day a done task was done. */
  done?: number;
  /** Why and since when a blocked task is blocked. */
  blocked?: { reason: string; since: number };
  /** Tasks of other demo projects it waits for (finish-to-start), by project name and task key. */
  dependsOn?: Array<{ project: string; task: string }>;
  comments?: Array<{ author: string; on: number; text: string }>;
}

export interface DemoProject {
  name: string;
  goal: string;
  /** The workspace by name. */
  workspace: string;
  /** The lead person by e-mail; they create the project and do what only its lead may. */
  lead: string;
  /** AGS of the lead organisation and of the partners. */
  leadOrganisation: string;
  partners: string[];
  /** The day it was set up in the workspace. */
  created: number;
  start: number;
  end: number;
  budgetEuros?: number;
  /** Its channel in the workspace, by name. */
  channel?: string;
  /** Slug of the atlas record it belongs to. */
  cooperation?: string;
  /** Where it stands now; a done project is closed after its work (`closed`). */
  status: 'planned' | 'running' | 'done';
  closed?: number;
  /** Whether the plan was frozen at the steering committee (BASELINE_DAY). */
  baseline: boolean;
  /** The day the dates were moved after the baseline. */
  replanned?: number;
  milestones: DemoMilestone[];
  tasks: DemoTask[];
  notes: Array<{ author: string; on: number; text: string }>;
  /** The colour of last week's health snapshot (the trend compares with it). */
  lastWeek: 'green' | 'amber' | 'red' | 'none';
}

/** The day the steering committee froze the plans (about three months before the seed). */
export const BASELINE_DAY = -98;
