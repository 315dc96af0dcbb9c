import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommunityDetail } from '../../../../shared/contracts/network-communities.ts';
import { api } from '../../../api/client.ts';
import { Alert } from '../../../ui/alert.tsx';
import { Form } from '../../../ui/form.tsx';
import { PageTitle } from '../../../ui/page-title.tsx';
import { useFormErrors } from '../../../ui/use-form-errors.ts';
import { RequireSignIn } from '../../accounts/require-sign-in.tsx';
import {
  COMMUNITY_FIELDS,
  CommunityFields,
  type CommunityFieldValues,
  checkCommunityFields,
  communityBody,
} from './community-fields.tsx';
import { COMMUNITIES_KEY } from './queries.ts';

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
  const [values, setValues] = useState<CommunityFieldValues>({
    name: '',
    description: '',
    joinPolicy: 'open',
    approveFirstPosts: false,
  });
  const form = useFormErrors('community');
  const create = useMutation({
    mutationFn: () => api.post<CommunityDetail>('/network/communities', communityBody(values)),
    onSuccess: async (community) => {
      await client.invalidateQueries({ queryKey: COMMUNITIES_KEY });
      await navigate({ to: '/network/communities/$slug', params: { slug: community.slug } });
    },
    onError: (error) => form.failFromServer(error, COMMUNITY_FIELDS),
  });
  return (
    <Form
      form={form}
      check={() => checkCommunityFields(values, t)}
      onValid={() => create.mutate()}
      busy={create.isPending}
      error={create.error}
      submit={t('networkCommunities.new.submit')}
    >
      <CommunityFields
        form={form}
        values={values}
        onChange={(change) => setValues((v) => ({ ...v, ...change }))}
        hints
      />
    </Form>
  );
}
