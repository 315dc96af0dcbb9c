import { useTranslation } from 'react-i18next';
import type { DirectoryPreview } from '../../../shared/contracts/directory-import.ts';
import { Alert } from '../../ui/alert.tsx';
import { DescriptionList } from '../../ui/description-list.tsx';
import { useFormat } from '../../ui/use-format.ts';
import { landLabel } from '../organisations/laender.ts';
import { organisationTypeLabel } from '../organisations/organisation-types.ts';

const COUNTS = [
  'added',
  'renamed',
  'agsChanged',
  'dissolved',
  'reactivated',
  'kreisChanged',
  'typeChanged',
  'otherChanged',
  'unchanged',
] as const;

/** A titled list of changed rows, folded away; the preview lists the first few hundred of each kind. */
function ChangeList({
  title,
  count,
  items,
}: {
  title: string;
  count: number;
  items: Array<{ key: string; text: string }>;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  if (count === 0) return null;
  return (
    <details className="kern-accordion">
      <summary className="kern-accordion__header">
        <span className="kern-title">
          {title} ({format.number(count)})
        </span>
      </summary>
      <div className="kern-accordion__body">
        <ul className="kern-list kern-list--bullet">
          {items.map((item) => (
            <li key={item.key}>{item.text}</li>
          ))}
        </ul>
        {items.length < count ? (
          <p className="kern-body kern-body--small">
            {t('directoryUpdate.listMore', { shown: format.number(items.length), count: format.number(count) })}
          </p>
        ) : null}
      </div>
    </details>
  );
}

/** What an official file would change: its data state, the counts, and the rows of each kind. */
export function DirectoryPreviewView({ preview }: { preview: DirectoryPreview }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { counts } = preview;
  const changes = COUNTS.filter((k) => k !== 'unchanged').reduce((sum, k) => sum + counts[k], 0);
  const older = preview.stand && preview.currentStand && preview.stand < preview.currentStand;
  const scope =
    preview.scope.landCodes.length > 0
      ? t('directoryUpdate.scopeLaender', {
          list: preview.scope.landCodes.map((code) => landLabel(t, code, null)).join(', '),
        })
      : t('directoryUpdate.scopeKreise', { list: preview.scope.kreisAgs.join(', ') });
  return (
    <div className="stack-sm">
      <p className="kern-body">
        {t('directoryUpdate.fileStand', {
          stand: preview.stand ? format.date(preview.stand) : t('directoryUpdate.standUnknown'),
          source: preview.source,
        })}
      </p>
      <p className="kern-body">{scope}</p>
      {older ? (
        <Alert
          variant="warning"
          role="status"
          title={t('directoryUpdate.olderWarning', { current: format.date(preview.currentStand) })}
        />
      ) : null}
      <DescriptionList
        items={COUNTS.map((key) => ({
          key,
          label: t(`directoryUpdate.counts.${key}`),
          value: format.number(counts[key]),
        }))}
      />
      {changes === 0 ? <p className="kern-body">{t('directoryUpdate.nothing')}</p> : null}
      <div className="spaced">
        <ChangeList
          title={t('directoryUpdate.counts.added')}
          count={counts.added}
          items={preview.added.map((a) => ({
            key: a.ags,
            text: `${a.name} (${organisationTypeLabel(t, a.type)}, ${a.ags})`,
          }))}
        />
        <ChangeList
          title={t('directoryUpdate.counts.dissolved')}
          count={counts.dissolved}
          items={preview.dissolved.map((d) => ({
            key: d.id,
            text: `${d.name} (${d.ags}) – ${d.successor ? t('directoryUpdate.successor', { name: d.successor.name }) : t('directoryUpdate.noSuccessor')}`,
          }))}
        />
        <ChangeList
          title={t('directoryUpdate.counts.renamed')}
          count={counts.renamed}
          items={preview.renamed.map((r) => ({ key: r.id, text: `${r.from} → ${r.to} (${r.ags})` }))}
        />
        <ChangeList
          title={t('directoryUpdate.counts.agsChanged')}
          count={counts.agsChanged}
          items={preview.agsChanged.map((r) => ({ key: r.id, text: `${r.name}: ${r.from} → ${r.to}` }))}
        />
        <ChangeList
          title={t('directoryUpdate.counts.typeChanged')}
          count={counts.typeChanged}
          items={preview.typeChanged.map((r) => ({
            key: r.id,
            text: `${r.ags}: ${organisationTypeLabel(t, r.from)} → ${organisationTypeLabel(t, r.to)}`,
          }))}
        />
      </div>
    </div>
  );
}
