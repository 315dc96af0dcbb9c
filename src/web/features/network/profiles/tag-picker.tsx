import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Tag } from '../../../../shared/contracts/network-profiles.ts';
import { Combobox } from '../../../ui/combobox.tsx';
import { useTagSuggestions } from './profile-queries.ts';

/** A field for a tag of the shared vocabulary: suggestions as one types; what is typed may also be new. */
export function TagPicker({
  id,
  label,
  hint,
  error,
  value,
  onChange,
  onPick,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  onPick: (tag: Tag) => void;
}) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState(value);
  const suggestions = useTagSuggestions(typed);
  const options = typed.trim() === '' ? [] : (suggestions.data?.tags ?? []);
  return (
    <Combobox
      id={id}
      label={label}
      hint={hint}
      error={error}
      inputValue={value}
      onInputChange={(next) => {
        setTyped(next);
        onChange(next);
      }}
      options={options}
      optionKey={(tag) => tag.id}
      optionLabel={(tag) => tag.name}
      onSelect={(tag) => {
        onChange(tag.name);
        onPick(tag);
      }}
      status={t('networkProfiles.tags.count', { count: options.length })}
    />
  );
}
