import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PortfolioSubscription } from '../../../../shared/contracts/portfolio.ts';
import { isApiError } from '../../../api/api-error.ts';
import { api } from '../../../api/client.ts';
import { ProblemAlert } from '../../../ui/problem.tsx';
import { type ScopeRef, scopeQuery } from './portfolio-search.ts';

const subscriptionKey = (query: string) => ['portfolio-subscription', query] as const;

/**
 * "Wöchentlich per Mail": whether the reader gets the weekly mail of this portfolio, switched with one
 * checkbox. Where the server does not offer the mail (the GET answers 404) nothing is shown.
 */
export function WeeklyMailToggle({ scope }: { scope: ScopeRef }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const query = scopeQuery(scope);
  const id = useId();
  const [news, setNews] = useState('');
  const subscription = useQuery({
    queryKey: subscriptionKey(query),
    queryFn: () => api.get<PortfolioSubscription>(`/portfolio/subscription?${query}`),
  });
  const change = useMutation({
    mutationFn: (subscribe: boolean) =>
      subscribe
        ? api.put<PortfolioSubscription>(`/portfolio/subscription?${query}`)
        : api.delete<PortfolioSubscription>(`/portfolio/subscription?${query}`),
    onMutate: () => setNews(''),
    onSuccess: (answer, subscribe) => {
      const subscribed = answer?.subscribed ?? subscribe;
      client.setQueryData(subscriptionKey(query), { subscribed });
      setNews(t(subscribed ? 'portfolio.mail.on' : 'portfolio.mail.off'));
    },
  });

  if (subscription.isPending || isApiError(subscription.error, 404)) return null;
  if (!subscription.data) return <ProblemAlert error={subscription.error} />;
  const checked = change.isPending ? Boolean(change.variables) : subscription.data.subscribed;
  return (
    <div className="portfolio-mail">
      <div className="kern-form-check">
        <input
          className="kern-form-check__checkbox"
          type="checkbox"
          id={`${id}-mail`}
          checked={checked}
          aria-describedby={`${id}-hint`}
          onChange={(event) => {
            if (!change.isPending) change.mutate(event.target.checked);
          }}
        />
        <label className="kern-label" htmlFor={`${id}-mail`}>
          {t('portfolio.mail.label')}
        </label>
      </div>
      <p className="kern-hint portfolio-mail__hint" id={`${id}-hint`}>
        {t('portfolio.mail.hint')}
      </p>
      <p className="kern-body kern-body--small portfolio-mail__news" role="status">
        {news}
      </p>
      <ProblemAlert error={change.error} />
    </div>
  );
}
