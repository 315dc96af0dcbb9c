// What project health is computed from and what it answers. Every day is a 'YYYY-MM-DD' string
// (see dates.ts); the library never reads the clock, `today` is part of the input. Stored timestamps
// (done, blocked since, last activity) become the day they were in the platform's time zone
// (`calendarDayOf`), so that work done shortly after midnight counts on the day people saw it done.

export type ProjectStatus = 'planned' | 'running' | 'paused' | 'done' | 'stopped';

/** A colour. */
export type HealthLevel = 'green' | 'amber' | 'red';

/** A project's level: a colour, or 'none' for a done or stopped project, which has no health to show. */
export type ProjectLevel = HealthLevel | 'none';

/** A reason is never green: green is the absence of reasons. */
export type ReasonLevel = 'amber' | 'red';

export type HealthSignal =
  | 'milestone-slip'
  | 'plan-progress'
  | 'overdue-share'
  | 'blocked'
  | 'inactive'
  | 'forecast'
  | 'forecast-none'
  | 'dependency-slip';

/**
 * What `value` and `threshold` count: 'days'; 'share' (0 to 1); 'tasks' (a number of tasks);
 * 'date' (a calendar day as days since 1970-01-01, for the web app to format; no signal uses it yet).
 */
export type ReasonUnit = 'days' | 'share' | 'tasks' | 'date';

export interface HealthSubject {
  kind: 'milestone' | 'task' | 'project';
  id: string;
  name: string;
  /** Set when the subject belongs to another project (dependency-slip). */
  projectName?: string;
}

/**
 * One signal that applies, with its figure and the threshold it reached (the red one when red,
 * else the amber one), so that the web app can say why in its own words and language.
 */
export interface HealthReason {
  signal: HealthSignal;
  level: ReasonLevel;
  value: number;
  threshold: number;
  unit: ReasonUnit;
  subject?: HealthSubject;
  /** The baseline a milestone slip is measured against. */
  baselineName?: string;
}

export interface ProjectHealth {
  level: ProjectLevel;
  /** Worst first; empty when green or 'none'. */
  reasons: HealthReason[];
}

export interface HealthProject {
  id: string;
  name: string;
  status: ProjectStatus;
  createdOn: string;
  startDate: string | null;
  endDate: string | null;
  /** The last day anything happened in the project (a task or milestone changed, a comment). */
  lastActivityOn: string | null;
  /** The last day a status note was written. */
  lastStatusNoteOn: string | null;
}

/** A task is done exactly when it has `doneOn`. */
export interface HealthTask {
  id: string;
  name: string;
  startDate: string | null;
  dueDate: string | null;
  doneOn: string | null;
  /** The day the task became blocked; null when it is not. Ignored on a done task. */
  blockedSince: string | null;
}

/** A milestone is reached exactly when it has `doneOn`; `date` is its current planned day. */
export interface HealthMilestone {
  id: string;
  name: string;
  date: string;
  doneOn: string | null;
}

/** The baseline milestones are measured against (the project's current one). */
export interface HealthBaseline {
  id: string;
  name: string;
  milestones: readonly { milestoneId: string; date: string }[];
}

/**
 * A finish-to-start dependency of one of this project's tasks on a task of another project:
 * `taskId` may start only once `predecessor` is done.
 */
export interface CrossProjectDependency {
  taskId: string;
  predecessor: {
    id: string;
    name: string;
    projectId: string;
    projectName: string;
    dueDate: string | null;
    doneOn: string | null;
    /** The other project's own expectation for the task, when it has one. */
    forecastOn: string | null;
  };
}

export interface HealthInput {
  today: string;
  project: HealthProject;
  tasks: readonly HealthTask[];
  milestones: readonly HealthMilestone[];
  baseline: HealthBaseline | null;
  dependencies: readonly CrossProjectDependency[];
}
