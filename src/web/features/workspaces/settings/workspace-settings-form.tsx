import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workspace, WorkspaceVisibility } from '../../../../shared/contracts/workspaces.ts';
import { Alert } from '../../../ui/alert.tsx';
import { Form } from '../../../ui/form.tsx';
import { useFormErrors } from '../../../ui/use-form-errors.ts';
import { useUpdateWorkspace } from '../workspace-queries.ts';
import { VisibilityChoice } from './visibility-choice.tsx';
import { WorkspaceProfileFields } from './workspace-profile-fields.tsx';

/** Name, description and visibility of the workspace (owners). */
export function WorkspaceSettingsForm({ workspace }: { workspace: Workspace }) {
  const { t } = useTranslation();
  const [name, setName] = useState(workspace.name);
  const [description, setDescription] = useState(workspace.description);
  const [visibility, setVisibility] = useState<WorkspaceVisibility>(workspace.visibility);
  const form = useFormErrors('workspace-settings');
  const update = useUpdateWorkspace(workspace.id);
  return (
    <>
      {update.isSuccess ? <Alert variant="success" role="status" title={t('workspaces.settings.saved')} /> : null}
      <Form
        form={form}
        check={() => ({ name: name.trim() ? undefined : t('workspaces.create.nameRequired') })}
        onValid={() =>
          update.mutate(
            { name: name.trim(), description: description.trim(), visibility },
            { onError: (error) => form.failFromServer(error, ['name', 'description', 'visibility']) },
          )
        }
        busy={update.isPending}
        error={update.error}
        submit={t('workspaces.settings.save')}
      >
        <WorkspaceProfileFields
          form={form}
          name={name}
          onName={setName}
          description={description}
          onDescription={setDescription}
        />
        <VisibilityChoice id={form.id('visibility')} value={visibility} onChange={setVisibility} />
      </Form>
    </>
  );
}
