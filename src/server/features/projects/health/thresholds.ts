// The thresholds of every health signal. A value reaches a threshold when it is at least that
// value (7 days slip against amber 7 is amber), in every signal, so that the figure the web app
// shows next to the threshold reads the same way everywhere. A workspace may override any of them
// (thresholds-input.ts); what is not overridden stays as below.

/** A pair of thresholds in one unit; `amber <= red`. */
export interface LevelThresholds {
  amber: number;
  red: number;
}

export interface HealthThresholds {
  /** Days a milestone lies after its baseline date. */
  milestoneSlip: LevelThresholds;
  /** Share (0–1) of the tasks due by today that are not done; only from `minDueTasks` due tasks on. */
  planProgress: LevelThresholds & { minDueTasks: number };
  /** Share (0–1) of the open tasks whose due date has passed; only from `minOpenTasks` open tasks on. */
  overdueShare: LevelThresholds & { minOpenTasks: number };
  /** Days a task has been blocked; `redCount` blocked tasks at once are red however long. */
  blocked: LevelThresholds & { redCount: number };
  /** Days since the last activity or status note. */
  inactive: LevelThresholds;
  /**
   * Days the forecast end lies after the project's end date, the pace measured over the last
   * `windowWeeks`. Without a pace (nothing done in the window) the forecast is none: amber from one
   * open task on, red from `noneRedOpenTasks`.
   */
  forecast: LevelThresholds & { windowWeeks: number; noneRedOpenTasks: number };
  /** Days a task of another project is expected to finish after this project's task needs it. */
  dependencySlip: LevelThresholds;
}

export const DEFAULT_THRESHOLDS: HealthThresholds = {
  // A week is the everyday noise of a plan (holidays, a sick week, a postponed appointment); three weeks
  // usually mean a missed meeting round of a council or committee, which moves everything after it.
  milestoneSlip: { amber: 7, red: 21 },
  // A fifth of what should be done by now still open is a backlog a team notices but can catch up;
  // two fifths are not caught up without changing the plan. Under five due tasks one task alone would
  // move the share by a fifth or more, which would be colour from chance.
  planProgress: { amber: 0.2, red: 0.4, minDueTasks: 5 },
  // Overdue work in the open backlog: one in seven is a warning, almost one in three means due dates
  // no longer guide the work. Under three open tasks a single late task would be a third at once.
  overdueShare: { amber: 0.15, red: 0.3, minOpenTasks: 3 },
  // A blocker that lasts a week needs someone to act; after three weeks it has become the schedule.
  // Five blocked tasks at once mean the project is stuck, even if each is blocked only briefly.
  blocked: { amber: 7, red: 21, redCount: 5 },
  // Two weeks without a change or a note covers a holiday; a month means nobody is looking after it.
  inactive: { amber: 14, red: 30 },
  // Four weeks smooth out a single busy or quiet week without forgetting how the project runs now.
  // A forecast a week late is within what a team can still make up; four weeks late is not. Ten open
  // tasks with nothing done in four weeks cannot be finished in a last push.
  forecast: { amber: 7, red: 28, windowWeeks: 4, noneRedOpenTasks: 10 },
  // A slip in another project is passed on to this one directly and is not this team's to fix, so
  // it warns earlier than a slip of one's own: three days leave time to talk to the other team.
  dependencySlip: { amber: 3, red: 14 },
};
