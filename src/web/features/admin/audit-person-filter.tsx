import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminPerson } from '../../../shared/contracts/admin.ts';
import type { Page } from '../../../shared/contracts/organisations.ts';
import { api, query } from '../../api/client.ts';
import { Button } from '../../ui/button.tsx';
import { Combobox } from '../../ui/combobox.tsx';
import { useDebounced } from '../organisations/use-debounced.ts';

const MIN_CHARS = 2;

/** Who the person filter names: looked up by ID, so a link to the log of one person shows their name. */
function useChosenPerson(id: string | undefined) {
  return useQuery({
    queryKey: ['admin', 'persons', 'by-id', id],
    queryFn: () => api.get<Page<AdminPerson>>(`/admin/persons${query({ q: id, limit: 1 })}`),
    enabled: Boolean(id),
    select: (page) => page.items[0] ?? null,
  });
}

/** Chooses the acting person the audit log is filtered by: any account, found by name or e-mail. */
export function AuditPersonFilter({
  id,
  personId,
  onChange,
}: {
  id: string;
  personId: string | undefined;
  onChange: (personId: string | undefined) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const term = useDebounced(text.trim(), 250);
  const enabled = term.length >= MIN_CHARS;
  const results = useQuery({
    queryKey: ['admin', 'persons', 'picker', term],
    queryFn: ({ signal }) => api.get<Page<AdminPerson>>(`/admin/persons${query({ q: term, limit: 10 })}`, { signal }),
    enabled,
    placeholderData: keepPreviousData,
  });
  const chosen = useChosenPerson(personId);

  if (personId) {
    const name = chosen.data?.name ?? (chosen.isPending ? '…' : t('admin.audit.deleted'));
    return (
      <div className="kern-form-input audit-person">
        <p className="kern-label" id={`${id}-label`}>
          {t('admin.audit.person')}
        </p>
        <p className="kern-body audit-person__chosen">
          <strong>{name}</strong>
          {chosen.data ? <span> ({chosen.data.email})</span> : null}
        </p>
        <Button small variant="tertiary" icon="close" onClick={() => onChange(undefined)}>
          {t('admin.audit.anyPerson')}
          <span className="visually-hidden"> ({name})</span>
        </Button>
      </div>
    );
  }

  const options = enabled ? (results.data?.items ?? []) : [];
  const status =
    text.trim().length < MIN_CHARS
      ? t('admin.audit.picker.typeMore', { count: MIN_CHARS })
      : results.isFetching
        ? t('admin.audit.picker.searching')
        : options.length
          ? t('admin.audit.picker.results', { count: options.length })
          : t('admin.audit.picker.none');
  return (
    <Combobox
      id={id}
      label={t('admin.audit.person')}
      hint={t('admin.audit.personHint')}
      optional
      inputValue={text}
      onInputChange={setText}
      options={options}
      optionKey={(p) => p.id}
      optionLabel={(p) => p.name}
      renderOption={(p) => (
        <span className="combobox__option-text">
          <span className="combobox__option-name">{p.name}</span>
          <span className="combobox__option-meta">{p.email}</span>
        </span>
      )}
      onSelect={(p) => {
        setText('');
        onChange(p.id);
      }}
      status={status}
    />
  );
}
