import { useTranslation } from 'react-i18next';
import { Badge } from '../../ui/badge.tsx';
import { stateLabel } from './record-labels.ts';

/**
 * What a reader must know before trusting a record: that it is not (yet, or any longer) public, and
 * that it was generated for benchmarks. Published real records carry no badge.
 */
export function RecordBadges({ state, synthetic }: { state: string; synthetic: boolean }) {
  const { t } = useTranslation();
  if (state === 'published' && !synthetic) return null;
  return (
    <span className="record-badges">
      {state === 'draft' ? <Badge variant="warning">{stateLabel(t, state)}</Badge> : null}
      {state === 'review' ? <Badge variant="info">{stateLabel(t, state)}</Badge> : null}
      {state === 'archived' ? <Badge variant="danger">{stateLabel(t, state)}</Badge> : null}
      {synthetic ? <Badge variant="warning">{t('atlas.record.synthetic')}</Badge> : null}
    </span>
  );
}
