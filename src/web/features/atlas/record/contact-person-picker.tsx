import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonHit } from '../../../../shared/contracts/accounts.ts';
import { api, query } from '../../../api/client.ts';
import { Combobox } from '../../../ui/combobox.tsx';
import { useDebounced } from '../../organisations/use-debounced.ts';

const MIN_CHARS = 2;
const SHOWN = 10;

/**
 * Finds a contact person among the people on the platform (confirmed members of an organisation) by
 * name, showing each with their organisation so two people of the same name can be told apart.
 */
export function ContactPersonPicker({
  id,
  exclude,
  onSelect,
}: {
  id: string;
  /** People already listed as contacts. */
  exclude: readonly string[];
  onSelect: (person: PersonHit) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const term = useDebounced(text.trim(), 250);
  const enabled = term.length >= MIN_CHARS;
  const results = useQuery({
    queryKey: ['persons', 'search', term],
    queryFn: ({ signal }) => api.get<{ items: PersonHit[] }>(`/persons${query({ q: term, limit: 20 })}`, { signal }),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
  const options = enabled ? (results.data?.items ?? []).filter((p) => !exclude.includes(p.id)).slice(0, SHOWN) : [];

  let status: string;
  if (text.trim().length < MIN_CHARS) status = t('atlas.form.personPicker.typeMore', { count: MIN_CHARS });
  else if (results.isFetching) status = t('atlas.form.personPicker.searching');
  else if (results.isError) status = t('atlas.form.personPicker.failed');
  else
    status = options.length
      ? t('atlas.form.personPicker.results', { count: options.length })
      : t('atlas.form.personPicker.none');

  return (
    <Combobox
      id={id}
      label={t('atlas.form.personPicker.label')}
      hint={t('atlas.form.personPicker.hint')}
      optional
      inputValue={text}
      onInputChange={setText}
      options={options}
      optionKey={(p) => p.id}
      optionLabel={(p) => (p.organisation ? `${p.name}, ${p.organisation.name}` : p.name)}
      renderOption={(p) => (
        <span className="combobox__option-text">
          <span className="combobox__option-name">{p.name}</span>
          {p.organisation ? <span className="combobox__option-meta">{p.organisation.name}</span> : null}
        </span>
      )}
      onSelect={(p) => {
        setText('');
        onSelect(p);
      }}
      status={status}
    />
  );
}
