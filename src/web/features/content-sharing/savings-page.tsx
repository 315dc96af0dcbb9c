import { useTranslation } from 'react-i18next';
import { DataTable } from '../../ui/data-table.tsx';
import { Loading } from '../../ui/loading.tsx';
import { PageTitle } from '../../ui/page-title.tsx';
import { ProblemAlert } from '../../ui/problem.tsx';
import { Section } from '../../ui/section.tsx';
import { useFormat } from '../../ui/use-format.ts';
import { isOrganisationAdmin } from '../accounts/use-me.ts';
import { type ContentContext, WithOrganisation } from '../content/content-frame.tsx';
import { languageName } from '../content/languages.ts';
import { formatEuros } from './money.ts';
import { SharingLinks } from './sharing-links.tsx';
import { useSavings } from './sharing-queries.ts';
import type { Savings } from './sharing-types.ts';
import { WordPriceForm } from './word-price-form.tsx';

/** `/content/savings`: the words of adopted translations the organisation did not pay for, and the money. */
export function SavingsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle preline={t('contentSharing.preline')} lead={t('contentSharing.savings.lead')}>
        {t('contentSharing.savings.title')}
      </PageTitle>
      <WithOrganisation>{(context) => <OrganisationSavings context={context} />}</WithOrganisation>
    </>
  );
}

function OrganisationSavings({ context }: { context: ContentContext }) {
  const { t, i18n } = useTranslation();
  const savings = useSavings(context.organisationId);
  const admin = isOrganisationAdmin(context.me);
  return (
    <div className="stack-xl">
      <SharingLinks />
      {savings.data ? (
        <>
          <Summary savings={savings.data} organisation={context.organisationName} />
          <ByLanguage savings={savings.data} />
          {admin ? (
            <WordPriceForm organisationId={context.organisationId} wordPriceCents={savings.data.wordPriceCents} />
          ) : (
            <Section title={t('contentSharing.price.title')}>
              <p className="kern-body">
                {savings.data.wordPriceCents === null
                  ? t('contentSharing.price.noneReader')
                  : t('contentSharing.price.current', {
                      price: formatEuros(savings.data.wordPriceCents, i18n.language),
                    })}
              </p>
            </Section>
          )}
        </>
      ) : savings.isPending ? (
        <Loading label={t('contentSharing.savings.loading')} />
      ) : (
        <ProblemAlert error={savings.error} />
      )}
    </div>
  );
}

function Summary({ savings, organisation }: { savings: Savings; organisation: string }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  return (
    <section className="page-section" aria-labelledby="savings-summary-title">
      <h2 className="kern-heading-medium" id="savings-summary-title">
        {t('contentSharing.savings.summaryTitle', { organisation })}
      </h2>
      {savings.pages === 0 ? (
        <div className="sharing-empty">
          <p className="kern-body kern-body--large">{t('contentSharing.savings.empty')}</p>
          <p className="kern-body">{t('contentSharing.savings.emptyHint')}</p>
        </div>
      ) : (
        <>
          <dl className="savings-figures">
            <div className="savings-figure">
              <dt>{t('contentSharing.savings.words')}</dt>
              <dd>{format.number(savings.words)}</dd>
            </div>
            <div className="savings-figure">
              <dt>{t('contentSharing.savings.pages')}</dt>
              <dd>{format.number(savings.pages)}</dd>
            </div>
            <div className="savings-figure">
              <dt>{t('contentSharing.savings.amount')}</dt>
              <dd>
                {savings.amountCents === null
                  ? t('contentSharing.savings.amountUnknown')
                  : formatEuros(savings.amountCents, i18n.language)}
              </dd>
            </div>
          </dl>
          <p className="kern-body sharing-muted">
            {savings.wordPriceCents === null
              ? t('contentSharing.savings.howCountedNoPrice')
              : t('contentSharing.savings.howCounted', { price: formatEuros(savings.wordPriceCents, i18n.language) })}
          </p>
        </>
      )}
    </section>
  );
}

function ByLanguage({ savings }: { savings: Savings }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  if (savings.byLanguage.length === 0) return null;
  const price = savings.wordPriceCents;
  return (
    <Section title={t('contentSharing.savings.byLanguageTitle')}>
      <div className="savings-table">
        <DataTable
          caption={t('contentSharing.savings.byLanguageCaption')}
          captionHidden
          rows={savings.byLanguage}
          rowKey={(row) => row.language}
          columns={[
            {
              key: 'language',
              header: t('contentSharing.savings.language'),
              render: (row) => languageName(t, row.language, i18n.language),
            },
            {
              key: 'words',
              header: t('contentSharing.savings.wordsColumn'),
              numeric: true,
              render: (row) => format.number(row.words),
            },
            ...(price === null
              ? []
              : [
                  {
                    key: 'amount',
                    header: t('contentSharing.savings.amountColumn'),
                    numeric: true,
                    render: (row: Savings['byLanguage'][number]) => formatEuros(row.words * price, i18n.language),
                  },
                ]),
          ]}
        />
      </div>
    </Section>
  );
}
