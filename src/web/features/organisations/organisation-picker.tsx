import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationSummary, Page } from '../../../shared/contracts/organisations.ts';
import { api, query } from '../../api/client.ts';
import { Combobox } from '../../ui/combobox.tsx';
import { describeOrganisation } from './describe-organisation.ts';
import { useDebounced } from './use-debounced.ts';

interface OrganisationPickerProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  optional?: boolean;
  value: OrganisationSummary | null;
  onChange: (organisation: OrganisationSummary | null) => void;
  /** Organisations not to offer (e.g. those already in an alliance). */
  exclude?: string[];
}

const MIN_CHARS = 2;

/** Finds an organisation of the directory by name, AGS or ARS: the picker used wherever one is named. */
export function OrganisationPicker({
  id,
  label,
  hint,
  error,
  optional,
  value,
  onChange,
  exclude,
}: OrganisationPickerProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(value?.name ?? '');
  const term = useDebounced(text.trim(), 250);
  const enabled = term.length >= MIN_CHARS && term !== value?.name;
  const results = useQuery({
    queryKey: ['organisations', 'picker', term],
    queryFn: ({ signal }) =>
      api.get<Page<OrganisationSummary>>(`/organisations${query({ q: term, limit: 10 })}`, { signal }),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
  const options = enabled ? (results.data?.items ?? []).filter((o) => !exclude?.includes(o.id)) : [];

  let status: string;
  if (text.trim().length < MIN_CHARS) status = t('picker.typeMore', { count: MIN_CHARS });
  else if (results.isFetching) status = t('picker.searching');
  else status = options.length ? t('picker.results', { count: options.length }) : t('picker.none');

  return (
    <div className="organisation-picker">
      <Combobox
        id={id}
        label={label}
        hint={
          <>
            {hint ? <>{hint} </> : null}
            {t('picker.hint')}
          </>
        }
        error={error}
        optional={optional}
        inputValue={text}
        onInputChange={(next) => {
          setText(next);
          if (value) onChange(null);
        }}
        options={options}
        optionKey={(o) => o.id}
        optionLabel={(o) => o.name}
        renderOption={(o) => (
          <span className="combobox__option-text">
            <span className="combobox__option-name">{o.name}</span>
            <span className="combobox__option-meta">{describeOrganisation(t, o)}</span>
          </span>
        )}
        onSelect={(o) => {
          setText(o.name);
          onChange(o);
        }}
        status={status}
      />
      {value ? (
        <p className="kern-body kern-body--small organisation-picker__selected">
          {t('picker.selected')} <strong>{value.name}</strong> ({describeOrganisation(t, value)})
        </p>
      ) : null}
    </div>
  );
}
