import {
  bigint,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { cooperations } from '../atlas/tables.ts';
import { channels } from '../chat/tables.ts';
import { organisations } from '../organisations/tables.ts';
import { workspaces } from '../workspaces/tables.ts';

/**
 * A project of a workspace ("Smart Health", "Gemeinsame Ausschreibung Breitband"): what it is for,
 * who leads it, when it runs. Its health is computed from its milestones and tasks (health/), and
 * kept here with its reasons after every change, so that a portfolio reads it without recomputing.
 */
export const projects = pgTable(
  'projects',
  {
    id: uuid('id').primaryKey(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    goal: text('goal').notNull().default(''),
    leadOrganisationId: uuid('lead_organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
    leadPersonId: uuid('lead_person_id'),
    startDate: date('start_date'),
    endDate: date('end_date'),
    /** In whole euros; optional. */
    budgetEuros: bigint('budget_euros', { mode: 'number' }),
    /** planned, running, paused, done, stopped. */
    status: text('status').notNull().default('planned'),
    cooperationId: uuid('cooperation_id').references(() => cooperations.id, { onDelete: 'set null' }),
    /**
     * The project's own channel, if any: guests of the workspace see the projects whose channel they
     * were added to, and no others (as they see only the channels they were added to).
     */
    channelId: uuid('channel_id').references(() => channels.id, { onDelete: 'set null' }),
    /** The computed health: green, amber, red (or none for projects that are not under way). */
    healthLevel: text('health_level').notNull().default('green'),
    healthReasons: jsonb('health_reasons').notNull().default([]),
    healthComputedAt: timestamp('health_computed_at', { withTimezone: true }),
    /** A lead's override of the colour, never without a written reason; the computed one stays beside it. */
    overrideLevel: text('override_level'),
    overrideReason: text('override_reason'),
    overrideBy: uuid('override_by'),
    overrideAt: timestamp('override_at', { withTimezone: true }),
    /** The last change to the project, its tasks, milestones or status notes. */
    lastActivityAt: timestamp('last_activity_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('projects_workspace').on(t.workspaceId), index('projects_lead_organisation').on(t.leadOrganisationId)],
);

/** The organisations that take part in a project besides the lead. */
export const projectPartners = pgTable(
  'project_partners',
  {
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.organisationId] })],
);

/** A date the project works towards ("Ausschreibung veröffentlicht"), made up of tasks. */
export const projectMilestones = pgTable(
  'project_milestones',
  {
    id: uuid('id').primaryKey(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    date: date('date').notNull(),
    doneAt: timestamp('done_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('project_milestones_project').on(t.projectId, t.date)],
);

/**
 * A task of a project: todo, in_progress, blocked (with its reason and since when) or done. `position`
 * orders the cards of a board column.
 */
export const projectTasks = pgTable(
  'project_tasks',
  {
    id: uuid('id').primaryKey(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    milestoneId: uuid('milestone_id').references(() => projectMilestones.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    /** Markdown, as in chat. */
    description: text('description').notNull().default(''),
    state: text('state').notNull().default('todo'),
    blockedReason: text('blocked_reason'),
    blockedSince: timestamp('blocked_since', { withTimezone: true }),
    /** low, normal, high, urgent. */
    priority: text('priority').notNull().default('normal'),
    labels: text('labels').array().notNull().default([]),
    /** [{ id, text, done }], in order. */
    checklist: jsonb('checklist').notNull().default([]),
    startDate: date('start_date'),
    dueDate: date('due_date'),
    /** In hours; optional. */
    estimateHours: integer('estimate_hours'),
    position: integer('position').notNull().default(0),
    doneAt: timestamp('done_at', { withTimezone: true }),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('project_tasks_project').on(t.projectId, t.state, t.position),
    index('project_tasks_milestone').on(t.milestoneId),
  ],
);

/** People a task is given to (of any member organisation of the workspace). */
export const projectTaskAssignees = pgTable(
  'project_task_assignees',
  {
    taskId: uuid('task_id')
      .notNull()
      .references(() => projectTasks.id, { onDelete: 'cascade' }),
    personId: uuid('person_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.taskId, t.personId] }), index('project_task_assignees_person').on(t.personId)],
);

/** Finish-to-start: `taskId` starts once `dependsOnId` is done; may cross projects. */
export const projectTaskDependencies = pgTable(
  'project_task_dependencies',
  {
    taskId: uuid('task_id')
      .notNull()
      .references(() => projectTasks.id, { onDelete: 'cascade' }),
    dependsOnId: uuid('depends_on_id')
      .notNull()
      .references(() => projectTasks.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.taskId, t.dependsOnId] }),
    index('project_task_dependencies_depends_on').on(t.dependsOnId),
  ],
);

/** A comment on a task (Markdown with mentions). */
export const projectTaskComments = pgTable(
  'project_task_comments',
  {
    id: uuid('id').primaryKey(),
    taskId: uuid('task_id')
      .notNull()
      .references(() => projectTasks.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id').notNull(),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    editedAt: timestamp('edited_at', { withTimezone: true }),
  },
  (t) => [index('project_task_comments_task').on(t.taskId, t.createdAt)],
);

/** A frozen plan ("Plan v2, Kreistag 2026-03"): milestone dates and task due dates as they were. */
export const projectBaselines = pgTable(
  'project_baselines',
  {
    id: uuid('id').primaryKey(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('project_baselines_project').on(t.projectId, t.createdAt)],
);

/** One date of a baseline: a milestone's date or a task's due date. */
export const projectBaselineDates = pgTable(
  'project_baseline_dates',
  {
    baselineId: uuid('baseline_id')
      .notNull()
      .references(() => projectBaselines.id, { onDelete: 'cascade' }),
    /** milestone or task. */
    kind: text('kind').notNull(),
    itemId: uuid('item_id').notNull(),
    date: date('date').notNull(),
  },
  (t) => [primaryKey({ columns: [t.baselineId, t.kind, t.itemId] })],
);

/** A short written status of the project by its people ("Vergabe läuft, Zuschlag im März"). */
export const projectStatusNotes = pgTable(
  'project_status_notes',
  {
    id: uuid('id').primaryKey(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id').notNull(),
    text: text('text').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('project_status_notes_project').on(t.projectId, t.createdAt)],
);

/** The health of each project once a week (Monday), for the trend. */
export const projectHealthSnapshots = pgTable(
  'project_health_snapshots',
  {
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    week: date('week').notNull(),
    level: text('level').notNull(),
    reasons: jsonb('reasons').notNull().default([]),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.week] })],
);

/** A workspace's own thresholds of the health signals, over the documented defaults. */
export const workspaceHealthSettings = pgTable('workspace_health_settings', {
  workspaceId: uuid('workspace_id')
    .primaryKey()
    .references(() => workspaces.id, { onDelete: 'cascade' }),
  thresholds: jsonb('thresholds').notNull().default({}),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A person's secret calendar address (only its hash is kept): their due dates and milestones as iCalendar. */
export const calendarFeeds = pgTable(
  'calendar_feeds',
  {
    personId: uuid('person_id').primaryKey(),
    tokenHash: text('token_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('calendar_feeds_token').on(t.tokenHash)],
);

/**
 * A file attached to a task (up to 25 MiB), stored as a content-addressed blob the way chat
 * attachments are. Removing the task removes its attachments; blobs are content-addressed and may be shared.
 */
export const projectTaskAttachments = pgTable(
  'project_task_attachments',
  {
    id: uuid('id').primaryKey(),
    taskId: uuid('task_id')
      .notNull()
      .references(() => projectTasks.id, { onDelete: 'cascade' }),
    uploadedBy: uuid('uploaded_by').notNull(),
    blobKey: text('blob_key').notNull(),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    size: integer('size').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('project_task_attachments_task').on(t.taskId, t.createdAt)],
);

/**
 * A person who asked for the weekly mail "Ihr Portfolio diese Woche" of one portfolio: an alliance,
 * an organisation or a workspace. `lastSentWeek` (the Monday of the week mailed) keeps one mail per
 * week even when several processes run the schedule.
 */
export const portfolioSubscriptions = pgTable(
  'portfolio_subscriptions',
  {
    personId: uuid('person_id').notNull(),
    scopeKind: text('scope_kind').notNull(),
    scopeId: uuid('scope_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSentWeek: date('last_sent_week'),
  },
  (t) => [primaryKey({ columns: [t.personId, t.scopeKind, t.scopeId] })],
);
