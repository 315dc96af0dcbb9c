import {
  PORTFOLIO_SORTS,
  type PortfolioScopeKind,
  type PortfolioSort,
} from '../../../../shared/contracts/portfolio.ts';
import { PROJECT_STATUSES, type ProjectLevel, type ProjectStatus } from '../../../../shared/contracts/projects.ts';

// The portfolio's scope, filters and order live in the address, so that a filtered portfolio can be
// bookmarked and sent, and the exports take exactly what the page shows.

/** The colours in the order the page names them: the worst first. */
export const PORTFOLIO_LEVELS: readonly ProjectLevel[] = ['red', 'amber', 'green', 'none'];

export interface PortfolioSearch {
  alliance?: string | undefined;
  organisation?: string | undefined;
  workspace?: string | undefined;
  /** Absent: by health, the server's default. */
  sort?: PortfolioSort | undefined;
  level?: ProjectLevel[] | undefined;
  status?: ProjectStatus[] | undefined;
}

export interface ScopeRef {
  kind: PortfolioScopeKind;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SCOPE_KINDS: readonly PortfolioScopeKind[] = ['alliance', 'organisation', 'workspace'];

const uuid = (value: unknown) => (typeof value === 'string' && UUID.test(value) ? value.toLowerCase() : undefined);

/** Values from the address: an array, or one text of comma-separated values; only those `known`, once each, in its order. */
function listOf<T extends string>(value: unknown, known: readonly T[]): T[] | undefined {
  const given = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
  const wanted = new Set(given.filter((item): item is string => typeof item === 'string').map((item) => item.trim()));
  const kept = known.filter((item) => wanted.has(item));
  return kept.length > 0 ? kept : undefined;
}

/**
 * Accepts from the address only what the portfolio understands: one scope (the first of alliance,
 * organisation, workspace that is an ID; the server takes exactly one), a known order other than the
 * default, and known colours and statuses.
 */
export function parsePortfolioSearch(search: Record<string, unknown>): PortfolioSearch {
  const scope = SCOPE_KINDS.map((kind) => ({ kind, id: uuid(search[kind]) })).find((s) => s.id);
  const sort =
    typeof search.sort === 'string' && (PORTFOLIO_SORTS as readonly string[]).includes(search.sort)
      ? (search.sort as PortfolioSort)
      : undefined;
  return {
    alliance: scope?.kind === 'alliance' ? scope.id : undefined,
    organisation: scope?.kind === 'organisation' ? scope.id : undefined,
    workspace: scope?.kind === 'workspace' ? scope.id : undefined,
    sort: sort === 'health' ? undefined : sort,
    level: listOf(search.level, PORTFOLIO_LEVELS),
    status: listOf(search.status, PROJECT_STATUSES),
  };
}

/** The scope the address names, or null when it names none. */
export function scopeOf(search: PortfolioSearch): ScopeRef | null {
  for (const kind of SCOPE_KINDS) {
    const id = search[kind];
    if (id) return { kind, id };
  }
  return null;
}

/** The query string the API takes for a scope alone (`alliance=…`), as the weekly mail's subscription asks it. */
export function scopeQuery(scope: ScopeRef): string {
  return new URLSearchParams({ [scope.kind]: scope.id }).toString();
}

/**
 * The query string of the portfolio, its milestones and exports: the scope, the order, and each filter
 * value as a key of its own (`level=red&level=amber`).
 */
export function portfolioQuery(scope: ScopeRef, search: PortfolioSearch): string {
  const params = new URLSearchParams({ [scope.kind]: scope.id });
  if (search.sort) params.set('sort', search.sort);
  for (const level of search.level ?? []) params.append('level', level);
  for (const status of search.status ?? []) params.append('status', status);
  return params.toString();
}

/** The search with one colour added to the filter, or taken out of it (none left: every colour). */
export function toggleLevel(search: PortfolioSearch, level: ProjectLevel): PortfolioSearch {
  const chosen = new Set(search.level ?? []);
  if (chosen.has(level)) chosen.delete(level);
  else chosen.add(level);
  const next = PORTFOLIO_LEVELS.filter((item) => chosen.has(item));
  return { ...search, level: next.length > 0 ? next : undefined };
}

/** The statuses of projects still under way: the status filter's first choice after "all". */
export const OPEN_STATUSES: readonly ProjectStatus[] = ['planned', 'running', 'paused'];

/** The status filter as one choice of a select: '' for all, 'open', one status, or the statuses joined by commas. */
export function statusChoice(statuses: readonly ProjectStatus[] | undefined): string {
  if (!statuses || statuses.length === 0) return '';
  const sorted = PROJECT_STATUSES.filter((status) => statuses.includes(status));
  if (sorted.join(',') === OPEN_STATUSES.join(',')) return 'open';
  return sorted.join(',');
}

/** The statuses of a choice of the status select. */
export function statusesOf(choice: string): ProjectStatus[] | undefined {
  if (choice === 'open') return [...OPEN_STATUSES];
  return listOf(choice, PROJECT_STATUSES);
}

/** Whether the search filters at all (a colour or a status). */
export function isFiltered(search: PortfolioSearch): boolean {
  return Boolean(search.level?.length || search.status?.length);
}
