import { and, asc, eq } from 'drizzle-orm';
import type {
  PortfolioScope,
  PortfolioScopeKind,
  PortfolioSubscription,
  PortfolioSubscriptionQuery,
  PortfolioSubscriptions,
} from '../../../../shared/contracts/portfolio.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Db, Tx } from '../../../platform/db/client.ts';
import { Problem, unauthenticated } from '../../../platform/errors/problem.ts';
import { portfolioSubscriptions } from '../tables.ts';
import { selectPortfolio } from './portfolio-selection.ts';

// The weekly mail "Ihr Portfolio diese Woche" goes to whoever asked for it, of a portfolio they may
// see: asking is checked as reading the portfolio is (400 without exactly one scope, 401 signed out,
// 404 for a portfolio the person may not see), so the answers tell nothing the portfolio would not.

/** The portfolio's scope as the person may see it; throws the portfolio's own 400, 401 or 404. */
async function visibleScope(
  tx: Tx,
  principal: Principal | null,
  query: PortfolioSubscriptionQuery,
): Promise<PortfolioScope> {
  return (await selectPortfolio(tx, principal, query)).scope;
}

const keyOf = (personId: string, scope: { kind: string; id: string }) =>
  and(
    eq(portfolioSubscriptions.personId, personId),
    eq(portfolioSubscriptions.scopeKind, scope.kind),
    eq(portfolioSubscriptions.scopeId, scope.id),
  );

export async function subscriptionOf(
  db: Db,
  principal: Principal | null,
  query: PortfolioSubscriptionQuery,
): Promise<PortfolioSubscription> {
  const scope = await visibleScope(db, principal, query);
  const rows = await db
    .select({ personId: portfolioSubscriptions.personId })
    .from(portfolioSubscriptions)
    .where(keyOf((principal as Principal).personId, scope));
  return { subscribed: rows.length > 0 };
}

/** Subscribes; subscribing again changes nothing (the first subscription's week stays). */
export async function subscribe(
  db: Db,
  principal: Principal | null,
  query: PortfolioSubscriptionQuery,
): Promise<PortfolioSubscription> {
  const scope = await visibleScope(db, principal, query);
  await db
    .insert(portfolioSubscriptions)
    .values({ personId: (principal as Principal).personId, scopeKind: scope.kind, scopeId: scope.id })
    .onConflictDoNothing();
  return { subscribed: true };
}

/** Unsubscribes; unsubscribing what is not subscribed changes nothing. */
export async function unsubscribe(
  db: Db,
  principal: Principal | null,
  query: PortfolioSubscriptionQuery,
): Promise<PortfolioSubscription> {
  const scope = await visibleScope(db, principal, query);
  await db.delete(portfolioSubscriptions).where(keyOf((principal as Principal).personId, scope));
  return { subscribed: false };
}

/** The scope of a stored subscription as the portfolio's query. */
export function subscriptionQuery(scope: { kind: string; id: string }): PortfolioSubscriptionQuery | null {
  const kinds: readonly PortfolioScopeKind[] = ['alliance', 'organisation', 'workspace'];
  const kind = kinds.find((k) => k === scope.kind);
  return kind ? { [kind]: scope.id } : null;
}

/** A problem that says the person may no longer see the portfolio (or it is gone). */
export function isOutOfSight(error: unknown): boolean {
  return error instanceof Problem && (error.status === 404 || error.status === 403);
}

/** The person's weekly mails, of the portfolios they still see (in the order they asked for them). */
export async function subscriptionsOf(db: Db, principal: Principal | null): Promise<PortfolioSubscriptions> {
  if (!principal) throw unauthenticated();
  const rows = await db
    .select({
      kind: portfolioSubscriptions.scopeKind,
      id: portfolioSubscriptions.scopeId,
      createdAt: portfolioSubscriptions.createdAt,
    })
    .from(portfolioSubscriptions)
    .where(eq(portfolioSubscriptions.personId, principal.personId))
    .orderBy(asc(portfolioSubscriptions.createdAt));
  const subscriptions: PortfolioSubscriptions['subscriptions'] = [];
  for (const row of rows) {
    const query = subscriptionQuery(row);
    if (!query) continue;
    try {
      subscriptions.push({ scope: await visibleScope(db, principal, query), createdAt: row.createdAt.toISOString() });
    } catch (error) {
      if (!isOutOfSight(error)) throw error;
    }
  }
  return { subscriptions };
}
