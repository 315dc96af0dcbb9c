import { useTranslation } from 'react-i18next';
import type { DataExport } from '../../../shared/contracts/my-data.ts';
import { isUnderWay } from './queries.ts';

/** An export's state: a progress bar with its steps while it is prepared, else the state in words. */
export function ExportState({ export: e }: { export: DataExport }) {
  const { t } = useTranslation();
  if (!isUnderWay(e)) return <>{t(`myData.states.${e.state}`)}</>;
  return (
    <span className="my-data-progress">
      <progress max={Math.max(e.total, 1)} value={e.done} aria-label={t('myData.progressLabel')} />{' '}
      {t('myData.progress', { done: e.done, total: e.total })}
    </span>
  );
}
