import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/api-error.ts';
import { Form } from '../../../ui/form.tsx';
import { TextField } from '../../../ui/text-field.tsx';
import { useFormErrors } from '../../../ui/use-form-errors.ts';
import type { DocumentSpace } from '../document-types.ts';
import { documentsApi, useDocumentsWrite } from '../queries.ts';
import { DocumentsProblem, documentsProblemText } from '../space-parts.tsx';

/** A new folder in the folder shown; `onCreated` hears its name, for the page to announce. */
export function NewFolderForm({
  space,
  parentId,
  onCreated,
}: {
  space: DocumentSpace;
  parentId: string | null;
  onCreated: (name: string) => void;
}) {
  const { t } = useTranslation();
  const form = useFormErrors('new-folder');
  const [name, setName] = useState('');
  const create = useDocumentsWrite((folderName: string) =>
    documentsApi.createFolder(space.kind, space.id, { name: folderName, parentId }),
  );
  return (
    <Form
      form={form}
      check={() => ({ name: name.trim() ? undefined : t('documents.problems.nameRequired') })}
      onValid={() =>
        create.mutate(name.trim(), {
          onSuccess: (item) => {
            setName('');
            onCreated(item.name);
          },
          onError: (error) => {
            if (error instanceof ApiError && error.status < 500 && error.status !== 403 && error.status !== 413)
              form.fail({ name: documentsProblemText(t, error) });
          },
        })
      }
      busy={create.isPending}
      alert={<DocumentsProblem error={form.hasErrors ? null : create.error} />}
      submit={t('documents.newFolder.submit')}
      submitVariant="secondary"
      submitIcon="add"
    >
      <TextField
        id={form.id('name')}
        label={t('documents.newFolder.label')}
        value={name}
        onChange={setName}
        maxLength={255}
        error={form.errors.name}
      />
    </Form>
  );
}
