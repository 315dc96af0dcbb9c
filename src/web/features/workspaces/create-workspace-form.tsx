import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../shared/contracts/accounts.ts';
import type { Workspace, WorkspaceVisibility } from '../../../shared/contracts/workspaces.ts';
import { api } from '../../api/client.ts';
import { Alert } from '../../ui/alert.tsx';
import { Form } from '../../ui/form.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { useFormErrors } from '../../ui/use-form-errors.ts';
import { useAlliances } from '../alliances/queries.ts';
import { VisibilityChoice } from './settings/visibility-choice.tsx';
import { WorkspaceProfileFields } from './settings/workspace-profile-fields.tsx';
import { WORKSPACES_KEY } from './workspace-queries.ts';

const FIELDS = ['name', 'description', 'owner', 'visibility'];

/** "Arbeitsraum anlegen": for one's confirmed organisation or one of its alliances. */
export function CreateWorkspaceForm({ me }: { me: Me }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const confirmed = me.organisation?.status === 'confirmed' ? me.organisation : null;
  const alliances = useAlliances({ mine: true }, Boolean(confirmed));
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [owner, setOwner] = useState(confirmed ? `organisation:${confirmed.id}` : '');
  const [visibility, setVisibility] = useState<WorkspaceVisibility>('members');
  const form = useFormErrors('workspace');
  const create = useMutation({
    mutationFn: () => {
      const [kind, id] = owner.split(':');
      return api.post<Workspace>('/workspaces', {
        name: name.trim(),
        ...(description.trim() ? { description: description.trim() } : {}),
        ...(kind === 'alliance' ? { ownerAllianceId: id } : { ownerOrganisationId: id }),
        visibility,
      });
    },
    onSuccess: async (workspace) => {
      await client.invalidateQueries({ queryKey: WORKSPACES_KEY });
      await client.invalidateQueries({ queryKey: ['chat'] });
      await navigate({ to: '/workspaces/$id', params: { id: workspace.id } });
    },
    onError: (error) => form.failFromServer(error, FIELDS),
  });

  if (!confirmed) return <Alert variant="info" title={t('workspaces.create.needsOrganisation')} />;
  const options = [
    { value: `organisation:${confirmed.id}`, label: confirmed.name },
    ...(alliances.data?.items ?? [])
      .filter((a) => a.myStatus === 'member')
      .map((a) => ({ value: `alliance:${a.id}`, label: t('workspaces.create.alliance', { name: a.name }) })),
  ];

  return (
    <Form
      form={form}
      check={() => ({ name: name.trim() ? undefined : t('workspaces.create.nameRequired') })}
      onValid={() => create.mutate()}
      busy={create.isPending}
      error={create.error}
      submit={t('workspaces.create.submit')}
      submitIcon="add"
    >
      <WorkspaceProfileFields
        form={form}
        name={name}
        onName={setName}
        description={description}
        onDescription={setDescription}
        nameHint={t('workspaces.create.nameHint')}
      />
      <SelectField
        id={form.id('owner')}
        label={t('workspaces.create.owner')}
        hint={t('workspaces.create.ownerHint')}
        value={owner}
        onChange={setOwner}
        options={options}
        error={form.errors.owner}
      />
      <VisibilityChoice id={form.id('visibility')} value={visibility} onChange={setVisibility} />
    </Form>
  );
}
