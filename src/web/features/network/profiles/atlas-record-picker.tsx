import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../../shared/contracts/atlas.ts';
import { Combobox } from '../../../ui/combobox.tsx';
import { useDebounced } from '../../organisations/use-debounced.ts';
import { useAtlasRecordSuggestions } from './profile-queries.ts';

const MIN_CHARS = 2;
const SHOWN = 8;

/** An atlas record as a proof names it. */
export interface PickedRecord {
  id: string;
  slug: string;
  title: string;
}

const p = 'networkProfiles.expertise.recordPicker';

/**
 * Finds a published record of the Kooperationsatlas by its words (the atlas' own search), showing each
 * with its partners and start year so records of the same name can be told apart. What is typed is
 * only a search: a proof names a record chosen from the list.
 */
export function AtlasRecordPicker({
  id,
  error,
  text,
  onTextChange,
  exclude,
  onPick,
}: {
  id: string;
  error?: string | undefined;
  text: string;
  onTextChange: (text: string) => void;
  /** Records already named as proofs of this expertise. */
  exclude: readonly string[];
  onPick: (record: PickedRecord) => void;
}) {
  const { t } = useTranslation();
  const term = useDebounced(text.trim().slice(0, 200), 250);
  const enabled = term.length >= MIN_CHARS;
  const results = useAtlasRecordSuggestions(enabled ? term : '', SHOWN + exclude.length);
  const options = enabled ? (results.data?.hits ?? []).filter((hit) => !exclude.includes(hit.id)).slice(0, SHOWN) : [];

  let status: string;
  if (text.trim().length < MIN_CHARS) status = t(`${p}.typeMore`, { count: MIN_CHARS });
  else if (results.isFetching || term !== text.trim().slice(0, 200)) status = t(`${p}.searching`);
  else if (results.isError) status = t(`${p}.failed`);
  else status = options.length > 0 ? t(`${p}.results`, { count: options.length }) : t(`${p}.none`);

  return (
    <Combobox<SearchHit>
      id={id}
      label={t('networkProfiles.proofs.kind.cooperation')}
      hint={t(`${p}.hint`)}
      error={error}
      inputValue={text}
      onInputChange={onTextChange}
      options={options}
      optionKey={(hit) => hit.id}
      optionLabel={(hit) => hit.title}
      renderOption={(hit) => (
        <span className="combobox__option-text">
          <span className="combobox__option-name">{hit.title}</span>
          <span className="combobox__option-meta">{recordMeta(hit, (year) => t(`${p}.since`, { year }))}</span>
        </span>
      )}
      onSelect={(hit) => onPick({ id: hit.id, slug: hit.slug, title: hit.title })}
      status={status}
    />
  );
}

/** Partners (the first three) and the start year, e.g. "Seevetal, Rosengarten · seit 2019". */
function recordMeta(hit: SearchHit, since: (year: number) => string): string {
  const partners = hit.partnerNames.slice(0, 3).join(', ') + (hit.partnerNames.length > 3 ? ', …' : '');
  return [partners, hit.startYear === null ? '' : since(hit.startYear)].filter(Boolean).join(' · ');
}
