import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../ui/icon.tsx';

/** The search box in the header: one search over everything (atlas, organisations, alliances, content pages, workspaces, messages, people); results on `/search`. */
export function HeaderSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [q, setQ] = useState('');

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const term = q.trim();
    void navigate({ to: '/search', search: { q: term || undefined } });
    setQ('');
  }

  return (
    <search className="header-search" aria-label={t('search.header.region')}>
      <form className="header-search__form" noValidate onSubmit={onSubmit}>
        <label className="kern-label kern-sr-only" htmlFor="header-search-q">
          {t('search.header.label')}
        </label>
        <input
          id="header-search-q"
          name="q"
          type="search"
          className="kern-form-input__input header-search__input"
          placeholder={t('search.header.placeholder')}
          value={q}
          onChange={(event) => setQ(event.target.value)}
          autoComplete="off"
        />
        <button type="submit" className="kern-btn kern-btn--primary header-search__submit">
          <Icon name="search" />
          <span className="kern-sr-only">{t('search.header.submit')}</span>
        </button>
      </form>
    </search>
  );
}
