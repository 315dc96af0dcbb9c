import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  NETWORK_PROFILE_LIMITS,
  type PersonProfile,
  PROFILE_VISIBILITIES,
  type ProfileVisibility,
} from '../../../../shared/contracts/network-profiles.ts';
import { Alert } from '../../../ui/alert.tsx';
import { Form } from '../../../ui/form.tsx';
import { SelectField } from '../../../ui/select-field.tsx';
import { TextArea } from '../../../ui/text-area.tsx';
import { TextField } from '../../../ui/text-field.tsx';
import { useFormErrors } from '../../../ui/use-form-errors.ts';
import { useSaveProfile } from './profile-queries.ts';

const LANGUAGE = /^[a-z]{2}$/;

/** The fields of my profile and whom they are shown to. */
export function ProfileForm({ profile }: { profile: PersonProfile }) {
  const { t } = useTranslation();
  const details = profile.details;
  const [jobTitle, setJobTitle] = useState(details?.jobTitle ?? '');
  const [department, setDepartment] = useState(details?.department ?? '');
  const [languages, setLanguages] = useState((details?.languages ?? []).join(', '));
  const [phone, setPhone] = useState(details?.phone ?? '');
  const [about, setAbout] = useState(details?.about ?? '');
  const [visibility, setVisibility] = useState<ProfileVisibility>(details?.visibility ?? 'alliances');
  const [saved, setSaved] = useState(false);
  const form = useFormErrors('profile');
  const save = useSaveProfile();
  const languageList = () => [
    ...new Set(
      languages
        .split(/[\s,;]+/)
        .map((l) => l.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
  const p = 'networkProfiles.form';

  return (
    <Form
      form={form}
      busy={save.isPending}
      error={save.error}
      submit={t(`${p}.save`)}
      check={() => ({
        languages: languageList().every((l) => LANGUAGE.test(l)) ? undefined : t(`${p}.languagesInvalid`),
        phone: /^[0-9+()/ .-]*$/.test(phone) ? undefined : t(`${p}.phoneInvalid`),
      })}
      onValid={() => {
        setSaved(false);
        save.mutate(
          { jobTitle, department, languages: languageList(), phone, about, visibility },
          {
            onSuccess: () => setSaved(true),
            onError: (error) =>
              form.failFromServer(error, ['jobTitle', 'department', 'languages', 'phone', 'about', 'visibility']),
          },
        );
      }}
    >
      {saved ? (
        <Alert variant="success" title={t(`${p}.saved`)} role="status">
          <p className="kern-body">{t(`${p}.savedText`)}</p>
        </Alert>
      ) : null}
      <TextField
        id={form.id('jobTitle')}
        label={t(`${p}.jobTitle`)}
        optional
        value={jobTitle}
        onChange={setJobTitle}
        maxLength={NETWORK_PROFILE_LIMITS.jobTitle}
        error={form.errors.jobTitle}
      />
      <TextField
        id={form.id('department')}
        label={t(`${p}.department`)}
        optional
        value={department}
        onChange={setDepartment}
        maxLength={NETWORK_PROFILE_LIMITS.department}
        error={form.errors.department}
      />
      <TextField
        id={form.id('languages')}
        label={t(`${p}.languages`)}
        hint={t(`${p}.languagesHint`)}
        optional
        value={languages}
        onChange={setLanguages}
        maxLength={100}
        error={form.errors.languages}
      />
      <TextField
        id={form.id('phone')}
        label={t(`${p}.phone`)}
        hint={t(`${p}.phoneHint`)}
        optional
        type="tel"
        value={phone}
        onChange={setPhone}
        maxLength={NETWORK_PROFILE_LIMITS.phone}
        error={form.errors.phone}
      />
      <TextArea
        id={form.id('about')}
        label={t(`${p}.about`)}
        optional
        rows={4}
        value={about}
        onChange={setAbout}
        maxLength={NETWORK_PROFILE_LIMITS.about}
        error={form.errors.about}
      />
      <SelectField
        id={form.id('visibility')}
        label={t(`${p}.visibility`)}
        hint={t(`${p}.visibilityHint`)}
        value={visibility}
        onChange={(value) => setVisibility(value as ProfileVisibility)}
        options={PROFILE_VISIBILITIES.map((value) => ({ value, label: t(`networkProfiles.visibility.${value}`) }))}
        error={form.errors.visibility}
      />
    </Form>
  );
}
