import { type MouseEvent, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportJob, ImportProblem, ImportReport, ImportRow } from '../../../../shared/contracts/atlas-import.ts';
import { Alert } from '../../../ui/alert.tsx';
import { DataTable } from '../../../ui/data-table.tsx';
import { Icon } from '../../../ui/icon.tsx';
import { Section } from '../../../ui/section.tsx';
import { useFormat } from '../../../ui/use-format.ts';
import { importProblemText } from './import-texts.ts';

/** A long report is cut on the page; the counts above still tell the whole. */
const PROBLEMS_SHOWN = 500;
const ROWS_SHOWN = 200;
const SUMMARY_LINKS = 10;

interface ProblemLine extends ImportProblem {
  key: string;
  row: number;
  title: string;
}

const problemId = (line: ProblemLine) => `import-problem-${line.key}`;

/** Moves focus (not only the view) to the problem's row, as the form's error summary does. */
const jumpTo = (id: string) => (event: MouseEvent) => {
  event.preventDefault();
  const target = document.getElementById(id);
  target?.focus();
  target?.scrollIntoView({ block: 'center' });
};

/**
 * What the file would do: an error summary that takes focus when there are problems, the problems
 * by row and column, and every row with the action confirming would take (`job`: the import's job as
 * last asked for, once confirmed).
 */
export function ImportReportView({ report, job }: { report: ImportReport; job?: ImportJob | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  const summaryRef = useRef<HTMLElement>(null);
  const lines: ProblemLine[] = report.rows.flatMap((row) =>
    row.problems.map((p, i) => ({ ...p, key: `${row.row}-${i}`, row: row.row, title: row.title })),
  );
  const { counts } = report;
  const confirmed = Boolean(report.confirmedAt || job);

  useEffect(() => {
    // A new report with problems is announced by moving focus to its summary.
    if (report.id && !report.valid && !confirmed) summaryRef.current?.focus();
  }, [report.id, report.valid, confirmed]);

  const rowLabel = report.format === 'json' ? t('atlas.import.entry') : t('atlas.import.row');
  return (
    <>
      {report.valid ? (
        confirmed ? null : (
          <Alert variant="success" role="status" title={t('atlas.import.validTitle', { count: counts.rows })}>
            <p className="kern-body">{t('atlas.import.plan', { create: counts.create, update: counts.update })}</p>
          </Alert>
        )
      ) : (
        <section
          className="kern-alert kern-alert--danger error-summary"
          ref={summaryRef}
          tabIndex={-1}
          aria-labelledby="import-summary-title"
        >
          <div className="kern-alert__header">
            <Icon name="danger" />
            <h2 className="kern-title" id="import-summary-title">
              {t('atlas.import.problemSummary', { count: counts.problems, rows: counts.rowsWithProblems })}
            </h2>
          </div>
          <div className="kern-alert__body">
            <p className="kern-body">{t('atlas.import.fixAndRetry')}</p>
            <ul className="kern-list">
              {lines.slice(0, SUMMARY_LINKS).map((line) => (
                <li key={line.key}>
                  <a className="kern-link" href={`#${problemId(line)}`} onClick={jumpTo(problemId(line))}>
                    {/* One child: KERN lays a link's children out side by side. */}
                    <span>
                      {rowLabel} {line.row}, <code>{line.column}</code>: {importProblemText(t, line)}
                    </span>
                  </a>
                </li>
              ))}
            </ul>
            {lines.length > SUMMARY_LINKS ? (
              <p className="kern-body">{t('atlas.import.moreProblems', { count: lines.length - SUMMARY_LINKS })}</p>
            ) : null}
          </div>
        </section>
      )}

      {report.ignoredColumns.length > 0 ? (
        <Alert variant="warning" title={t('atlas.import.ignoredTitle')}>
          <p className="kern-body">
            {t('atlas.import.ignoredText')}{' '}
            {report.ignoredColumns.map((c, i) => (
              <span key={c}>
                {i > 0 ? ', ' : ''}
                <code>{c}</code>
              </span>
            ))}
          </p>
        </Alert>
      ) : null}

      {lines.length > 0 ? (
        <Section title={t('atlas.import.problemsTitle')}>
          {lines.length > PROBLEMS_SHOWN ? (
            <p className="kern-body">{t('atlas.import.cut', { shown: PROBLEMS_SHOWN, count: lines.length })}</p>
          ) : null}
          <DataTable<ProblemLine>
            caption={t('atlas.import.problemsTitle')}
            captionHidden
            rows={lines.slice(0, PROBLEMS_SHOWN)}
            rowKey={(l) => l.key}
            columns={[
              {
                key: 'row',
                header: rowLabel,
                numeric: true,
                render: (l) => (
                  // The summary's links land here; tabIndex lets the jump move keyboard focus too.
                  <span id={problemId(l)} tabIndex={-1}>
                    {format.number(l.row)}
                  </span>
                ),
              },
              { key: 'title', header: t('atlas.import.titleColumn'), render: (l) => l.title || '–' },
              { key: 'column', header: t('atlas.import.column'), render: (l) => <code>{l.column}</code> },
              { key: 'problem', header: t('atlas.import.problem'), render: (l) => importProblemText(t, l) },
            ]}
          />
        </Section>
      ) : null}

      <Section title={t('atlas.import.rowsTitle', { count: counts.rows })}>
        <p className="kern-body">
          {report.confirmedAt && job?.state === 'done' && job.result
            ? `${t('atlas.import.done', { created: job.result.created, updated: job.result.updated })} ${t('atlas.import.confirmedAt', { at: format.dateTime(report.confirmedAt) })}`
            : t('atlas.import.plan', { create: counts.create, update: counts.update })}
        </p>
        {report.rows.length > ROWS_SHOWN ? (
          <p className="kern-body">{t('atlas.import.cut', { shown: ROWS_SHOWN, count: report.rows.length })}</p>
        ) : null}
        <DataTable<ImportRow>
          caption={t('atlas.import.rowsTitle', { count: counts.rows })}
          captionHidden
          rows={report.rows.slice(0, ROWS_SHOWN)}
          rowKey={(r) => String(r.row)}
          columns={[
            { key: 'row', header: rowLabel, numeric: true, render: (r) => format.number(r.row) },
            { key: 'title', header: t('atlas.import.titleColumn'), render: (r) => r.title || '–' },
            {
              key: 'slug',
              header: t('atlas.import.slug'),
              render: (r) => (r.slug ? <code className="break-all">{r.slug}</code> : t('atlas.import.slugLater')),
            },
            { key: 'action', header: t('atlas.import.action'), render: (r) => t(`atlas.import.actions.${r.action}`) },
            {
              key: 'state',
              header: t('atlas.import.state'),
              render: (r) =>
                r.problems.length > 0
                  ? t('atlas.import.rowProblems', { count: r.problems.length })
                  : t('atlas.import.rowFine'),
            },
          ]}
        />
      </Section>
    </>
  );
}
