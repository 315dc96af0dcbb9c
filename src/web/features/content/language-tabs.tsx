import { Link, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/button.tsx';
import { FieldError } from '../../ui/field-parts.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { TextField } from '../../ui/text-field.tsx';
import type { CellStatus, ContentPage } from './content-types.ts';
import { isLanguageTag, languageName, normaliseLanguageTag, OFFERED_LANGUAGES, orderLanguages } from './languages.ts';

const OTHER = 'other';

/**
 * The page's languages as tabs (links, so each has its own address), the source first, each with its
 * status and whether it has text not saved yet (a language added and typed into keeps its tab).
 */
export function LanguageTabs({
  page,
  current,
  canAdd,
  unsaved = [],
}: {
  page: ContentPage;
  current: string;
  canAdd: boolean;
  unsaved?: string[];
}) {
  const { t, i18n } = useTranslation();
  const saved = page.languages.map((l) => l.language);
  const languages = orderLanguages(page.sourceLanguage, [...saved, ...unsaved, current]);
  const statusOf = (language: string): CellStatus | 'new' => {
    if (language === page.sourceLanguage) return 'source';
    const entry = page.languages.find((l) => l.language === language);
    return entry ? (entry.status ?? 'missing') : 'new';
  };
  return (
    <div className="content-tabs">
      <nav className="tabs content-tabs__nav" aria-label={t('content.tabs.label')}>
        <ul className="tabs__list">
          {languages.map((language) => {
            const status = statusOf(language);
            return (
              <li key={language}>
                <Link
                  className="tabs__tab content-tabs__tab"
                  to="/content/pages/$id"
                  params={{ id: page.id }}
                  search={{ language }}
                  aria-current={language === current ? 'page' : undefined}
                  activeOptions={{ includeSearch: true }}
                >
                  <span>{languageName(t, language, i18n.language)}</span>
                  <span className={`content-tabs__status content-tabs__status--${status}`}>
                    <span className="visually-hidden">, </span>
                    {t(`content.status.${status}`)}
                  </span>
                  {unsaved.includes(language) ? (
                    <span className="content-tabs__unsaved">
                      <span className="visually-hidden">, </span>
                      {t('content.unsaved.tab')}
                    </span>
                  ) : null}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      {canAdd ? <AddLanguage pageId={page.id} present={languages} /> : null}
    </div>
  );
}

/** Adds a tab for another language: one of the offered ones, or any BCP 47 tag typed in. */
function AddLanguage({ pageId, present }: { pageId: string; present: string[] }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const offered = OFFERED_LANGUAGES.filter((tag) => !present.includes(tag));
  const [choice, setChoice] = useState<string>(offered[0] ?? OTHER);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | undefined>();

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const tag = choice === OTHER ? normaliseLanguageTag(typed) : choice;
    if (choice === OTHER && !isLanguageTag(tag)) {
      setError(typed.trim() ? t('content.addLanguage.invalid') : t('content.addLanguage.required'));
      document.getElementById('content-add-language-tag')?.focus();
      return;
    }
    setError(undefined);
    // The new tab's form takes the focus (language-editor.tsx).
    void navigate({ to: '/content/pages/$id', params: { id: pageId }, search: { language: tag } });
  }

  return (
    <form className="content-add-language" noValidate onSubmit={onSubmit} aria-labelledby="content-add-language-legend">
      <p className="kern-label" id="content-add-language-legend">
        {t('content.addLanguage.title')}
      </p>
      <div className="content-add-language__fields">
        <SelectField
          id="content-add-language-choice"
          label={t('content.addLanguage.choose')}
          value={choice}
          onChange={(value) => {
            setChoice(value);
            setError(undefined);
          }}
          options={[
            ...offered.map((tag) => ({ value: tag, label: languageName(t, tag, i18n.language) })),
            { value: OTHER, label: t('content.addLanguage.other') },
          ]}
        />
        {choice === OTHER ? (
          <TextField
            id="content-add-language-tag"
            label={t('content.addLanguage.tag')}
            hint={t('content.addLanguage.tagHint')}
            value={typed}
            onChange={setTyped}
            error={error}
            width="medium"
            autoComplete="off"
            spellCheck={false}
          />
        ) : null}
        <div className="content-add-language__submit">
          <Button type="submit" variant="secondary" icon="add">
            {t('content.addLanguage.submit')}
          </Button>
        </div>
      </div>
      {choice !== OTHER ? <FieldError id="content-add-language-choice" error={error} /> : null}
    </form>
  );
}
