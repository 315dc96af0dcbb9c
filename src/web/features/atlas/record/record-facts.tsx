import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cooperation } from '../../../../shared/contracts/atlas.ts';
import { useContentLang } from '../../../ui/content-language.ts';
import { useFormat } from '../../../ui/use-format.ts';
import { landLabel } from '../../organisations/laender.ts';
import { fieldLabel, legalFormLabel, sectorGroupLabel, sectorLabel, statusLabel } from '../record-labels.ts';

/**
 * The record's facts as a table of row headings and values, like the fact sheets ("Steckbriefe") of
 * German administration. Rows without a value are left out rather than shown empty.
 */
export function RecordFacts({ record }: { record: Cooperation }) {
  const { t } = useTranslation();
  const lang = useContentLang();
  const format = useFormat();
  const euros = (n: number) => `${format.number(n)} €`;

  const period =
    record.startYear && record.endYear
      ? t('atlas.record.periodFromTo', { from: record.startYear, to: record.endYear })
      : record.startYear
        ? t('atlas.record.periodFrom', { from: record.startYear })
        : record.endYear
          ? t('atlas.record.periodTo', { to: record.endYear })
          : null;

  const figures = [
    record.investment !== null ? t('atlas.record.investment', { amount: euros(record.investment) }) : null,
    record.yearlySavings !== null ? t('atlas.record.yearlySavings', { amount: euros(record.yearlySavings) }) : null,
    record.populationServed !== null ? t('atlas.record.populationServed', { count: record.populationServed }) : null,
  ].filter((x): x is string => x !== null);

  const rows: Array<{ key: string; label: string; value: ReactNode } | null> = [
    {
      key: 'sector',
      label: t('atlas.record.facts.sector'),
      value: (
        <>
          {sectorLabel(t, record.sector)}
          {record.sectorGroup ? <> – {sectorGroupLabel(t, record.sectorGroup)}</> : null}
        </>
      ),
    },
    record.fields.length || record.keywords.length
      ? {
          key: 'fields',
          label: t('atlas.record.facts.fields'),
          value: (
            <>
              {record.fields.length ? <InlineList items={record.fields.map((f) => fieldLabel(t, f))} /> : null}
              {record.keywords.length ? (
                <p className="kern-body kern-body--small fact-note">
                  {t('atlas.record.keywords')}: <span lang={lang}>{record.keywords.join(', ')}</span>
                </p>
              ) : null}
            </>
          ),
        }
      : null,
    { key: 'legalForm', label: t('atlas.record.facts.legalForm'), value: legalFormLabel(t, record.legalForm) },
    { key: 'status', label: t('atlas.record.facts.status'), value: statusLabel(t, record.status) },
    period ? { key: 'period', label: t('atlas.record.facts.period'), value: period } : null,
    record.partners.length || record.externalPartners.length
      ? {
          key: 'partners',
          label: t('atlas.record.facts.partners'),
          value: (
            <ul className="fact-list">
              {record.partners.map((p) => (
                <li key={p.id}>
                  <Link className="kern-link" to="/organisations/$id" params={{ id: p.id }}>
                    {p.name}
                  </Link>
                </li>
              ))}
              {record.externalPartners.map((name) => (
                <li key={`external-${name}`}>
                  {name} <span className="fact-note">({t('atlas.record.externalPartner')})</span>
                </li>
              ))}
            </ul>
          ),
        }
      : null,
    record.landCodes.length || record.kreise.length
      ? {
          key: 'regions',
          label: t('atlas.record.facts.regions'),
          value: (
            <>
              {record.landCodes.length ? <InlineList items={record.landCodes.map((c) => landLabel(t, c))} /> : null}
              {record.kreise.length ? (
                <p className="kern-body fact-line">
                  {record.kreise.map((k, index) => (
                    <span key={k.id}>
                      {index > 0 ? ', ' : null}
                      <Link className="kern-link" to="/organisations/$id" params={{ id: k.id }}>
                        {k.name}
                      </Link>
                    </span>
                  ))}
                </p>
              ) : null}
            </>
          ),
        }
      : null,
    record.website
      ? {
          key: 'website',
          label: t('atlas.record.facts.website'),
          value: (
            <a className="kern-link break-all" href={record.website} rel="noopener noreferrer">
              {record.website.replace(/^https?:\/\//, '').replace(/\/$/, '')}
            </a>
          ),
        }
      : null,
    record.awards.length
      ? {
          key: 'awards',
          label: t('atlas.record.facts.awards'),
          value: (
            <InlineList lang={lang} items={record.awards.map((a) => (a.year ? `${a.name} (${a.year})` : a.name))} />
          ),
        }
      : null,
    record.funding.length
      ? {
          key: 'funding',
          label: t('atlas.record.facts.funding'),
          value: (
            <InlineList
              lang={lang}
              items={record.funding.map((f) =>
                typeof f.amount === 'number' ? `${f.programme} (${euros(f.amount)})` : f.programme,
              )}
            />
          ),
        }
      : null,
    figures.length
      ? { key: 'figures', label: t('atlas.record.facts.figures'), value: <InlineList items={figures} /> }
      : null,
    {
      key: 'transfer',
      label: t('atlas.record.facts.transfer'),
      value: (
        <>
          {t(`atlas.codes.transferable.${record.transferable ? 'true' : 'false'}`)}
          {record.transferable && record.transferRequirements ? (
            <p className="kern-body fact-line prose" lang={lang}>
              {record.transferRequirements}
            </p>
          ) : null}
        </>
      ),
    },
  ];

  return (
    <div className="fact-sheet">
      <table className="kern-table fact-sheet__table">
        <caption className="visually-hidden">{t('atlas.record.factsCaption', { title: record.title })}</caption>
        <colgroup>
          <col className="fact-sheet__key-column" />
          <col />
        </colgroup>
        <tbody className="kern-table__body">
          {rows
            .filter((row) => row !== null)
            .map((row) => (
              <tr className="kern-table__row" key={row.key}>
                <th scope="row" className="kern-table__header fact-sheet__key">
                  {row.label}
                </th>
                <td className="kern-table__cell fact-sheet__value">{row.value}</td>
              </tr>
            ))}
        </tbody>
      </table>
    </div>
  );
}

/** Values as a list, or the one value alone; `lang` marks them as user content (awards, programmes). */
function InlineList({ items, lang }: { items: string[]; lang?: string }) {
  if (items.length === 1) return <span lang={lang}>{items[0]}</span>;
  return (
    <ul className="fact-list" lang={lang}>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}
