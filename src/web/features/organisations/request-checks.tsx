import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../ui/badge.tsx';
import './request-checks.css';

/** What an admin should know about a membership request before confirming it. */
export interface RequestFacts {
  emailVerified: boolean;
  domainMatches: boolean;
}

/** A request is trustworthy when the address is confirmed and of one of the organisation's domains. */
export function isTrustworthy(facts: RequestFacts): boolean {
  return facts.emailVerified && facts.domainMatches;
}

/** Two markers: is the address confirmed, is it of the organisation's domains. */
export function RequestChecks({ facts }: { facts: RequestFacts }) {
  const { t } = useTranslation();
  return (
    <span className="request-checks">
      {facts.emailVerified ? (
        <Badge variant="success">{t('admin.requests.verified')}</Badge>
      ) : (
        <Badge variant="warning">{t('admin.requests.unverified')}</Badge>
      )}
      {facts.domainMatches ? (
        <Badge variant="success">{t('admin.requests.ownDomain')}</Badge>
      ) : (
        <Badge variant="warning">{t('admin.requests.foreignDomain')}</Badge>
      )}
    </span>
  );
}

/** The question asked before confirming a request that is not trustworthy, naming each risk. */
export function riskQuestion(
  t: TFunction,
  request: RequestFacts & { name: string; email: string },
  organisation: string,
): string {
  const risks = [
    request.emailVerified ? null : t('admin.requests.riskUnverified', { email: request.email }),
    request.domainMatches ? null : t('admin.requests.riskForeignDomain', { email: request.email, organisation }),
  ].filter(Boolean);
  return `${risks.join(' ')} ${t('admin.requests.riskQuestion', { name: request.name, organisation })}`;
}
