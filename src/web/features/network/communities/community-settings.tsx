import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COMMUNITY_LIMITS, type CommunityDetail } from '../../../../shared/contracts/network-communities.ts';
import { api } from '../../../api/client.ts';
import { Alert } from '../../../ui/alert.tsx';
import { Button } from '../../../ui/button.tsx';
import { Form } from '../../../ui/form.tsx';
import { Section } from '../../../ui/section.tsx';
import { TextArea } from '../../../ui/text-area.tsx';
import { TextField } from '../../../ui/text-field.tsx';
import { useFormErrors } from '../../../ui/use-form-errors.ts';
import { CommunityOptions } from './community-options.tsx';
import { COMMUNITIES_KEY, communityKey, communityPath } from './queries.ts';

const FIELDS = ['name', 'description', 'joinPolicy', 'approveFirstPosts'];

/** Moderators: name, description, how to join, held first posts; archive or restore. */
export function CommunitySettings({ community }: { community: CommunityDetail }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [name, setName] = useState(community.name);
  const [description, setDescription] = useState(community.description);
  const [joinPolicy, setJoinPolicy] = useState(community.joinPolicy);
  const [approveFirstPosts, setApproveFirstPosts] = useState(community.approveFirstPosts);
  const [saved, setSaved] = useState(false);
  const form = useFormErrors('community-settings');
  const refresh = async () => {
    await client.invalidateQueries({ queryKey: communityKey(community.slug) });
    await client.invalidateQueries({ queryKey: COMMUNITIES_KEY });
  };
  const save = useMutation({
    mutationFn: (body: Record<string, unknown>) => api.patch<CommunityDetail>(communityPath(community.id), body),
    onSuccess: async () => {
      setSaved(true);
      await refresh();
    },
    onError: (error) => form.failFromServer(error, FIELDS),
  });
  return (
    <Section title={t('networkCommunities.settings.title')}>
      {saved ? <Alert variant="success" title={t('networkCommunities.settings.saved')} role="status" /> : null}
      <Form
        form={form}
        check={() => ({ name: name.trim() ? undefined : t('networkCommunities.new.nameRequired') })}
        onValid={() => {
          setSaved(false);
          save.mutate({ name: name.trim(), description: description.trim(), joinPolicy, approveFirstPosts });
        }}
        busy={save.isPending}
        error={save.error}
        submit={t('networkCommunities.settings.save')}
      >
        <TextField
          id={form.id('name')}
          label={t('networkCommunities.fields.name')}
          value={name}
          onChange={setName}
          error={form.errors.name}
          maxLength={COMMUNITY_LIMITS.name}
        />
        <TextArea
          id={form.id('description')}
          label={t('networkCommunities.fields.description')}
          value={description}
          onChange={setDescription}
          error={form.errors.description}
          maxLength={COMMUNITY_LIMITS.description}
          optional
        />
        <CommunityOptions
          idPrefix={form.id('joinPolicy')}
          joinPolicy={joinPolicy}
          onJoinPolicy={setJoinPolicy}
          approveFirstPosts={approveFirstPosts}
          onApproveFirstPosts={setApproveFirstPosts}
        />
      </Form>
      <div className="kern-btn-wrapper">
        <Button
          variant="secondary"
          busy={save.isPending}
          onClick={() => {
            setSaved(false);
            save.mutate({ archived: !community.archivedAt });
          }}
        >
          {community.archivedAt ? t('networkCommunities.settings.restore') : t('networkCommunities.settings.archive')}
        </Button>
      </div>
    </Section>
  );
}
