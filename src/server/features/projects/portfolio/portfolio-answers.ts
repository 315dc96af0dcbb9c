import type { PortfolioQuery } from '../../../../shared/contracts/portfolio.ts';
import { createPersonCache, type PersonChanges } from '../../../platform/auth/person-cache.ts';
import { BUS_RECONNECTED, type Bus } from '../../../platform/events/bus.ts';
import type { EncodedAnswer } from '../../../platform/http/encoded-answer.ts';
import { ORGANISATIONS_RENAMED } from '../../organisations/organisation-renames.ts';

/**
 * Portfolio answers as sent (and gzipped once for the browsers that take it), per reader and question, for a moment: the time a signed-in person's
 * session is reused without asking the database (`SESSION_CACHE_MS`, 2 s; 0 in tests unless asked),
 * so a portfolio asked for again and again (a wall screen, a page reloaded, many readers of a large
 * alliance) is answered without deciding anew who sees what.
 *
 * The walls move no later than the platform's own sessions do: an answer is dropped when anything
 * about its reader changes (their writes, and writes that name them, as for sessions), and all are
 * dropped when a project, workspace, channel, alliance or membership changes anywhere, or the bus
 * lost events. An answer made while such a change came in is not kept.
 */
export interface PortfolioAnswers {
  answer(personId: string, query: PortfolioQuery, build: () => Promise<EncodedAnswer>): Promise<EncodedAnswer>;
  close(): void;
}

const CHANGES_PORTFOLIOS = /^(project|workspace|channel|alliance|membership)\.|^chat\.access-changed$/;

export function keyOf(personId: string, query: PortfolioQuery): string {
  const list = (values: readonly string[] | undefined) => (values ? [...new Set(values)].sort().join(',') : '');
  return [
    personId,
    query.alliance ?? '',
    query.organisation ?? '',
    query.workspace ?? '',
    query.sort ?? 'health',
    list(query.level),
    list(query.status),
  ]
    .join('|')
    .toLowerCase();
}

export function createPortfolioAnswers(options: {
  ttlMs: number;
  bus: Bus;
  personChanges: PersonChanges;
}): PortfolioAnswers {
  const cache = createPersonCache<EncodedAnswer>({ ttlMs: options.ttlMs, max: 2_000 });
  let drops = 0;
  const forget = (personId: string | null) => {
    drops += 1;
    cache.forgetPerson(personId);
  };
  options.personChanges.subscribe(forget);
  const unsubscribe = options.bus.subscribe((event) => {
    if (CHANGES_PORTFOLIOS.test(event.type) || event.type === ORGANISATIONS_RENAMED || event.type === BUS_RECONNECTED) {
      forget(null);
    }
  });
  return {
    async answer(personId, query, build) {
      const key = keyOf(personId, query);
      const cached = cache.get(key);
      if (cached) return cached;
      const mark = drops;
      const body = await build();
      if (mark === drops) cache.set(key, personId, body);
      return body;
    },
    close: unsubscribe,
  };
}
