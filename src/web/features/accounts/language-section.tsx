import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage, type Language } from '../../i18n/i18n.ts';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { Section } from '../../ui/section.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { useSwitchLanguage } from './use-switch-language.ts';

export function LanguageSection() {
  const { t } = useTranslation();
  const switchLanguage = useSwitchLanguage();
  const [language, setLanguage] = useState<Language>(currentLanguage());
  const [saved, setSaved] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    await switchLanguage(language);
    setSaved(true);
  }

  return (
    <Section title={t('account.language.title')}>
      {saved ? <Alert variant="success" role="status" title={t('account.language.saved')} /> : null}
      <form className="form-stack" noValidate onSubmit={onSubmit}>
        <SelectField
          id="language-locale"
          label={t('fields.language')}
          hint={t('account.language.hint')}
          value={language}
          onChange={(value) => {
            setLanguage(value === 'en' ? 'en' : 'de');
            setSaved(false);
          }}
          options={[
            { value: 'de', label: 'Deutsch' },
            { value: 'en', label: 'English' },
          ]}
        />
        <div className="kern-btn-wrapper">
          <Button type="submit" variant="secondary">
            {t('account.language.submit')}
          </Button>
        </div>
      </form>
    </Section>
  );
}
