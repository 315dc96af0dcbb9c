import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/alert.tsx';
import { Badge } from '../../ui/badge.tsx';
import type { XliffCheck, XliffProblem, XliffUnitRow } from './content-types.ts';
import { ScrollTable } from './scroll-table.tsx';

const UNIT_VARIANTS: Record<XliffUnitRow['status'], 'success' | 'warning' | 'danger' | 'info'> = {
  matched: 'success',
  'source-changed': 'warning',
  'empty-target': 'warning',
  'missing-in-file': 'warning',
  'unknown-id': 'danger',
};

/** A problem of the file in words, with the unit it concerns. */
export function problemWords(t: TFunction, problem: XliffProblem): string {
  const text = t(`content.xliff.problems.${problem.code}`, {
    defaultValue: t('content.xliff.problems.unknown', { code: problem.code }),
    name: problem.name ?? '',
    value: problem.value ?? '',
    limit: problem.limit ?? 0,
    line: problem.line ?? 0,
    column: problem.column ?? 0,
  });
  return problem.unitId ? t('content.xliff.inUnit', { unit: problem.unitId, text }) : text;
}

/** What the check found, per page and unit, before anything is written. */
export function XliffReport({ report }: { report: XliffCheck }) {
  const { t } = useTranslation();
  return (
    <div className="stack-sm">
      <h3 className="kern-heading-small">{t('content.xliff.reportTitle')}</h3>
      {report.writable ? (
        <Alert variant="success" title={t('content.xliff.writable')} />
      ) : (
        <Alert variant="warning" title={t('content.xliff.notWritable')} />
      )}
      {report.pages.map((page) => {
        const units = Array.isArray(page.units) ? page.units : null;
        const total = units ? units.length : (page.units as number);
        return (
          <section key={page.pageId} className="stack-sm" aria-label={page.title}>
            <h4 className="kern-heading-small">{page.title}</h4>
            <p className="kern-body">{t('content.xliff.matched', { matched: page.matched, total })}</p>
            {page.problems.length > 0 ? (
              <ul className="kern-list">
                {page.problems.map((problem, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the report's problems never reorder
                  <li key={index}>{problemWords(t, problem)}</li>
                ))}
              </ul>
            ) : null}
            {units && units.length > 0 ? (
              <ScrollTable labelledBy={`xliff-units-${page.pageId}`}>
                <table className="kern-table kern-table--small">
                  <caption className="kern-title" id={`xliff-units-${page.pageId}`}>
                    {t('content.xliff.unitsCaption', { title: page.title })}
                  </caption>
                  <thead className="kern-table__head">
                    <tr className="kern-table__row">
                      <th scope="col" className="kern-table__header">
                        {t('content.xliff.unit')}
                      </th>
                      <th scope="col" className="kern-table__header">
                        {t('content.xliff.unitStatus')}
                      </th>
                      <th scope="col" className="kern-table__header">
                        {t('content.xliff.translation')}
                      </th>
                    </tr>
                  </thead>
                  <tbody className="kern-table__body">
                    {units.map((unit) => (
                      <tr className="kern-table__row" key={unit.id}>
                        <th scope="row" className="kern-table__cell">
                          {unit.id}
                        </th>
                        <td className="kern-table__cell">
                          <Badge variant={UNIT_VARIANTS[unit.status] ?? 'info'}>
                            {t(`content.xliff.units.${unit.status}`, { defaultValue: unit.status })}
                          </Badge>
                        </td>
                        <td className="kern-table__cell content-unit-text">{stripTags(unit.target ?? '') || '–'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollTable>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}

/** A unit's text without its inline markup, for the overview. */
function stripTags(html: string): string {
  return html.replace(/<[^>]*>/g, '').trim();
}
