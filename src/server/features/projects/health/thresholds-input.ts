import { type Static, type TProperties, Type } from 'typebox';
import { Value } from 'typebox/value';
import { DEFAULT_THRESHOLDS, type HealthThresholds } from './thresholds.ts';

// Zero is refused as well as negatives: a threshold of 0 days or a share of 0 would colour a project
// on time and on plan amber, a reason with nothing wrong in it.
const Days = Type.Integer({ minimum: 1, maximum: 3650 });
const Share = Type.Number({ exclusiveMinimum: 0, maximum: 1 });
const Tasks = Type.Integer({ minimum: 1, maximum: 10_000 });
const Weeks = Type.Integer({ minimum: 1, maximum: 52 });

const group = <T extends TProperties>(fields: T) =>
  Type.Optional(Type.Partial(Type.Object(fields), { additionalProperties: false }));

/**
 * A workspace's thresholds: any part of `HealthThresholds`, merged over the defaults by
 * `resolveThresholds`, which also checks that no amber threshold lies above its red one.
 */
export const HealthThresholdsInput = Type.Object(
  {
    milestoneSlip: group({ amber: Days, red: Days }),
    planProgress: group({ amber: Share, red: Share, minDueTasks: Tasks }),
    overdueShare: group({ amber: Share, red: Share, minOpenTasks: Tasks }),
    blocked: group({ amber: Days, red: Days, redCount: Tasks }),
    inactive: group({ amber: Days, red: Days }),
    forecast: group({ amber: Days, red: Days, windowWeeks: Weeks, noneRedOpenTasks: Tasks }),
    dependencySlip: group({ amber: Days, red: Days }),
  },
  { additionalProperties: false },
);
export type HealthThresholdsInput = Static<typeof HealthThresholdsInput>;

/** Why an input was refused: `path` is a JSON pointer into the input ('/forecast/windowWeeks'). */
export interface ThresholdProblem {
  path: string;
  code: 'invalid-value' | 'amber-above-red';
}

export type ResolvedThresholds =
  | { ok: true; thresholds: HealthThresholds }
  | { ok: false; problems: ThresholdProblem[] };

/**
 * The defaults with a workspace's overrides merged over them. Takes `unknown` because stored
 * overrides are read back from the database, and checks amber <= red on the merged result: an
 * override of amber alone may pass the default red.
 */
export function resolveThresholds(input: unknown): ResolvedThresholds {
  if (input == null) return { ok: true, thresholds: merge({}) };
  if (!Value.Check(HealthThresholdsInput, input)) {
    // An unknown field is reported by its own path, once (the validator names it twice). The validator
    // stops after eight errors, so a very wrong input is answered with its first eight.
    const paths = new Set(
      [...Value.Errors(HealthThresholdsInput, input)].flatMap((error) =>
        error.keyword === 'additionalProperties'
          ? (error.params as { additionalProperties: string[] }).additionalProperties.map(
              (name) => `${error.instancePath}/${name}`,
            )
          : [error.instancePath],
      ),
    );
    return { ok: false, problems: [...paths].map((path) => ({ path, code: 'invalid-value' })) };
  }
  const thresholds = merge(input);
  const problems: ThresholdProblem[] = [];
  for (const key of Object.keys(thresholds) as (keyof HealthThresholds)[]) {
    if (thresholds[key].amber > thresholds[key].red) problems.push({ path: `/${key}`, code: 'amber-above-red' });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, thresholds };
}

function merge(input: HealthThresholdsInput): HealthThresholds {
  const d = DEFAULT_THRESHOLDS;
  return {
    milestoneSlip: { ...d.milestoneSlip, ...input.milestoneSlip },
    planProgress: { ...d.planProgress, ...input.planProgress },
    overdueShare: { ...d.overdueShare, ...input.overdueShare },
    blocked: { ...d.blocked, ...input.blocked },
    inactive: { ...d.inactive, ...input.inactive },
    forecast: { ...d.forecast, ...input.forecast },
    dependencySlip: { ...d.dependencySlip, ...input.dependencySlip },
  };
}
