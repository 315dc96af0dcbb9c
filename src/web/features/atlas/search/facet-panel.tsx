import type { TFunction } from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LEGAL_FORM_CODES, PROJECT_STATUS_CODES, SECTOR_CODES } from '../../../../shared/atlas/index.ts';
import type { SearchResult } from '../../../../shared/contracts/atlas.ts';
import { SelectField } from '../../../ui/select-field.tsx';
import { useFormat } from '../../../ui/use-format.ts';
import { landLabel } from '../../organisations/laender.ts';
import { fieldLabel, legalFormLabel, sectorLabel, statusLabel } from '../record-labels.ts';
import { FacetGroup, type FacetOption } from './facet-group.tsx';
import { type AtlasSearch, chosen, type ListFilter } from './search-state.ts';

type Facets = SearchResult['facets'];

interface FacetPanelProps {
  search: AtlasSearch;
  facets: Facets | undefined;
  /** Applies a change of filters (the page goes back to 1). */
  onChange: (patch: Partial<AtlasSearch>) => void;
  onToggle: (filter: ListFilter, value: string, on: boolean) => void;
}

const countOf = (buckets: { value: string; count: number }[] | undefined) =>
  new Map((buckets ?? []).map((b) => [b.value, b.count]));

/** Fixed, short code lists keep their own order; long ones put the most frequent first. */
function inCodeOrder(
  codes: readonly string[],
  buckets: { value: string; count: number }[] | undefined,
  label: (c: string) => string,
) {
  const counts = countOf(buckets);
  return codes.map((value): FacetOption => ({ value, label: label(value), count: counts.get(value) ?? 0 }));
}

function byCount(
  buckets: { value: string; count: number; label?: string }[] | undefined,
  label: (c: string) => string,
) {
  return (buckets ?? [])
    .map((b): FacetOption => ({ value: b.value, label: b.label ?? label(b.value), count: b.count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

/** The filters beside the result: checkbox groups with counts, the Kreis, the start years. */
export function FacetPanel({ search, facets, onChange, onToggle }: FacetPanelProps) {
  const { t } = useTranslation();
  const selected = (filter: ListFilter) => chosen(search, filter);
  const group = (filter: ListFilter) => ({
    selected: selected(filter),
    onToggle: (value: string, on: boolean) => onToggle(filter, value, on),
  });
  const transferable = countOf(facets?.transferable).get('true') ?? 0;
  return (
    <div className="facet-panel__groups">
      <FacetGroup
        legend={t('atlas.search.facet.sector')}
        options={inCodeOrder(SECTOR_CODES, facets?.sector, (c) => sectorLabel(t, c))}
        {...group('sector')}
      />
      <FacetGroup
        legend={t('atlas.search.facet.field')}
        options={byCount(facets?.field, (c) => fieldLabel(t, c))}
        limit={6}
        {...group('field')}
      />
      <FacetGroup
        legend={t('atlas.search.facet.land')}
        options={byCount(facets?.land, (c) => landLabel(t, c))}
        limit={6}
        {...group('land')}
      />
      <KreisFilter search={search} facets={facets} onToggle={(value, on) => onToggle('kreis', value, on)} t={t} />
      <FacetGroup
        legend={t('atlas.search.facet.legalForm')}
        options={inCodeOrder(LEGAL_FORM_CODES, facets?.legalForm, (c) => legalFormLabel(t, c))}
        {...group('legalForm')}
      />
      <FacetGroup
        legend={t('atlas.search.facet.status')}
        options={inCodeOrder(PROJECT_STATUS_CODES, facets?.status, (c) => statusLabel(t, c))}
        {...group('status')}
      />
      {transferable > 0 || search.transferable ? (
        <fieldset className="kern-fieldset facet-group">
          <legend className="kern-label facet-group__legend">{t('atlas.search.facet.transferable')}</legend>
          <div className="kern-fieldset__body facet-group__options">
            <div className="kern-form-check facet-group__option">
              <input
                className="kern-form-check__checkbox"
                type="checkbox"
                id="atlas-transferable"
                checked={Boolean(search.transferable)}
                onChange={(event) => onChange({ transferable: event.target.checked || undefined })}
              />
              <label className="kern-label facet-group__label" htmlFor="atlas-transferable">
                <span>{t('atlas.search.transferableOnly')}</span>{' '}
                <span className="facet-group__count">({transferable})</span>
              </label>
            </div>
          </div>
        </fieldset>
      ) : null}
      <YearFilter search={search} facets={facets} onChange={onChange} t={t} />
    </div>
  );
}

/**
 * The Kreise of the chosen Länder as checkboxes; without a Land (the list would run to hundreds) a
 * select adds one, and the chosen ones stay as checkboxes to take away again.
 */
function KreisFilter({
  search,
  facets,
  onToggle,
  t,
}: {
  search: AtlasSearch;
  facets: Facets | undefined;
  onToggle: (value: string, on: boolean) => void;
  t: TFunction;
}) {
  const id = useId();
  const format = useFormat();
  const picked = chosen(search, 'kreis');
  const options = byCount(facets?.kreis, (c) => c);
  if (search.land) {
    return (
      <FacetGroup
        legend={t('atlas.search.facet.kreis')}
        options={options}
        selected={picked}
        onToggle={onToggle}
        limit={8}
      />
    );
  }
  const addable = options.filter((o) => !picked.includes(o.value) && o.count > 0);
  if (addable.length === 0 && picked.length === 0) return null;
  return (
    <div className="facet-group">
      {picked.length > 0 ? (
        <FacetGroup
          legend={t('atlas.search.facet.kreisChosen')}
          options={options.filter((o) => picked.includes(o.value))}
          selected={picked}
          onToggle={onToggle}
        />
      ) : null}
      {addable.length > 0 ? (
        <SelectField
          id={`${id}kreis`}
          label={t('atlas.search.facet.kreisAdd')}
          hint={t('atlas.search.facet.kreisHint')}
          value=""
          onChange={(value) => value && onToggle(value, true)}
          options={[
            { value: '', label: t('atlas.search.facet.kreisNone') },
            ...[...addable]
              .sort((a, b) => a.label.localeCompare(b.label))
              .map((o) => ({ value: o.value, label: `${o.label} (${format.number(o.count)})` })),
          ]}
        />
      ) : null}
    </div>
  );
}

/** Start year from/to, offered from the years the result actually has. */
function YearFilter({
  search,
  facets,
  onChange,
  t,
}: {
  search: AtlasSearch;
  facets: Facets | undefined;
  onChange: (patch: Partial<AtlasSearch>) => void;
  t: TFunction;
}) {
  const years = new Set((facets?.startYear ?? []).filter((b) => b.count > 0).map((b) => Number(b.value)));
  if (search.startFrom) years.add(search.startFrom);
  if (search.startTo) years.add(search.startTo);
  const sorted = [...years].filter(Number.isInteger).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const options = (none: string) => [
    { value: '', label: none },
    ...sorted.map((y) => ({ value: String(y), label: String(y) })),
  ];
  const year = (value: string) => (value ? Number(value) : undefined);
  return (
    <fieldset className="kern-fieldset facet-group">
      <legend className="kern-label facet-group__legend">{t('atlas.search.facet.startYear')}</legend>
      <div className="kern-fieldset__body facet-group__years">
        <SelectField
          id="atlas-start-from"
          label={t('atlas.search.facet.from')}
          value={search.startFrom ? String(search.startFrom) : ''}
          onChange={(value) => onChange({ startFrom: year(value) })}
          options={options(t('atlas.search.facet.anyYear'))}
        />
        <SelectField
          id="atlas-start-to"
          label={t('atlas.search.facet.to')}
          value={search.startTo ? String(search.startTo) : ''}
          onChange={(value) => onChange({ startTo: year(value) })}
          options={options(t('atlas.search.facet.anyYear'))}
        />
      </div>
    </fieldset>
  );
}
