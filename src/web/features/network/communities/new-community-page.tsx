import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COMMUNITY_LIMITS, type CommunityDetail } from '../../../../shared/contracts/network-communities.ts';
import { api } from '../../../api/client.ts';
import { Alert } from '../../../ui/alert.tsx';
import { Form } from '../../../ui/form.tsx';
import { PageTitle } from '../../../ui/page-title.tsx';
import { TextArea } from '../../../ui/text-area.tsx';
import { TextField } from '../../../ui/text-field.tsx';
import { useFormErrors } from '../../../ui/use-form-errors.ts';
import { RequireSignIn } from '../../accounts/require-sign-in.tsx';
import { CommunityOptions } from './community-options.tsx';
import { COMMUNITIES_KEY } from './queries.ts';

const FIELDS = ['name', 'description', 'joinPolicy', 'approveFirstPosts'];

/** /network/communities/new: found a community; whoever founds it moderates it. */
export function NewCommunityPage() {
  const { t } = useTranslation();
  return (
    <div className="narrow-page">
      <PageTitle lead={t('networkCommunities.new.lead')}>{t('networkCommunities.new.title')}</PageTitle>
      <RequireSignIn>
        {(me) =>
          me.organisation?.status === 'confirmed' ? (
            <NewCommunityForm />
          ) : (
            <Alert variant="info" title={t('networkCommunities.new.needsOrganisation')} />
          )
        }
      </RequireSignIn>
    </div>
  );
}

function NewCommunityForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [joinPolicy, setJoinPolicy] = useState<'open' | 'request'>('open');
  const [approveFirstPosts, setApproveFirstPosts] = useState(false);
  const form = useFormErrors('community');
  const create = useMutation({
    mutationFn: () =>
      api.post<CommunityDetail>('/network/communities', {
        name: name.trim(),
        description: description.trim(),
        joinPolicy,
        approveFirstPosts,
      }),
    onSuccess: async (community) => {
      await client.invalidateQueries({ queryKey: COMMUNITIES_KEY });
      await navigate({ to: '/network/communities/$slug', params: { slug: community.slug } });
    },
    onError: (error) => form.failFromServer(error, FIELDS),
  });
  return (
    <Form
      form={form}
      check={() => ({ name: name.trim() ? undefined : t('networkCommunities.new.nameRequired') })}
      onValid={() => create.mutate()}
      busy={create.isPending}
      error={create.error}
      submit={t('networkCommunities.new.submit')}
    >
      <TextField
        id={form.id('name')}
        label={t('networkCommunities.fields.name')}
        hint={t('networkCommunities.new.nameHint')}
        value={name}
        onChange={setName}
        error={form.errors.name}
        maxLength={COMMUNITY_LIMITS.name}
      />
      <TextArea
        id={form.id('description')}
        label={t('networkCommunities.fields.description')}
        hint={t('networkCommunities.new.descriptionHint')}
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
  );
}
