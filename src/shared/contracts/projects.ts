import { type Static, Type } from 'typebox';

/**
 * Projects of a workspace, their milestones and tasks, and their computed health
 * (src/server/features/projects). Dates are calendar dates (`YYYY-MM-DD`); times are ISO timestamps.
 */
export const PROJECT_LIMITS = {
  name: 200,
  goal: 5_000,
  title: 300,
  description: 20_000,
  blockedReason: 1_000,
  labels: 20,
  label: 40,
  checklist: 100,
  checklistItem: 300,
  assignees: 20,
  dependencies: 50,
  partners: 50,
  comment: 10_000,
  statusNote: 5_000,
  overrideReason: 1_000,
  baselineName: 200,
  /** Hours of one task's estimate. */
  estimate: 10_000,
} as const;

const Uuid = Type.String({ format: 'uuid', maxLength: 36 });
const CalendarDate = Type.String({ format: 'date', maxLength: 10, description: 'YYYY-MM-DD' });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);
const Timestamp = Type.String({ format: 'date-time' });

export type ProjectStatus = 'planned' | 'running' | 'paused' | 'done' | 'stopped';
export const PROJECT_STATUSES: readonly ProjectStatus[] = ['planned', 'running', 'paused', 'done', 'stopped'];

export type TaskState = 'todo' | 'in_progress' | 'blocked' | 'done';
export const TASK_STATES: readonly TaskState[] = ['todo', 'in_progress', 'blocked', 'done'];
export type TaskPriority = 'low' | 'normal' | 'high' | 'urgent';
export const TASK_PRIORITIES: readonly TaskPriority[] = ['low', 'normal', 'high', 'urgent'];
export type HealthLevel = 'green' | 'amber' | 'red';
/** A project's computed level: a colour, or none for a done or stopped project. */
export type ProjectLevel = HealthLevel | 'none';

const literals = <T extends string>(values: readonly T[]) =>
  Type.Union(values.map((v) => Type.Literal(v))) as unknown as ReturnType<typeof Type.Literal<T>>;

export const ProjectStatusSchema = literals(PROJECT_STATUSES);
export const TaskStateSchema = literals(TASK_STATES);
export const TaskPrioritySchema = literals(TASK_PRIORITIES);
export const HealthLevelSchema = literals<HealthLevel>(['green', 'amber', 'red']);
export const ProjectLevelSchema = literals<ProjectLevel>(['green', 'amber', 'red', 'none']);

export const ProjectParams = Type.Object({ id: Uuid });
export const WorkspaceProjectsParams = Type.Object({ id: Uuid });

const ProjectFields = {
  name: Type.String({ minLength: 1, maxLength: PROJECT_LIMITS.name }),
  goal: Type.String({ maxLength: PROJECT_LIMITS.goal }),
  leadOrganisationId: Nullable(Uuid),
  leadPersonId: Nullable(Uuid),
  partnerIds: Type.Array(Uuid, { maxItems: PROJECT_LIMITS.partners, uniqueItems: true }),
  startDate: Nullable(CalendarDate),
  endDate: Nullable(CalendarDate),
  budgetEuros: Nullable(Type.Integer({ minimum: 0, maximum: 1e13 })),
  status: ProjectStatusSchema,
  cooperationId: Nullable(Uuid),
  channelId: Nullable(Uuid),
};

export const CreateProjectInput = Type.Object(
  {
    name: ProjectFields.name,
    goal: Type.Optional(ProjectFields.goal),
    leadOrganisationId: Type.Optional(ProjectFields.leadOrganisationId),
    leadPersonId: Type.Optional(ProjectFields.leadPersonId),
    partnerIds: Type.Optional(ProjectFields.partnerIds),
    startDate: Type.Optional(ProjectFields.startDate),
    endDate: Type.Optional(ProjectFields.endDate),
    budgetEuros: Type.Optional(ProjectFields.budgetEuros),
    status: Type.Optional(ProjectFields.status),
    cooperationId: Type.Optional(ProjectFields.cooperationId),
    channelId: Type.Optional(ProjectFields.channelId),
  },
  { additionalProperties: false },
);
export type CreateProjectInput = Static<typeof CreateProjectInput>;

export const UpdateProjectInput = Type.Partial(Type.Object(ProjectFields), {
  additionalProperties: false,
  minProperties: 1,
});
export type UpdateProjectInput = Static<typeof UpdateProjectInput>;

export const HealthReason = Type.Object({
  signal: Type.String(),
  level: literals(['amber', 'red'] as const),
  value: Type.Number(),
  threshold: Type.Number(),
  unit: Type.String(),
  subject: Type.Optional(
    Type.Object({
      kind: Type.String(),
      id: Type.String(),
      name: Type.String(),
      projectName: Type.Optional(Type.String()),
    }),
  ),
  baselineName: Type.Optional(Type.String()),
});
export type HealthReason = Static<typeof HealthReason>;

export const ProjectHealth = Type.Object({
  /** What the signals say (none: done or stopped, nothing to judge). */
  level: ProjectLevelSchema,
  reasons: Type.Array(HealthReason),
  /** A lead's override of the colour, shown beside the computed one. */
  override: Nullable(
    Type.Object({
      level: HealthLevelSchema,
      reason: Type.String(),
      /** Who set it (null once their account is gone). */
      by: Nullable(Type.Object({ id: Type.String(), name: Type.String() })),
      at: Timestamp,
    }),
  ),
  computedAt: Nullable(Timestamp),
  /** Against last week's snapshot. */
  trend: Nullable(literals(['better', 'same', 'worse'] as const)),
});
export type ProjectHealth = Static<typeof ProjectHealth>;

const Named = Type.Object({ id: Type.String(), name: Type.String() });

export const Milestone = Type.Object({
  id: Type.String(),
  name: Type.String(),
  date: CalendarDate,
  doneAt: Nullable(Timestamp),
  /** The date in the newest baseline, if it has one. */
  baselineDate: Nullable(CalendarDate),
  tasks: Type.Object({ total: Type.Integer(), done: Type.Integer() }),
});
export type Milestone = Static<typeof Milestone>;

export const Project = Type.Object({
  id: Type.String(),
  workspace: Named,
  name: Type.String(),
  goal: Type.String(),
  leadOrganisation: Nullable(Named),
  leadPerson: Nullable(Named),
  partners: Type.Array(Named),
  startDate: Nullable(CalendarDate),
  endDate: Nullable(CalendarDate),
  budgetEuros: Nullable(Type.Integer()),
  status: ProjectStatusSchema,
  cooperation: Nullable(Type.Object({ id: Type.String(), slug: Type.String(), title: Type.String() })),
  channelId: Nullable(Type.String()),
  health: ProjectHealth,
  progress: Type.Object({ tasks: Type.Integer(), done: Type.Integer() }),
  nextMilestone: Nullable(Type.Object({ id: Type.String(), name: Type.String(), date: CalendarDate })),
  lastActivityAt: Timestamp,
  createdAt: Timestamp,
  viewer: Type.Object({ canEdit: Type.Boolean(), canManage: Type.Boolean() }),
});
export type Project = Static<typeof Project>;

export const ProjectDetail = Type.Object({
  ...Project.properties,
  milestones: Type.Array(Milestone),
  baselines: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), createdAt: Timestamp })),
  statusNotes: Type.Array(
    Type.Object({ id: Type.String(), text: Type.String(), author: Nullable(Named), createdAt: Timestamp }),
  ),
});
export type ProjectDetail = Static<typeof ProjectDetail>;

export const ProjectList = Type.Object({ projects: Type.Array(Project) });

/** `GET /api/me/projects`: every project I may see, in any workspace, by workspace and name (for pickers). */
export const MyProjects = Type.Object({
  projects: Type.Array(
    Type.Object({ id: Type.String(), name: Type.String(), status: ProjectStatusSchema, workspace: Named }),
  ),
});
export type MyProjects = Static<typeof MyProjects>;
export type ProjectList = Static<typeof ProjectList>;

export const MilestoneParams = Type.Object({ id: Uuid });
export const CreateMilestoneInput = Type.Object(
  { name: Type.String({ minLength: 1, maxLength: PROJECT_LIMITS.name }), date: CalendarDate },
  { additionalProperties: false },
);
export const UpdateMilestoneInput = Type.Partial(
  Type.Object({
    name: Type.String({ minLength: 1, maxLength: PROJECT_LIMITS.name }),
    date: CalendarDate,
    done: Type.Boolean(),
  }),
  { additionalProperties: false, minProperties: 1 },
);

export const ChecklistItem = Type.Object({
  id: Type.String({ minLength: 1, maxLength: 40 }),
  text: Type.String({ minLength: 1, maxLength: PROJECT_LIMITS.checklistItem }),
  done: Type.Boolean(),
});

const TaskFields = {
  title: Type.String({ minLength: 1, maxLength: PROJECT_LIMITS.title }),
  description: Type.String({ maxLength: PROJECT_LIMITS.description }),
  state: TaskStateSchema,
  blockedReason: Nullable(Type.String({ maxLength: PROJECT_LIMITS.blockedReason })),
  priority: TaskPrioritySchema,
  labels: Type.Array(Type.String({ minLength: 1, maxLength: PROJECT_LIMITS.label }), {
    maxItems: PROJECT_LIMITS.labels,
  }),
  checklist: Type.Array(ChecklistItem, { maxItems: PROJECT_LIMITS.checklist }),
  startDate: Nullable(CalendarDate),
  dueDate: Nullable(CalendarDate),
  estimateHours: Nullable(Type.Integer({ minimum: 0, maximum: PROJECT_LIMITS.estimate })),
  milestoneId: Nullable(Uuid),
  assigneeIds: Type.Array(Uuid, { maxItems: PROJECT_LIMITS.assignees, uniqueItems: true }),
};

export const CreateTaskInput = Type.Object(
  {
    title: TaskFields.title,
    description: Type.Optional(TaskFields.description),
    state: Type.Optional(TaskFields.state),
    blockedReason: Type.Optional(TaskFields.blockedReason),
    priority: Type.Optional(TaskFields.priority),
    labels: Type.Optional(TaskFields.labels),
    checklist: Type.Optional(TaskFields.checklist),
    startDate: Type.Optional(TaskFields.startDate),
    dueDate: Type.Optional(TaskFields.dueDate),
    estimateHours: Type.Optional(TaskFields.estimateHours),
    milestoneId: Type.Optional(TaskFields.milestoneId),
    assigneeIds: Type.Optional(TaskFields.assigneeIds),
  },
  { additionalProperties: false },
);
export type CreateTaskInput = Static<typeof CreateTaskInput>;

export const UpdateTaskInput = Type.Partial(
  Type.Object({
    ...TaskFields,
    /** The card's place in its column after the move (0: top). */
    position: Type.Integer({ minimum: 0, maximum: 100_000 }),
  }),
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateTaskInput = Static<typeof UpdateTaskInput>;

export const TaskParams = Type.Object({ id: Uuid });

export const Task = Type.Object({
  id: Type.String(),
  projectId: Type.String(),
  projectName: Type.String(),
  workspaceId: Type.String(),
  title: Type.String(),
  description: Type.String(),
  state: TaskStateSchema,
  blockedReason: Nullable(Type.String()),
  blockedSince: Nullable(Timestamp),
  priority: TaskPrioritySchema,
  labels: Type.Array(Type.String()),
  checklist: Type.Array(ChecklistItem),
  startDate: Nullable(CalendarDate),
  dueDate: Nullable(CalendarDate),
  estimateHours: Nullable(Type.Integer()),
  milestoneId: Nullable(Type.String()),
  assignees: Type.Array(Named),
  dependsOn: Type.Array(
    Type.Object({
      id: Type.String(),
      title: Type.String(),
      state: TaskStateSchema,
      dueDate: Nullable(CalendarDate),
      projectId: Type.String(),
      projectName: Type.String(),
    }),
  ),
  position: Type.Integer(),
  doneAt: Nullable(Timestamp),
  commentCount: Type.Integer(),
  attachmentCount: Type.Integer(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Task = Static<typeof Task>;

export const TaskList = Type.Object({ tasks: Type.Array(Task), total: Type.Integer() });
export type TaskList = Static<typeof TaskList>;

export const TaskListQuery = Type.Object(
  {
    state: Type.Optional(Type.Array(TaskStateSchema, { maxItems: 4 })),
    assignee: Type.Optional(Uuid),
    label: Type.Optional(Type.String({ minLength: 1, maxLength: PROJECT_LIMITS.label })),
    milestone: Type.Optional(Uuid),
    overdue: Type.Optional(Type.Boolean()),
    sort: Type.Optional(literals(['board', 'due', 'priority', 'updated', 'title'] as const)),
  },
  { additionalProperties: false },
);
export type TaskListQuery = Static<typeof TaskListQuery>;

export const DependenciesInput = Type.Object(
  { dependsOn: Type.Array(Uuid, { maxItems: PROJECT_LIMITS.dependencies, uniqueItems: true }) },
  { additionalProperties: false },
);

export const StatusNoteInput = Type.Object(
  { text: Type.String({ minLength: 1, maxLength: PROJECT_LIMITS.statusNote }) },
  { additionalProperties: false },
);
export const BaselineInput = Type.Object(
  { name: Type.String({ minLength: 1, maxLength: PROJECT_LIMITS.baselineName }) },
  { additionalProperties: false },
);
export const OverrideInput = Type.Object(
  { level: HealthLevelSchema, reason: Type.String({ minLength: 3, maxLength: PROJECT_LIMITS.overrideReason }) },
  { additionalProperties: false },
);

export const CommentInput = Type.Object(
  { body: Type.String({ minLength: 1, maxLength: PROJECT_LIMITS.comment }) },
  { additionalProperties: false },
);

export const TaskComment = Type.Object({
  id: Type.String(),
  author: Nullable(Named),
  /** Markdown as written. */
  body: Type.String(),
  /** The Markdown as safe HTML, mentions marked up. */
  html: Type.String(),
  mentions: Type.Array(Named),
  createdAt: Timestamp,
});
export type TaskComment = Static<typeof TaskComment>;

export const TaskComments = Type.Object({ comments: Type.Array(TaskComment) });
export type TaskComments = Static<typeof TaskComments>;

/** A task's attachment may have at most 25 MiB, as a chat attachment. */
export const TASK_ATTACHMENT_MAX_BYTES = 25 * 1024 * 1024;

/** A file attached to a task. Images (recognised by their bytes) open in the browser; anything else downloads. */
export const TaskAttachment = Type.Object({
  id: Type.String(),
  taskId: Type.String(),
  fileName: Type.String(),
  mediaType: Type.String(),
  /** Bytes. */
  size: Type.Integer(),
  isImage: Type.Boolean(),
  uploadedBy: Nullable(Named),
  createdAt: Timestamp,
  /** Where the file is fetched: `/api/task-attachments/<id>`. */
  url: Type.String(),
  /** Whether the reader may remove it: its uploader, the project's lead and the workspace's owners. */
  canDelete: Type.Boolean(),
});
export type TaskAttachment = Static<typeof TaskAttachment>;

export const TaskAttachments = Type.Object({ attachments: Type.Array(TaskAttachment) });
export type TaskAttachments = Static<typeof TaskAttachments>;

export const MyTasksQuery = Type.Object(
  {
    state: Type.Optional(Type.Array(TaskStateSchema, { maxItems: 4 })),
    sort: Type.Optional(literals(['due', 'priority', 'updated', 'title'] as const)),
  },
  { additionalProperties: false },
);
export type MyTasksQuery = Static<typeof MyTasksQuery>;
