import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonHit } from '../../../../shared/contracts/accounts.ts';
import type { ChannelDetail } from '../../../../shared/contracts/chat.ts';
import { Alert } from '../../../ui/alert.tsx';
import { Button } from '../../../ui/button.tsx';
import { Form } from '../../../ui/form.tsx';
import { TextField } from '../../../ui/text-field.tsx';
import { useFormErrors } from '../../../ui/use-form-errors.ts';
import { PersonPicker } from '../members/person-picker.tsx';
import { type ChannelMember, useAddChannelMember, useUpdateChannel } from './chat-queries.ts';

interface ChannelSettingsProps {
  channel: ChannelDetail;
  /** The workspace's members, to add to the channel. */
  workspaceMembers: PersonHit[];
  readers: ChannelMember[];
}

/** Rename or archive a channel (its creator, the workspace's owners); add people to it. */
export function ChannelSettings({ channel, workspaceMembers, readers }: ChannelSettingsProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(channel.name ?? '');
  const [topic, setTopic] = useState(channel.topic);
  const [added, setAdded] = useState<string | null>(null);
  const form = useFormErrors('channel-settings');
  const update = useUpdateChannel(channel.id);
  const add = useAddChannelMember(channel.id);
  const archived = channel.archivedAt !== null;

  return (
    <div className="channel-settings stack-sm">
      {channel.viewer.canManage ? (
        <>
          <Form
            form={form}
            check={() => ({ name: name.trim() ? undefined : t('workspaces.channel.nameRequired') })}
            onValid={() =>
              update.mutate(
                { name: name.trim(), topic: topic.trim() },
                { onError: (error) => form.failFromServer(error, ['name', 'topic']) },
              )
            }
            busy={update.isPending}
            error={update.error}
            submit={t('workspaces.channel.save')}
          >
            <TextField
              id={form.id('name')}
              label={t('workspaces.channel.name')}
              value={name}
              onChange={setName}
              error={form.errors.name}
              maxLength={80}
            />
            <TextField
              id={form.id('topic')}
              label={t('workspaces.channel.topic')}
              value={topic}
              onChange={setTopic}
              error={form.errors.topic}
              maxLength={500}
              optional
            />
          </Form>
          {update.isSuccess ? <Alert variant="success" role="status" title={t('workspaces.channel.saved')} /> : null}
          {channel.isDefault ? null : (
            <Button
              variant="secondary"
              small
              busy={update.isPending}
              onClick={() => update.mutate({ archived: !archived })}
            >
              {archived ? t('workspaces.channel.restore') : t('workspaces.channel.archive')}
            </Button>
          )}
        </>
      ) : null}
      {channel.viewer.canAddMembers && channel.kind === 'channel' ? (
        <>
          <PersonPicker
            id="channel-add-person"
            label={t('workspaces.channel.addPerson')}
            hint={t('workspaces.channel.addPersonHint')}
            known={workspaceMembers}
            knownOnly
            exclude={readers.map((r) => r.id)}
            onSelect={(person) => add.mutate(person.id, { onSuccess: () => setAdded(person.name) })}
          />
          {added ? (
            <Alert variant="success" role="status" title={t('workspaces.channel.added', { name: added })} />
          ) : null}
          {add.error ? <Alert variant="danger" role="alert" title={t('workspaces.channel.addFailed')} /> : null}
        </>
      ) : null}
    </div>
  );
}
