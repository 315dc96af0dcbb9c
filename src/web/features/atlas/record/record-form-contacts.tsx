import { useTranslation } from 'react-i18next';
import { ATLAS_LIMITS } from '../../../../shared/atlas/states.ts';
import type { PersonHit } from '../../../../shared/contracts/accounts.ts';
import { Button } from '../../../ui/button.tsx';
import { TextField } from '../../../ui/text-field.tsx';
import { useMe } from '../../accounts/use-me.ts';
import { ContactPersonPicker } from './contact-person-picker.tsx';
import { Rows } from './record-form-groups.tsx';
import { type ContactDraft, rowKey } from './record-form-state.ts';

const linked = (person: { id: string; name: string }, organisationName: string | null): ContactDraft => ({
  key: rowKey(),
  personId: person.id,
  organisationName,
  name: person.name,
  role: '',
  email: '',
  phone: '',
});

/**
 * Contact persons: people on the platform, found by name (linked, so messages reach them on the
 * platform and their name stays current), or people outside it with an e-mail address or phone.
 */
export function ContactsField({
  contacts,
  onChange,
  errors,
  fieldId,
}: {
  contacts: ContactDraft[];
  onChange: (contacts: ContactDraft[]) => void;
  errors: Record<string, string>;
  fieldId: (name: string) => string;
}) {
  const { t } = useTranslation();
  const { me } = useMe();
  const linkedIds = contacts.flatMap((c) => (c.personId ? [c.personId] : []));
  const full = contacts.length >= ATLAS_LIMITS.contactsMax;
  const add = (contact: ContactDraft) => onChange([...contacts, contact]);
  const myOrganisation = me?.organisation?.status === 'confirmed' ? me.organisation.name : null;

  return (
    <Rows
      legend={t('atlas.form.contacts')}
      legendHidden
      rows={contacts}
      onChange={onChange}
      rowLabel={(index) => t('atlas.form.contactN', { n: index + 1 })}
      adders={
        full ? (
          <p className="kern-body kern-body--small fact-note">
            {t('atlas.form.contactsFull', { count: ATLAS_LIMITS.contactsMax })}
          </p>
        ) : (
          <div className="contact-adders">
            <ContactPersonPicker
              id={fieldId('contactPerson')}
              exclude={linkedIds}
              onSelect={(person: PersonHit) => add(linked(person, person.organisation?.name ?? null))}
            />
            <div className="kern-btn-wrapper">
              {me && !linkedIds.includes(me.id) ? (
                <Button variant="secondary" small icon="add" onClick={() => add(linked(me, myOrganisation))}>
                  {t('atlas.form.addMe')}
                </Button>
              ) : null}
              <Button
                variant="secondary"
                small
                icon="add"
                onClick={() =>
                  add({
                    key: rowKey(),
                    personId: null,
                    organisationName: null,
                    name: '',
                    role: '',
                    email: '',
                    phone: '',
                  })
                }
              >
                {t('atlas.form.addContact')}
              </Button>
            </div>
          </div>
        )
      }
      renderRow={(c, index, update) => {
        const f = (name: string) => `contacts.${index}.${name}`;
        return (
          <>
            {c.personId ? (
              <div className="contact-linked" id={fieldId(f('personId'))} tabIndex={-1}>
                <p className="kern-body kern-body--bold">{c.name}</p>
                <p className="kern-body kern-body--small fact-note">
                  {[c.organisationName, t('atlas.form.platformPerson')].filter(Boolean).join(' · ')}
                </p>
                {errors[f('personId')] ? (
                  <p className="kern-error">
                    <span className="kern-body">{errors[f('personId')]}</span>
                  </p>
                ) : null}
              </div>
            ) : (
              <TextField
                id={fieldId(f('name'))}
                label={t('atlas.form.contactName')}
                value={c.name}
                onChange={(name) => update({ name })}
                error={errors[f('name')]}
                maxLength={200}
                autoComplete="off"
              />
            )}
            <TextField
              id={fieldId(f('role'))}
              label={t('atlas.form.contactRole')}
              hint={t('atlas.form.contactRoleHint')}
              value={c.role}
              onChange={(role) => update({ role })}
              error={errors[f('role')]}
              optional
              maxLength={200}
            />
            <TextField
              id={fieldId(f('email'))}
              type="email"
              label={t('atlas.form.contactEmail')}
              hint={c.personId ? t('atlas.form.linkedReachHint') : t('atlas.form.externalReachHint')}
              value={c.email}
              onChange={(email) => update({ email })}
              error={errors[f('email')]}
              optional
              maxLength={254}
              autoComplete="off"
            />
            <TextField
              id={fieldId(f('phone'))}
              type="tel"
              label={t('atlas.form.contactPhone')}
              value={c.phone}
              onChange={(phone) => update({ phone })}
              error={errors[f('phone')]}
              optional
              maxLength={50}
              width="medium"
              autoComplete="off"
            />
          </>
        );
      }}
    />
  );
}
