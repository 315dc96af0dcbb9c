import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SsoRequirement } from '../../../shared/contracts/sso.ts';
import { api } from '../../api/client.ts';
import { Alert } from '../../ui/alert.tsx';
import { Form } from '../../ui/form.tsx';
import { Loading } from '../../ui/loading.tsx';
import { ProblemAlert } from '../../ui/problem.tsx';
import { Section } from '../../ui/section.tsx';

/**
 * The organisation administration's switch "members sign in only by single sign-on": offered while a
 * provider vouches for the organisation.
 */
export function SsoRequirementSection({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const key = ['sso-requirement', organisationId];
  const client = useQueryClient();
  const requirement = useQuery({
    queryKey: key,
    queryFn: () => api.get<SsoRequirement>(`/organisations/${organisationId}/sso-requirement`),
  });
  const [required, setRequired] = useState<boolean | null>(null);
  const [saved, setSaved] = useState(false);
  const save = useMutation({
    mutationFn: (next: boolean) =>
      api.put<SsoRequirement>(`/organisations/${organisationId}/sso-requirement`, { required: next }),
    onSuccess: (next) => {
      client.setQueryData(key, next);
      setRequired(next.required);
      setSaved(true);
    },
  });
  const value = requirement.data;
  if (value && value.providers.length === 0 && !value.required) return null;
  const checked = required ?? value?.required ?? false;
  const names = value?.providers.map((p) => p.name).join(', ') ?? '';
  return (
    <Section title={t('sso.requirement.title')} level={3}>
      {requirement.isPending ? (
        <Loading />
      ) : value ? (
        <>
          {saved ? <Alert variant="success" role="status" title={t('sso.requirement.saved')} /> : null}
          <Form
            onValid={() => {
              setSaved(false);
              save.mutate(checked);
            }}
            busy={save.isPending}
            error={save.error}
            submit={t('sso.requirement.save')}
          >
            <div className="kern-form-check">
              <input
                className="kern-form-check__checkbox"
                type="checkbox"
                id={`sso-required-${organisationId}`}
                aria-describedby={`sso-required-hint-${organisationId}`}
                checked={checked}
                onChange={(event) => {
                  setSaved(false);
                  setRequired(event.target.checked);
                }}
              />
              <label className="kern-label" htmlFor={`sso-required-${organisationId}`}>
                {t('sso.requirement.label', { providers: names })}
              </label>
            </div>
            <p className="kern-body" id={`sso-required-hint-${organisationId}`}>
              {t('sso.requirement.hint')}
            </p>
          </Form>
        </>
      ) : (
        <ProblemAlert error={requirement.error} />
      )}
    </Section>
  );
}
