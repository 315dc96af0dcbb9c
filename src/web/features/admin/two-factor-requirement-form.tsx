import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TwoFactorRequirement } from '../../../shared/contracts/two-factor-requirement.ts';
import { api } from '../../api/client.ts';
import { Alert } from '../../ui/alert.tsx';
import { Form } from '../../ui/form.tsx';

export const TWO_FACTOR_REQUIREMENT_KEY = ['admin', 'two-factor-requirement'] as const;
export const twoFactorRequirementApi = {
  get: () => api.get<TwoFactorRequirement>('/admin/two-factor-requirement'),
  put: (next: TwoFactorRequirement) => api.put<TwoFactorRequirement>('/admin/two-factor-requirement', next),
};

/** Whether platform admins must have two-factor sign-in active before they administer. */
export function TwoFactorRequirementForm({ requirement }: { requirement: TwoFactorRequirement }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [platformAdmins, setPlatformAdmins] = useState(requirement.platformAdmins);
  const [saved, setSaved] = useState(false);
  const save = useMutation({
    mutationFn: twoFactorRequirementApi.put,
    onSuccess: (next) => {
      client.setQueryData(TWO_FACTOR_REQUIREMENT_KEY, next);
      void client.invalidateQueries({ queryKey: ['two-factor'] });
      setSaved(true);
    },
  });
  return (
    <>
      {saved ? <Alert variant="success" role="status" title={t('admin.twoFactor.saved')} /> : null}
      <Form
        onValid={() => {
          setSaved(false);
          save.mutate({ platformAdmins });
        }}
        busy={save.isPending}
        error={save.error}
        submit={t('admin.twoFactor.save')}
      >
        <div className="kern-form-check">
          <input
            className="kern-form-check__checkbox"
            type="checkbox"
            id="two-factor-platform-admins"
            aria-describedby="two-factor-platform-admins-hint"
            checked={platformAdmins}
            onChange={(event) => {
              setSaved(false);
              setPlatformAdmins(event.target.checked);
            }}
          />
          <label className="kern-label" htmlFor="two-factor-platform-admins">
            {t('admin.twoFactor.platformAdmins')}
          </label>
        </div>
        <p className="kern-body" id="two-factor-platform-admins-hint">
          {t('admin.twoFactor.platformAdminsHint')}
        </p>
      </Form>
    </>
  );
}
