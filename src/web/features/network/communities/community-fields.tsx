import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { COMMUNITY_LIMITS } from '../../../../shared/contracts/network-communities.ts';
import { TextArea } from '../../../ui/text-area.tsx';
import { TextField } from '../../../ui/text-field.tsx';
import type { FieldChecks, FormErrors } from '../../../ui/use-form-errors.ts';

/** What founding a community and its settings ask for alike. */
export interface CommunityFieldValues {
  name: string;
  description: string;
  joinPolicy: 'open' | 'request';
  approveFirstPosts: boolean;
}

/** The fields the server may find fault with, shown at the field. */
export const COMMUNITY_FIELDS = ['name', 'description', 'joinPolicy', 'approveFirstPosts'];

/** The checks before sending: a name is needed. */
export function checkCommunityFields(values: CommunityFieldValues, t: TFunction): FieldChecks {
  return { name: values.name.trim() ? undefined : t('networkCommunities.new.nameRequired') };
}

/** The values as they are sent: name and description without surrounding spaces. */
export function communityBody(values: CommunityFieldValues): CommunityFieldValues {
  return { ...values, name: values.name.trim(), description: values.description.trim() };
}

/**
 * Name, description, how to join (radio buttons) and whether new members' first posts wait for a
 * moderator (a checkbox), as the founding form and the settings show them; `hints` adds the founding
 * form's examples under name and description.
 */
export function CommunityFields({
  form,
  values,
  onChange,
  hints = false,
}: {
  form: FormErrors;
  values: CommunityFieldValues;
  onChange: (change: Partial<CommunityFieldValues>) => void;
  hints?: boolean;
}) {
  const { t } = useTranslation();
  const idPrefix = form.id('joinPolicy');
  return (
    <>
      <TextField
        id={form.id('name')}
        label={t('networkCommunities.fields.name')}
        hint={hints ? t('networkCommunities.new.nameHint') : undefined}
        value={values.name}
        onChange={(name) => onChange({ name })}
        error={form.errors.name}
        maxLength={COMMUNITY_LIMITS.name}
      />
      <TextArea
        id={form.id('description')}
        label={t('networkCommunities.fields.description')}
        hint={hints ? t('networkCommunities.new.descriptionHint') : undefined}
        value={values.description}
        onChange={(description) => onChange({ description })}
        error={form.errors.description}
        maxLength={COMMUNITY_LIMITS.description}
        optional
      />
      <fieldset className="kern-fieldset">
        <legend className="kern-label">{t('networkCommunities.fields.joinPolicy')}</legend>
        <div className="kern-fieldset__body">
          {(['open', 'request'] as const).map((policy) => (
            <div className="kern-form-check" key={policy}>
              <input
                className="kern-form-check__radio"
                type="radio"
                name={`${idPrefix}-policy`}
                id={`${idPrefix}-${policy}`}
                checked={values.joinPolicy === policy}
                onChange={() => onChange({ joinPolicy: policy })}
              />
              <label className="kern-label" htmlFor={`${idPrefix}-${policy}`}>
                {t(`networkCommunities.policyChoice.${policy}`)}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      <div className="kern-form-check">
        <input
          className="kern-form-check__checkbox"
          type="checkbox"
          id={`${idPrefix}-approve`}
          checked={values.approveFirstPosts}
          onChange={(event) => onChange({ approveFirstPosts: event.target.checked })}
        />
        <label className="kern-label" htmlFor={`${idPrefix}-approve`}>
          {t('networkCommunities.fields.approveFirstPosts')}
        </label>
      </div>
    </>
  );
}
