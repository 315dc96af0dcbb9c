import { type Static, Type } from 'typebox';
import { HealthLevelSchema, Project, ProjectLevelSchema, ProjectStatusSchema } from './projects.ts';

/**
 * The portfolio: every project of an alliance, an organisation or a workspace that the reader may
 * see, with its health (src/server/features/projects/portfolio), and the health thresholds of a
 * workspace (src/server/features/projects/schedule). Dates are calendar dates (`YYYY-MM-DD`).
 *
 * The colour shown for a project is its lead's override when there is one (`health.override.level`),
 * else the computed `health.level`; a done or stopped project (`none`) shows no colour and ignores an
 * override. The portfolio's `level` filter, its `health` sort and `counts` go by that shown colour.
 */

const Uuid = Type.String({ format: 'uuid', maxLength: 36 });
const CalendarDate = Type.String({ format: 'date', maxLength: 10, description: 'YYYY-MM-DD' });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);
const literals = <T extends string>(values: readonly T[]) =>
  Type.Union(values.map((v) => Type.Literal(v))) as unknown as ReturnType<typeof Type.Literal<T>>;

export type PortfolioScopeKind = 'alliance' | 'organisation' | 'workspace';
export type PortfolioSort = 'health' | 'name' | 'end' | 'next-milestone';
export const PORTFOLIO_SORTS: readonly PortfolioSort[] = ['health', 'name', 'end', 'next-milestone'];

/**
 * Exactly one of `alliance`, `organisation` and `workspace`. Filters may repeat
 * (`level=amber&level=red`); `sort` defaults to `health` (red first, then amber, green, none; by
 * name within), `end` and `next-milestone` put projects without the date last.
 */
export const PortfolioQuery = Type.Object(
  {
    alliance: Type.Optional(Uuid),
    organisation: Type.Optional(Uuid),
    workspace: Type.Optional(Uuid),
    sort: Type.Optional(literals(PORTFOLIO_SORTS)),
    level: Type.Optional(Type.Array(ProjectLevelSchema, { maxItems: 4 })),
    status: Type.Optional(Type.Array(ProjectStatusSchema, { maxItems: 5 })),
  },
  { additionalProperties: false },
);
export type PortfolioQuery = Static<typeof PortfolioQuery>;

export const PortfolioScope = Type.Object({
  kind: literals<PortfolioScopeKind>(['alliance', 'organisation', 'workspace']),
  id: Type.String(),
  name: Type.String(),
});
export type PortfolioScope = Static<typeof PortfolioScope>;

export const LevelCounts = Type.Object({
  green: Type.Integer(),
  amber: Type.Integer(),
  red: Type.Integer(),
  none: Type.Integer(),
});
export type LevelCounts = Static<typeof LevelCounts>;

export const Portfolio = Type.Object({
  scope: PortfolioScope,
  /** The visible projects that pass the filters, in the order asked for. */
  projects: Type.Array(Project),
  /** Every visible project by the colour shown, before the filters. */
  counts: LevelCounts,
  /**
   * How many projects in scope the reader may not see ("3 weitere Projekte ohne Zugriff"): told to
   * the alliance's admins (alliance scope) and the organisation's admins (organisation scope) only;
   * null for everyone else and for a workspace. Counted before any filter.
   */
  hidden: Nullable(Type.Integer()),
});
export type Portfolio = Static<typeof Portfolio>;

export const PortfolioMilestone = Type.Object({
  id: Type.String(),
  name: Type.String(),
  date: CalendarDate,
  doneAt: Nullable(Type.String({ format: 'date-time' })),
  /** The date in the project's newest baseline, if it has one and the milestone was in it. */
  baselineDate: Nullable(CalendarDate),
  project: Type.Object({
    id: Type.String(),
    name: Type.String(),
    /** The computed level, and the lead's override (both as in the project's `health`). */
    level: ProjectLevelSchema,
    override: Nullable(HealthLevelSchema),
  }),
});
export type PortfolioMilestone = Static<typeof PortfolioMilestone>;

/** The milestones of every visible project that passes the filters, by date, then project name. */
export const PortfolioMilestones = Type.Object({
  scope: PortfolioScope,
  milestones: Type.Array(PortfolioMilestone),
});
export type PortfolioMilestones = Static<typeof PortfolioMilestones>;

const Pair = { amber: Type.Number(), red: Type.Number() };

/** Every threshold of the health signals (server: health/thresholds.ts, where each is explained). */
export const HealthThresholdValues = Type.Object({
  milestoneSlip: Type.Object(Pair),
  planProgress: Type.Object({ ...Pair, minDueTasks: Type.Integer() }),
  overdueShare: Type.Object({ ...Pair, minOpenTasks: Type.Integer() }),
  blocked: Type.Object({ ...Pair, redCount: Type.Integer() }),
  inactive: Type.Object(Pair),
  forecast: Type.Object({ ...Pair, windowWeeks: Type.Integer(), noneRedOpenTasks: Type.Integer() }),
  dependencySlip: Type.Object(Pair),
});
export type HealthThresholdValues = Static<typeof HealthThresholdValues>;

const partial = <T extends Parameters<typeof Type.Partial>[0]>(schema: T) => Type.Optional(Type.Partial(schema));

/** A workspace's own settings over the defaults: any part of the thresholds. */
export const HealthThresholdOverrides = Type.Object({
  milestoneSlip: partial(HealthThresholdValues.properties.milestoneSlip),
  planProgress: partial(HealthThresholdValues.properties.planProgress),
  overdueShare: partial(HealthThresholdValues.properties.overdueShare),
  blocked: partial(HealthThresholdValues.properties.blocked),
  inactive: partial(HealthThresholdValues.properties.inactive),
  forecast: partial(HealthThresholdValues.properties.forecast),
  dependencySlip: partial(HealthThresholdValues.properties.dependencySlip),
});
export type HealthThresholdOverrides = Static<typeof HealthThresholdOverrides>;

/**
 * `GET /api/workspaces/:id/health-thresholds`. `PUT` takes the overrides as a whole (`{}` returns to
 * the defaults): days are whole numbers from 1 to 3650, shares above 0 up to 1, task counts from 1,
 * the forecast window 1 to 52 weeks, and no amber above its red; refusals name each field
 * (`body:/milestoneSlip/amber`, `body:/forecast` for amber above red).
 */
export const WorkspaceHealthThresholds = Type.Object({
  workspaceId: Type.String(),
  /** What the workspace's projects are measured by: the defaults with the overrides merged over them. */
  thresholds: HealthThresholdValues,
  defaults: HealthThresholdValues,
  /** What the workspace set itself. */
  overrides: HealthThresholdOverrides,
  updatedAt: Nullable(Type.String({ format: 'date-time' })),
  viewer: Type.Object({ canEdit: Type.Boolean() }),
});
export type WorkspaceHealthThresholds = Static<typeof WorkspaceHealthThresholds>;

/**
 * The scope of the weekly mail "Ihr Portfolio diese Woche": exactly one of `alliance`,
 * `organisation` and `workspace`, as the portfolio takes it.
 */
export const PortfolioSubscriptionQuery = Type.Object(
  {
    alliance: Type.Optional(Uuid),
    organisation: Type.Optional(Uuid),
    workspace: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);
export type PortfolioSubscriptionQuery = Static<typeof PortfolioSubscriptionQuery>;

/**
 * Whether the reader gets the weekly mail of a portfolio (`GET /api/portfolio/subscription?<scope>`);
 * `PUT` subscribes, `DELETE` unsubscribes, both idempotent. Only for a portfolio the reader may see
 * (401 signed out, 404 as `GET /api/portfolio` answers it).
 */
export const PortfolioSubscription = Type.Object({ subscribed: Type.Boolean() });
export type PortfolioSubscription = Static<typeof PortfolioSubscription>;

/** The weekly mails a person gets (`GET /api/me/portfolio-subscriptions`), of portfolios they still see. */
export const PortfolioSubscriptions = Type.Object({
  subscriptions: Type.Array(Type.Object({ scope: PortfolioScope, createdAt: Type.String({ format: 'date-time' }) })),
});
export type PortfolioSubscriptions = Static<typeof PortfolioSubscriptions>;
