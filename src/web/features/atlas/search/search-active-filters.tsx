import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { SearchResult } from '../../../../shared/contracts/atlas.ts';
import { landLabel } from '../../organisations/laender.ts';
import { fieldLabel, legalFormLabel, sectorLabel, statusLabel } from '../record-labels.ts';
import { type AtlasSearch, chosen, LIST_FILTERS, type ListFilter, toggled } from './search-state.ts';

interface Chip {
  key: string;
  label: string;
  remove: Partial<AtlasSearch>;
}

function labelOf(t: TFunction, filter: ListFilter, code: string, kreise: Map<string, string>): string {
  switch (filter) {
    case 'sector':
      return sectorLabel(t, code);
    case 'field':
      return fieldLabel(t, code);
    case 'land':
      return landLabel(t, code);
    case 'kreis':
      return kreise.get(code) ?? t('atlas.search.facet.kreis');
    case 'legalForm':
      return legalFormLabel(t, code);
    case 'status':
      return statusLabel(t, code);
  }
}

/** The filters in force as buttons that remove one each, and one that removes them all. */
export function ActiveFilters({
  search,
  facets,
  onChange,
}: {
  search: AtlasSearch;
  facets: SearchResult['facets'] | undefined;
  onChange: (patch: Partial<AtlasSearch>) => void;
}) {
  const { t } = useTranslation();
  const kreise = new Map((facets?.kreis ?? []).map((k) => [k.value, k.label]));
  const chips: Chip[] = [];
  for (const filter of LIST_FILTERS) {
    for (const code of chosen(search, filter)) {
      chips.push({
        key: `${filter}:${code}`,
        label: `${t(`atlas.search.facet.${filter}`)}: ${labelOf(t, filter, code, kreise)}`,
        remove: { [filter]: toggled(search, filter, code, false) },
      });
    }
  }
  if (search.transferable) {
    chips.push({ key: 'transferable', label: t('atlas.search.transferableOnly'), remove: { transferable: undefined } });
  }
  if (search.startFrom) {
    chips.push({
      key: 'from',
      label: t('atlas.search.chipFrom', { year: search.startFrom }),
      remove: { startFrom: undefined },
    });
  }
  if (search.startTo) {
    chips.push({
      key: 'to',
      label: t('atlas.search.chipTo', { year: search.startTo }),
      remove: { startTo: undefined },
    });
  }
  if (search.partner) {
    chips.push({ key: 'partner', label: t('atlas.search.chipPartner'), remove: { partner: undefined } });
  }
  if (chips.length === 0) return null;
  const all = Object.assign({}, ...chips.map((c) => c.remove), ...LIST_FILTERS.map((f) => ({ [f]: undefined })));
  return (
    <div className="atlas-chips">
      <p className="visually-hidden">{t('atlas.search.activeFilters')}</p>
      <ul className="atlas-chips__list">
        {chips.map((chip) => (
          <li key={chip.key}>
            <button type="button" className="atlas-chip" onClick={() => onChange(chip.remove)}>
              <span>{chip.label}</span>
              <span className="kern-icon kern-icon--close kern-icon--small" aria-hidden="true" />
              <span className="visually-hidden"> – {t('atlas.search.removeFilter')}</span>
            </button>
          </li>
        ))}
      </ul>
      {chips.length > 1 ? (
        <button type="button" className="facet-group__more" onClick={() => onChange(all)}>
          {t('atlas.search.resetFilters')}
        </button>
      ) : null}
    </div>
  );
}
