// Constructed project histories for the tests, on a fixed day.
import type { CrossProjectDependency, HealthInput, HealthMilestone, HealthProject, HealthTask } from './types.ts';

/** The tests' today: a Monday. */
export const TODAY = '2025-06-16';

let sequence = 0;
const nextId = (prefix: string) => `${prefix}-${++sequence}`;

export function aTask(fields: Partial<HealthTask> = {}): HealthTask {
  const id = fields.id ?? nextId('task');
  return { id, name: id, startDate: null, dueDate: null, doneOn: null, blockedSince: null, ...fields };
}

/** `count` tasks alike, each with its own id. */
export function tasks(count: number, fields: Partial<HealthTask> = {}): HealthTask[] {
  return Array.from({ length: count }, () => aTask(fields));
}

export function aMilestone(fields: Partial<HealthMilestone> & { date: string }): HealthMilestone {
  const id = fields.id ?? nextId('milestone');
  return { id, name: id, doneOn: null, ...fields };
}

export function aDependency(
  taskId: string,
  predecessor: Partial<CrossProjectDependency['predecessor']> = {},
): CrossProjectDependency {
  return {
    taskId,
    predecessor: {
      id: nextId('other-task'),
      name: 'Schnittstelle Meldewesen',
      projectId: 'project-other',
      projectName: 'Digitales Bürgeramt',
      dueDate: null,
      doneOn: null,
      forecastOn: null,
      ...predecessor,
    },
  };
}

/** A running project, busy today, with no end date, tasks, milestones or baseline unless given. */
export function anInput(fields: Partial<Omit<HealthInput, 'project'>> & { project?: Partial<HealthProject> } = {}) {
  const { project, ...rest } = fields;
  const input: HealthInput = {
    today: TODAY,
    tasks: [],
    milestones: [],
    baseline: null,
    dependencies: [],
    ...rest,
    project: {
      id: 'project-1',
      name: 'Breitbandausbau',
      status: 'running',
      createdOn: '2025-01-06',
      startDate: null,
      endDate: null,
      lastActivityOn: TODAY,
      lastStatusNoteOn: null,
      ...project,
    },
  };
  return input;
}
