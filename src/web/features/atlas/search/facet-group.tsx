import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../ui/use-format.ts';

export interface FacetOption {
  value: string;
  label: string;
  count: number;
}

interface FacetGroupProps {
  legend: string;
  options: FacetOption[];
  selected: string[];
  onToggle: (value: string, on: boolean) => void;
  /** Long lists show this many (and every chosen one) until the visitor asks for all. */
  limit?: number;
}

/**
 * One facet as a group of checkboxes with the number of records each would give. Options without
 * records are left out unless chosen, so every box leads somewhere.
 */
export function FacetGroup({ legend, options, selected, onToggle, limit }: FacetGroupProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const [expanded, setExpanded] = useState(false);
  const offered = options.filter((o) => o.count > 0 || selected.includes(o.value));
  for (const value of selected) {
    if (!offered.some((o) => o.value === value)) offered.push({ value, label: value, count: 0 });
  }
  if (offered.length === 0) return null;
  const shown =
    limit && !expanded && offered.length > limit + 1
      ? offered.filter((o, index) => index < limit || selected.includes(o.value))
      : offered;
  const hidden = offered.length - shown.length;
  return (
    <fieldset className="kern-fieldset facet-group">
      <legend className="kern-label facet-group__legend">{legend}</legend>
      <div className="kern-fieldset__body facet-group__options" id={`${id}options`}>
        {shown.map((option) => {
          const inputId = `${id}${option.value}`;
          const checked = selected.includes(option.value);
          return (
            <div className="kern-form-check facet-group__option" key={option.value}>
              <input
                className="kern-form-check__checkbox"
                type="checkbox"
                id={inputId}
                checked={checked}
                onChange={(event) => onToggle(option.value, event.target.checked)}
              />
              <label className="kern-label facet-group__label" htmlFor={inputId}>
                <span>{option.label}</span> <span className="facet-group__count">({format.number(option.count)})</span>
              </label>
            </div>
          );
        })}
      </div>
      {hidden > 0 || expanded ? (
        <button
          type="button"
          className="facet-group__more"
          aria-expanded={expanded}
          aria-controls={`${id}options`}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? t('atlas.search.showFewer') : t('atlas.search.showAll', { count: offered.length })}
        </button>
      ) : null}
    </fieldset>
  );
}
