import { useTranslation } from 'react-i18next';
import { TextArea } from '../../../ui/text-area.tsx';
import { TextField } from '../../../ui/text-field.tsx';
import type { FormErrors } from '../../../ui/use-form-errors.ts';

interface WorkspaceProfileFieldsProps {
  form: FormErrors;
  name: string;
  onName: (value: string) => void;
  description: string;
  onDescription: (value: string) => void;
  /** The hint under the name, shown when a workspace is created. */
  nameHint?: string | undefined;
}

/** A workspace's name and description, as the create and the settings forms ask for them. */
export function WorkspaceProfileFields({
  form,
  name,
  onName,
  description,
  onDescription,
  nameHint,
}: WorkspaceProfileFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        id={form.id('name')}
        label={t('workspaces.create.name')}
        hint={nameHint}
        value={name}
        onChange={onName}
        error={form.errors.name}
        maxLength={120}
      />
      <TextArea
        id={form.id('description')}
        label={t('workspaces.create.description')}
        value={description}
        onChange={onDescription}
        error={form.errors.description}
        maxLength={4000}
        rows={3}
        optional
      />
    </>
  );
}
