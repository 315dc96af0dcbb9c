import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/alert.tsx';
import { Badge } from '../../ui/badge.tsx';
import type { XliffCheck, XliffCheckProblem } from './content-types.ts';
import { ScrollTable } from './scroll-table.tsx';

/** Why a unit or page is not taken over, in words (the server's English detail stays for unknown reasons). */
export function reasonWords(t: TFunction, problem: XliffCheckProblem): string {
  return t(`content.xliff.reasons.${problem.reason}`, { defaultValue: problem.detail });
}

/** A unit's text without its inline markup, for the overview. */
function plain(html: string | undefined): string {
  return (html ?? '').replace(/<[^>]*>/g, '').trim();
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
        const title = page.title ?? t('content.xliff.unknownPage', { id: page.pageId });
        const pageProblems = page.problems.filter((p) => p.unitId === null);
        const unitProblems = page.problems.filter((p) => p.unitId !== null);
        const captionId = `xliff-units-${page.pageId}`;
        return (
          <section key={page.pageId} className="stack-sm content-xliff-page" aria-labelledby={`${captionId}-title`}>
            <h4 className="kern-heading-small" id={`${captionId}-title`}>
              {title}
            </h4>
            <p className="kern-body">
              <Badge variant={page.writable ? 'success' : 'warning'}>
                {page.writable ? t('content.xliff.pageWritable') : t('content.xliff.pageNotWritable')}
              </Badge>{' '}
              {t('content.xliff.matched', { matched: page.matched, total: page.units })}
            </p>
            {pageProblems.length > 0 ? (
              <ul className="kern-list">
                {pageProblems.map((problem) => (
                  <li key={problem.reason}>{reasonWords(t, problem)}</li>
                ))}
              </ul>
            ) : null}
            {unitProblems.length > 0 ? (
              <ScrollTable labelledBy={captionId}>
                <table className="kern-table kern-table--small">
                  <caption className="kern-title content-caption" id={captionId}>
                    {t('content.xliff.unitsCaption', { title })}
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
                        {t('content.xliff.sourceNow')}
                      </th>
                    </tr>
                  </thead>
                  <tbody className="kern-table__body">
                    {unitProblems.map((problem) => (
                      <tr className="kern-table__row" key={`${problem.unitId}-${problem.reason}`}>
                        <th scope="row" className="kern-table__cell">
                          {problem.unitId}
                        </th>
                        <td className="kern-table__cell">{reasonWords(t, problem)}</td>
                        <td className="kern-table__cell content-unit-text">
                          {plain(problem.currentSource) || plain(problem.fileSource) || '–'}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollTable>
            ) : page.units > 0 && page.matched === page.units ? (
              <p className="kern-body">{t('content.xliff.allMatched')}</p>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}
