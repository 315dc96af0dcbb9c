import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PORTFOLIO_SORTS, type PortfolioSort } from '../../../../shared/contracts/portfolio.ts';
import { PROJECT_STATUSES } from '../../../../shared/contracts/projects.ts';
import { Button } from '../../../ui/button.tsx';
import { SelectField } from '../../../ui/select-field.tsx';
import { type PortfolioSearch, statusChoice, statusesOf } from './portfolio-search.ts';

/** The status filter and the order, applied with the button and kept in the address (the colours filter at once). */
export function PortfolioFilters({
  search,
  onApply,
}: {
  search: PortfolioSearch;
  onApply: (search: PortfolioSearch) => void;
}) {
  const { t } = useTranslation();
  const [status, setStatus] = useState(statusChoice(search.status));
  const [sort, setSort] = useState<PortfolioSort>(search.sort ?? 'health');
  const presets = ['', 'open', ...PROJECT_STATUSES];
  // A combination written in the address by hand is offered as it is, so the select never lies.
  const custom = presets.includes(status) ? [] : [status];

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    onApply({ ...search, status: statusesOf(status), sort: sort === 'health' ? undefined : sort });
  }

  return (
    <form className="filter-panel portfolio-filters" noValidate onSubmit={onSubmit} aria-label={t('portfolio.filters')}>
      <div className="portfolio-filters__fields">
        <SelectField
          id="portfolio-status"
          label={t('portfolio.status.label')}
          value={status}
          onChange={setStatus}
          options={[
            { value: '', label: t('portfolio.status.all') },
            { value: 'open', label: t('portfolio.status.open') },
            ...PROJECT_STATUSES.map((value) => ({ value, label: t(`projects.status.${value}`) })),
            ...custom.map((value) => ({
              value,
              label: (statusesOf(value) ?? []).map((s) => t(`projects.status.${s}`)).join(', '),
            })),
          ]}
        />
        <SelectField
          id="portfolio-sort"
          label={t('portfolio.sort.label')}
          value={sort}
          onChange={(value) => setSort(value as PortfolioSort)}
          options={PORTFOLIO_SORTS.map((value) => ({ value, label: t(`portfolio.sort.${value}`) }))}
        />
        <div className="kern-btn-wrapper portfolio-filters__apply">
          <Button type="submit">{t('portfolio.apply')}</Button>
        </div>
      </div>
    </form>
  );
}
