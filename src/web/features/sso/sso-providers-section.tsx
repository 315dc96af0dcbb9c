import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SsoProviderView } from '../../../shared/contracts/sso-admin.ts';
import { api } from '../../api/client.ts';
import { Alert } from '../../ui/alert.tsx';
import { Badge } from '../../ui/badge.tsx';
import { Button } from '../../ui/button.tsx';
import { ConfirmButton } from '../../ui/confirm-button.tsx';
import { DescriptionList } from '../../ui/description-list.tsx';
import { Loading } from '../../ui/loading.tsx';
import { ProblemAlert } from '../../ui/problem.tsx';
import { Section } from '../../ui/section.tsx';
import { SSO_PROVIDERS_KEY, SsoProviderForm } from './sso-provider-form.tsx';
import './sso-admin.css';

/** /admin/settings: the sign-in providers — those of the environment read-only, the others added and changed here. */
export function SsoProvidersSection() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const providers = useQuery({
    queryKey: SSO_PROVIDERS_KEY,
    queryFn: () => api.get<SsoProviderView[]>('/admin/sso/providers'),
  });
  const [editing, setEditing] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  // The key, not the text: the message follows a change of the interface language.
  const [done, setDone] = useState<{ key: string; name?: string } | null>(null);
  const remove = useMutation({
    mutationFn: (id: string) => api.delete(`/admin/sso/providers/${id}`),
    onSuccess: () => {
      setDone({ key: 'sso.admin.removed' });
      void client.invalidateQueries({ queryKey: SSO_PROVIDERS_KEY });
      void client.invalidateQueries({ queryKey: ['sso-providers'] });
    },
  });
  return (
    <Section title={t('sso.admin.title')}>
      <p className="kern-body">{t('sso.admin.lead')}</p>
      {done ? <Alert variant="success" role="status" title={t(done.key, { name: done.name })} /> : null}
      <ProblemAlert error={providers.error ?? remove.error} />
      {providers.isPending ? <Loading /> : null}
      <ul className="plain-list stack-sm" aria-label={t('sso.admin.list')}>
        {(providers.data ?? []).map((provider) => (
          <li key={provider.id} className="sso-admin__provider">
            <h3 className="kern-heading-small">
              {provider.name}{' '}
              {provider.source === 'environment' ? (
                <Badge variant="info">{t('sso.admin.fromEnvironment')}</Badge>
              ) : provider.enabled ? (
                <Badge variant="success">{t('sso.admin.on')}</Badge>
              ) : (
                <Badge variant="warning">{t('sso.admin.off')}</Badge>
              )}
            </h3>
            {editing === provider.id ? (
              <SsoProviderForm
                provider={provider}
                onDone={() => {
                  setEditing(null);
                  setDone({ key: 'sso.admin.saved', name: provider.name });
                }}
              />
            ) : (
              <>
                <DescriptionList
                  items={[
                    { key: 'id', label: t('sso.admin.id'), value: provider.id },
                    { key: 'issuer', label: t('sso.admin.issuer'), value: provider.issuer },
                    { key: 'clientId', label: t('sso.admin.clientId'), value: provider.clientId },
                    {
                      key: 'secret',
                      label: t('sso.admin.clientSecret'),
                      value: provider.clientSecretSet ? t('sso.admin.secretSet') : '–',
                    },
                    {
                      key: 'callbackUrl',
                      label: t('sso.admin.callbackUrl'),
                      value: <code>{provider.callbackUrl}</code>,
                    },
                    {
                      key: 'logoutUrl',
                      label: t('sso.admin.logoutUrl'),
                      value: <code>{provider.backchannelLogoutUrl}</code>,
                    },
                    {
                      key: 'groups',
                      label: t('sso.admin.groupRoles'),
                      value:
                        provider.groupRoles.length > 0
                          ? provider.groupRoles.map((g) => `${g.group} → ${t(`roles.${g.role}`)}`).join(', ')
                          : '–',
                    },
                  ]}
                />
                {provider.source === 'admin' ? (
                  <div className="kern-btn-wrapper">
                    <Button
                      variant="secondary"
                      small
                      onClick={() => {
                        setDone(null);
                        setEditing(provider.id);
                      }}
                    >
                      {t('sso.admin.edit', { name: provider.name })}
                    </Button>
                    <ConfirmButton
                      small
                      question={t('sso.admin.removeQuestion', { name: provider.name })}
                      confirmLabel={t('sso.admin.removeConfirm')}
                      busy={remove.isPending}
                      onConfirm={() => remove.mutate(provider.id)}
                    >
                      {t('sso.admin.remove', { name: provider.name })}
                    </ConfirmButton>
                  </div>
                ) : (
                  <p className="kern-body">{t('sso.admin.environmentHint')}</p>
                )}
              </>
            )}
          </li>
        ))}
      </ul>
      {adding ? (
        <Section title={t('sso.admin.new')} level={3}>
          <SsoProviderForm
            onDone={() => {
              setAdding(false);
              setDone({ key: 'sso.admin.added' });
            }}
          />
        </Section>
      ) : (
        <div>
          <Button
            variant="secondary"
            onClick={() => {
              setDone(null);
              setAdding(true);
            }}
          >
            {t('sso.admin.addProvider')}
          </Button>
        </div>
      )}
    </Section>
  );
}
