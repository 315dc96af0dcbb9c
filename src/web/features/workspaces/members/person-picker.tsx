import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonHit } from '../../../../shared/contracts/accounts.ts';
import { api, query } from '../../../api/client.ts';
import { Combobox } from '../../../ui/combobox.tsx';
import { useDebounced } from '../../organisations/use-debounced.ts';

interface PersonPickerProps {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  /** People to offer besides those the directory finds, e.g. the workspace's members. */
  known?: PersonHit[];
  /** People not to offer (already chosen, already members, oneself). */
  exclude: string[];
  onSelect: (person: PersonHit) => void;
  /** Offer only `known` people, without asking the directory (e.g. adding a workspace member to a channel). */
  knownOnly?: boolean;
}

const MIN_CHARS = 2;

/** Finds a person by name: the people one already works with, and confirmed members of any organisation. */
export function PersonPicker({ id, label, hint, error, known = [], exclude, onSelect, knownOnly }: PersonPickerProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const term = useDebounced(text.trim(), 250);
  const enabled = term.length >= MIN_CHARS && !knownOnly;
  const results = useQuery({
    queryKey: ['persons', 'picker', term],
    queryFn: ({ signal }) => api.get<{ items: PersonHit[] }>(`/persons${query({ q: term, limit: 10 })}`, { signal }),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
  const lower = text.trim().toLocaleLowerCase('de');
  const fromKnown = lower
    ? known.filter(
        (p) =>
          p.name
            .toLocaleLowerCase('de')
            .split(/\s+/)
            .some((w) => w.startsWith(lower)) || p.name.toLocaleLowerCase('de').startsWith(lower),
      )
    : [];
  const seen = new Set(exclude);
  const options: PersonHit[] = [];
  for (const person of [...fromKnown, ...(enabled ? (results.data?.items ?? []) : [])]) {
    if (seen.has(person.id)) continue;
    seen.add(person.id);
    options.push(person);
  }

  let status: string;
  if (!knownOnly && text.trim().length < MIN_CHARS && options.length === 0)
    status = t('workspaces.picker.typeMore', { count: MIN_CHARS });
  else if (results.isFetching) status = t('workspaces.picker.searching');
  else
    status = options.length ? t('workspaces.picker.results', { count: options.length }) : t('workspaces.picker.none');

  return (
    <Combobox
      id={id}
      label={label}
      hint={hint ?? t('workspaces.picker.hint')}
      error={error}
      inputValue={text}
      onInputChange={setText}
      options={options.slice(0, 10)}
      optionKey={(p) => p.id}
      optionLabel={(p) => p.name}
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
