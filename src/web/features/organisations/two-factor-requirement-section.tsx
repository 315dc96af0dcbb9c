import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationDetail } from '../../../shared/contracts/organisations.ts';
import type { OrganisationTwoFactorScope } from '../../../shared/contracts/two-factor.ts';
import { isApiError } from '../../api/api-error.ts';
import { api } from '../../api/client.ts';
import { Alert } from '../../ui/alert.tsx';
import { Form } from '../../ui/form.tsx';
import { Loading } from '../../ui/loading.tsx';
import { ProblemAlert } from '../../ui/problem.tsx';
import { RadioGroup } from '../../ui/radio-group.tsx';
import { Section } from '../../ui/section.tsx';

const SCOPES: OrganisationTwoFactorScope[] = ['none', 'admins', 'members'];

/** Whom the organisation requires two-factor sign-in of: nobody, its admins, or all its members. */
export function TwoFactorRequirementSection({ organisation }: { organisation: OrganisationDetail }) {
  const { t } = useTranslation();
  const id = useId();
  const client = useQueryClient();
  const key = ['organisation-two-factor', organisation.id];
  const url = `/organisations/${organisation.id}/two-factor-requirement`;
  const current = useQuery({ queryKey: key, queryFn: () => api.get<{ scope: OrganisationTwoFactorScope }>(url) });
  const [scope, setScope] = useState<OrganisationTwoFactorScope>('none');
  const [saved, setSaved] = useState('');
  useEffect(() => {
    if (current.data) setScope(current.data.scope);
  }, [current.data]);
  const save = useMutation({
    mutationFn: () => api.put<{ scope: OrganisationTwoFactorScope }>(url, { scope }),
    onSuccess: (result) => {
      setSaved(t('orgTwoFactor.saved'));
      client.setQueryData(key, result);
    },
    onError: () => setSaved(''),
  });
  const needsOwn = isApiError(save.error) && save.error.type === 'two-factor-not-enabled';

  return (
    <Section title={t('orgTwoFactor.title')} level={3}>
      <p className="kern-body">{t('orgTwoFactor.lead')}</p>
      {current.isPending ? (
        <Loading />
      ) : current.error ? (
        <ProblemAlert error={current.error} />
      ) : (
        <>
          <div role="status">{saved ? <p className="kern-body">{saved}</p> : null}</div>
          <Form
            onValid={() => save.mutate()}
            busy={save.isPending}
            error={save.error}
            alert={needsOwn ? <Alert variant="danger" role="alert" title={t('orgTwoFactor.needsOwn')} /> : undefined}
            submit={t('orgTwoFactor.save')}
            submitVariant="secondary"
          >
            <RadioGroup
              id={id}
              legend={t('orgTwoFactor.legend')}
              value={scope}
              onChange={setScope}
              options={SCOPES.map((value) => ({
                value,
                label: t(`orgTwoFactor.scopes.${value}`),
                hint: t(`orgTwoFactor.scopeHints.${value}`),
              }))}
            />
          </Form>
        </>
      )}
    </Section>
  );
}
