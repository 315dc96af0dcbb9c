import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommunityDetail, UpdateCommunityInput } from '../../../../shared/contracts/network-communities.ts';
import { api } from '../../../api/client.ts';
import { Alert } from '../../../ui/alert.tsx';
import { Button } from '../../../ui/button.tsx';
import { Form } from '../../../ui/form.tsx';
import { Section } from '../../../ui/section.tsx';
import { useFormErrors } from '../../../ui/use-form-errors.ts';
import {
  COMMUNITY_FIELDS,
  CommunityFields,
  type CommunityFieldValues,
  checkCommunityFields,
  communityBody,
} from './community-fields.tsx';
import { COMMUNITIES_KEY, communityKey, communityPath } from './queries.ts';

/** Moderators: name, description, how to join, held first posts; archive or restore. */
export function CommunitySettings({ community }: { community: CommunityDetail }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [values, setValues] = useState<CommunityFieldValues>({
    name: community.name,
    description: community.description,
    joinPolicy: community.joinPolicy,
    approveFirstPosts: community.approveFirstPosts,
  });
  const [saved, setSaved] = useState(false);
  const form = useFormErrors('community-settings');
  const refresh = async () => {
    await client.invalidateQueries({ queryKey: communityKey(community.slug) });
    await client.invalidateQueries({ queryKey: COMMUNITIES_KEY });
  };
  const save = useMutation({
    mutationFn: (body: UpdateCommunityInput) => api.patch<CommunityDetail>(communityPath(community.id), body),
    onSuccess: async () => {
      setSaved(true);
      await refresh();
    },
    onError: (error) => form.failFromServer(error, COMMUNITY_FIELDS),
  });
  return (
    <Section title={t('networkCommunities.settings.title')}>
      {saved ? <Alert variant="success" title={t('networkCommunities.settings.saved')} role="status" /> : null}
      <Form
        form={form}
        check={() => checkCommunityFields(values, t)}
        onValid={() => {
          setSaved(false);
          save.mutate(communityBody(values));
        }}
        busy={save.isPending}
        error={save.error}
        submit={t('networkCommunities.settings.save')}
      >
        <CommunityFields form={form} values={values} onChange={(change) => setValues((v) => ({ ...v, ...change }))} />
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
