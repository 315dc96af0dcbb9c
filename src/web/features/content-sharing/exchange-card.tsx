import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../ui/badge.tsx';
import { useContentLang } from '../../ui/content-language.ts';
import { useFormat } from '../../ui/use-format.ts';
import { languageName, orderLanguages } from '../content/languages.ts';
import { licenceName } from './licences.ts';
import type { ExchangeItem } from './sharing-types.ts';

/** One shared page in the exchange: title, source, languages, licence, how often adopted, and whether by us. */
export function ExchangeCard({ item }: { item: ExchangeItem }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const lang = useContentLang(item.sourceLanguage);
  const titleId = `exchange-item-${item.id}`;
  return (
    <li className="exchange-card">
      <article aria-labelledby={titleId} className="exchange-card__body">
        <div className="exchange-card__head">
          <h3 className="kern-heading-small exchange-card__title" id={titleId}>
            <Link className="kern-link" to="/content/exchange/$id" params={{ id: item.id }} lang={lang}>
              {item.title}
            </Link>
          </h3>
          {item.adoptedByViewer ? (
            <Badge variant="success">
              {item.adoptedByViewer.mode === 'link'
                ? t('contentSharing.adopted.markLink')
                : t('contentSharing.adopted.markCopy')}
            </Badge>
          ) : null}
        </div>
        <p className="kern-body exchange-card__source">{item.organisationName}</p>
        <dl className="exchange-card__facts">
          <div>
            <dt>{t('contentSharing.facts.languages')}</dt>
            <dd>
              {orderLanguages(item.sourceLanguage, item.languages)
                .map((l) => languageName(t, l, i18n.language))
                .join(', ')}
            </dd>
          </div>
          <div>
            <dt>{t('contentSharing.facts.licence')}</dt>
            <dd>{item.licence ? licenceName(t, item.licence) : t('contentSharing.facts.noLicence')}</dd>
          </div>
          <div>
            <dt>{t('contentSharing.facts.adoptions')}</dt>
            <dd>
              {item.adoptions === 0
                ? t('contentSharing.facts.adoptionsNone')
                : t('contentSharing.facts.adoptionsCount', { count: item.adoptions })}
            </dd>
          </div>
          <div>
            <dt>{t('contentSharing.facts.words')}</dt>
            <dd>{format.number(item.words)}</dd>
          </div>
          {item.tags.length > 0 ? (
            <div>
              <dt>{t('contentSharing.facts.tags')}</dt>
              <dd lang={lang}>{item.tags.join(', ')}</dd>
            </div>
          ) : null}
          {item.leikaKey ? (
            <div>
              <dt>{t('contentSharing.facts.leikaKey')}</dt>
              <dd className="exchange-card__code">{item.leikaKey}</dd>
            </div>
          ) : null}
        </dl>
        {item.adoptedByViewer ? (
          <p className="kern-body">
            <Link
              className="kern-link"
              to={item.adoptedByViewer.mode === 'link' ? '/content/pages/$id/changes' : '/content/pages/$id'}
              params={{ id: item.adoptedByViewer.pageId }}
            >
              {t('contentSharing.adopted.open')}
              <span className="visually-hidden">: {item.title}</span>
            </Link>
          </p>
        ) : null}
      </article>
    </li>
  );
}
