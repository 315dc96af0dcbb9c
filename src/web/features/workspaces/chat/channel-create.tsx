import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from '../../../ui/form.tsx';
import { TextField } from '../../../ui/text-field.tsx';
import { useFormErrors } from '../../../ui/use-form-errors.ts';
import { useCreateChannel } from './chat-queries.ts';

/** Name and kind of a new channel: open to every member, or closed (only those added). */
export function ChannelCreateForm({ workspaceId, onDone }: { workspaceId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [closed, setClosed] = useState(false);
  const form = useFormErrors(`new-channel-${workspaceId.slice(-6)}`);
  const create = useCreateChannel(workspaceId);
  return (
    <Form
      form={form}
      check={() => ({ name: name.trim() ? undefined : t('workspaces.channel.nameRequired') })}
      onValid={() =>
        create.mutate(
          { name: name.trim(), closed },
          {
            onSuccess: (channel) => {
              onDone();
              void navigate({ to: '/chat/$channelId', params: { channelId: channel.id } });
            },
            onError: (error) => form.failFromServer(error, ['name']),
          },
        )
      }
      busy={create.isPending}
      error={create.error}
      submit={t('workspaces.channel.create')}
    >
      <TextField
        id={form.id('name')}
        label={t('workspaces.channel.name')}
        hint={t('workspaces.channel.nameHint')}
        value={name}
        onChange={setName}
        error={form.errors.name}
        maxLength={80}
      />
      <div className="kern-form-check">
        <input
          className="kern-form-check__checkbox"
          type="checkbox"
          id={form.id('closed')}
          checked={closed}
          onChange={(event) => setClosed(event.target.checked)}
        />
        <label className="kern-label" htmlFor={form.id('closed')}>
          {t('workspaces.channel.closed')}
        </label>
      </div>
    </Form>
  );
}
