import { useTranslation } from 'react-i18next';
import type { LegalPage, LegalPageName } from '../../../shared/contracts/legal.ts';
import { Alert } from '../../ui/alert.tsx';
import { ButtonLink } from '../../ui/button.tsx';
import { PageTitle } from '../../ui/page-title.tsx';
import { QueryState } from '../../ui/query-state.tsx';
import { useFormat } from '../../ui/use-format.ts';
import { useMe } from '../accounts/use-me.ts';
import { NotFoundContent } from '../shell/not-found-page.tsx';
import { AccessibilityContacts } from './accessibility-contacts.tsx';
import { LegalText } from './legal-text.tsx';
import { useLegalPage } from './use-legal.ts';
import '../atlas/record.css';
import './legal.css';

export const ImpressumPage = () => <LegalPageView page="impressum" />;
export const DatenschutzPage = () => <LegalPageView page="datenschutz" />;
export const BarrierefreiheitPage = () => <LegalPageView page="barrierefreiheit" />;

/** Impressum, Datenschutzerklärung or Erklärung zur Barrierefreiheit, as the operator wrote it. */
export function LegalPageView({ page }: { page: LegalPageName }) {
  const { t } = useTranslation();
  const query = useLegalPage(page);
  const { me } = useMe();
  const isAdmin = me?.isPlatformAdmin === true;
  return (
    <div className="legal-page">
      <PageTitle preline={t('legal.preline')}>{t(`legal.pages.${page}.title`)}</PageTitle>
      {isAdmin ? (
        <div className="kern-btn-wrapper legal-page__actions">
          <ButtonLink to="/admin/legal/$page" params={{ page }} variant="secondary" icon="edit" small>
            {t('legal.edit')}
            <span className="visually-hidden"> ({t(`legal.pages.${page}.title`)})</span>
          </ButtonLink>
        </div>
      ) : null}
      <QueryState query={query} notFound={<NotFoundContent />}>
        {(data) => <LegalPageBody data={data} isAdmin={isAdmin} />}
      </QueryState>
    </div>
  );
}

function LegalPageBody({ data, isAdmin }: { data: LegalPage; isAdmin: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const hasText = Boolean(data.texts.de || data.texts.en);
  return (
    <div className="stack-xl">
      {hasText ? (
        <div className="legal-page__text">
          <LegalText texts={data.texts} />
          {data.updatedAt ? (
            <p className="kern-body kern-body--small legal-page__updated">
              {t('legal.updated', { date: format.date(data.updatedAt) })}
            </p>
          ) : null}
        </div>
      ) : (
        <NotFilledNotice page={data.page} isAdmin={isAdmin} />
      )}
      {data.accessibility ? <AccessibilityContacts contacts={data.accessibility} /> : null}
    </div>
  );
}

/** What a reader sees until the operator has written the page: why it is empty and whose task it is. */
function NotFilledNotice({ page, isAdmin }: { page: LegalPageName; isAdmin: boolean }) {
  const { t } = useTranslation();
  return (
    <Alert variant="warning" title={t('legal.notFilled.title')}>
      <p className="kern-body">
        {t('legal.notFilled.text', { what: t(`legal.pages.${page}.what`), basis: t(`legal.pages.${page}.basis`) })}
      </p>
      {isAdmin ? <p className="kern-body">{t('legal.notFilled.admin')}</p> : null}
    </Alert>
  );
}
