import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Expertise, Proof } from '../../../../shared/contracts/network-profiles.ts';
import { Badge } from '../../../ui/badge.tsx';

/** "Expertin / Experte" or "kennt sich aus", as a badge. */
export function LevelBadge({ level }: { level: Expertise['level'] }) {
  const { t } = useTranslation();
  return <Badge variant={level === 'expert' ? 'success' : 'info'}>{t(`networkProfiles.level.${level}`)}</Badge>;
}

/** Endorsements and accepted answers in one line ("3 Empfehlungen · 2 akzeptierte Antworten"). */
export function Counts({ endorsements, accepted }: { endorsements: number; accepted: number }) {
  const { t } = useTranslation();
  const parts = [
    endorsements > 0 ? t('networkProfiles.counts.endorsements', { count: endorsements }) : null,
    accepted > 0 ? t('networkProfiles.counts.accepted', { count: accepted }) : null,
  ].filter(Boolean);
  return parts.length > 0 ? <span className="np-counts">{parts.join(' · ')}</span> : null;
}

function ProofLink({ proof }: { proof: Proof }) {
  const { t } = useTranslation();
  const text = proof.label || proof.title || proof.url || '';
  if (proof.kind === 'link' && proof.url) {
    return (
      <a className="kern-link" href={proof.url} rel="noopener noreferrer nofollow" target="_blank">
        {text} <span className="visually-hidden">({t('networkProfiles.proofs.external')})</span>
      </a>
    );
  }
  if (proof.kind === 'cooperation' && proof.url) {
    return (
      <Link className="kern-link" to="/atlas/$slug" params={{ slug: proof.url }}>
        {proof.title ?? text}
      </Link>
    );
  }
  if (proof.kind === 'project' && proof.targetId) {
    return (
      <Link className="kern-link" to="/projects/$id" params={{ id: proof.targetId }}>
        {proof.title ?? text}
      </Link>
    );
  }
  return <span>{text}</span>;
}

/** The proofs and the accepted answers of an expertise. */
export function ProofList({ expertise, actions }: { expertise: Expertise; actions?: (proof: Proof) => ReactNode }) {
  const { t } = useTranslation();
  if (expertise.proofs.length === 0 && expertise.acceptedAnswers.length === 0) return null;
  return (
    <ul className="np-proofs">
      {expertise.proofs.map((proof) => (
        <li key={proof.id}>
          <span className="np-proof-kind">{t(`networkProfiles.proofs.kind.${proof.kind}`)}:</span>{' '}
          <ProofLink proof={proof} />
          {proof.kind !== 'link' && proof.label ? <span> – {proof.label}</span> : null}
          {actions ? <> {actions(proof)}</> : null}
        </li>
      ))}
      {expertise.acceptedAnswers.map((answer) => (
        <li key={answer.answerId}>
          <span className="np-proof-kind">{t('networkProfiles.proofs.kind.answer')}:</span>{' '}
          {/* The questions' pages are another concern's routes; a plain link keeps the two apart. */}
          <a className="kern-link" href={`/network/questions/${encodeURIComponent(answer.questionId)}`}>
            {answer.title}
          </a>
        </li>
      ))}
    </ul>
  );
}
