import { Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NotificationKindSetting, NotificationSettings } from '../../../shared/contracts/notifications.ts';
import { DIGEST_FREQUENCIES, type DigestFrequency, NOTIFICATION_GROUPS } from '../../../shared/notification-kinds.ts';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { Loading } from '../../ui/loading.tsx';
import { PageTitle } from '../../ui/page-title.tsx';
import { ProblemAlert } from '../../ui/problem.tsx';
import { Section } from '../../ui/section.tsx';
import { RequireSignIn } from '../accounts/require-sign-in.tsx';
import { useNotificationSettings, useSaveNotificationSettings } from './settings-queries.ts';
import './notifications.css';

/** `/account/notifications`: per kind in the app and/or by mail, and how often the digest mail comes. */
export function NotificationSettingsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle lead={t('notifications.settings.lead')}>{t('notifications.settings.title')}</PageTitle>
      <RequireSignIn>{() => <Settings />}</RequireSignIn>
    </>
  );
}

function Settings() {
  const settings = useNotificationSettings();
  if (settings.isPending) return <Loading />;
  if (!settings.data) return <ProblemAlert error={settings.error} />;
  return <SettingsForm initial={settings.data} />;
}

function SettingsForm({ initial }: { initial: NotificationSettings }) {
  const { t } = useTranslation();
  const save = useSaveNotificationSettings();
  const [kinds, setKinds] = useState(initial.kinds);
  const [frequency, setFrequency] = useState<DigestFrequency>(initial.digestFrequency);
  const [saved, setSaved] = useState(false);

  function change(kind: string, choice: Partial<Pick<NotificationKindSetting, 'inApp' | 'mail'>>) {
    setSaved(false);
    setKinds((current) => current.map((k) => (k.kind === kind ? { ...k, ...choice } : k)));
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    save.mutate(
      { digestFrequency: frequency, kinds: kinds.map(({ kind, inApp, mail }) => ({ kind, inApp, mail })) },
      { onSuccess: () => setSaved(true) },
    );
  }

  const name = (kind: string) => t(`notifications.settings.kinds.${kind}`, { defaultValue: kind });
  const box = (row: NotificationKindSetting, field: 'inApp' | 'mail') => (
    <div className="kern-form-check">
      <input
        className="kern-form-check__checkbox"
        type="checkbox"
        id={`notification-${row.kind}-${field}`}
        checked={row[field]}
        onChange={(event) => change(row.kind, { [field]: event.target.checked })}
      />
      <label className="kern-label" htmlFor={`notification-${row.kind}-${field}`}>
        <span className="visually-hidden">
          {t(field === 'inApp' ? 'notifications.settings.inAppFor' : 'notifications.settings.mailFor', {
            kind: name(row.kind),
          })}
        </span>
      </label>
    </div>
  );

  return (
    <form className="stack-xl notification-settings" noValidate onSubmit={onSubmit}>
      <Section title={t('notifications.settings.kindsTitle')}>
        <p className="kern-body">{t('notifications.settings.kindsHint')}</p>
        {NOTIFICATION_GROUPS.map((group) => (
          // A table at every width: two narrow columns of checkboxes beside the name fit 320 px.
          <table key={group} className="kern-table kern-table--striped notification-settings__table">
            <caption className="kern-title">{t(`notifications.settings.groups.${group}`)}</caption>
            <thead className="kern-table__head">
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">
                  {t('notifications.settings.kind')}
                </th>
                <th scope="col" className="kern-table__header notification-settings__choice">
                  {t('notifications.settings.inApp')}
                </th>
                <th scope="col" className="kern-table__header notification-settings__choice">
                  {t('notifications.settings.mail')}
                </th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {kinds
                .filter((k) => k.group === group)
                .map((row) => (
                  <tr key={row.kind} className="kern-table__row">
                    <th scope="row" className="kern-table__cell notification-settings__kind">
                      {name(row.kind)}
                    </th>
                    <td className="kern-table__cell notification-settings__choice">{box(row, 'inApp')}</td>
                    <td className="kern-table__cell notification-settings__choice">{box(row, 'mail')}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        ))}
      </Section>
      <Section title={t('notifications.settings.digestTitle')}>
        <fieldset className="kern-fieldset">
          {/* The section's heading says it already; the legend names the group for screen readers. */}
          <legend className="visually-hidden">{t('notifications.settings.digestTitle')}</legend>
          <div className="kern-fieldset__body">
            {DIGEST_FREQUENCIES.map((value) => (
              <div key={value} className="kern-form-check">
                <input
                  className="kern-form-check__radio"
                  type="radio"
                  name="digest-frequency"
                  id={`digest-${value}`}
                  checked={frequency === value}
                  onChange={() => {
                    setSaved(false);
                    setFrequency(value);
                  }}
                  aria-describedby={`digest-${value}-hint`}
                />
                <div>
                  <label className="kern-label" htmlFor={`digest-${value}`}>
                    {t(`notifications.settings.digest.${value}`)}
                  </label>
                  <div className="kern-hint" id={`digest-${value}-hint`}>
                    {t(`notifications.settings.digestHint.${value}`)}
                  </div>
                </div>
              </div>
            ))}
          </div>
        </fieldset>
      </Section>
      <div aria-live="polite">
        {saved ? <Alert variant="success" role="status" title={t('notifications.settings.saved')} /> : null}
      </div>
      <ProblemAlert error={save.error} />
      <div className="kern-btn-wrapper">
        <Button type="submit" busy={save.isPending}>
          {t('notifications.settings.save')}
        </Button>
        <Link className="kern-link" to="/notifications">
          {t('notifications.title')}
        </Link>
      </div>
    </form>
  );
}
