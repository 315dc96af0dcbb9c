import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cooperation, RevisionSummary } from '../../../../shared/contracts/atlas.ts';
import { Alert } from '../../../ui/alert.tsx';
import { ConfirmButton } from '../../../ui/confirm-button.tsx';
import { DataTable } from '../../../ui/data-table.tsx';
import { Form } from '../../../ui/form.tsx';
import { PageTitle } from '../../../ui/page-title.tsx';
import { ProblemAlert } from '../../../ui/problem.tsx';
import { QueryState } from '../../../ui/query-state.tsx';
import { Section } from '../../../ui/section.tsx';
import { SelectField } from '../../../ui/select-field.tsx';
import { useFormat } from '../../../ui/use-format.ts';
import { RecordNotFound } from '../record/record-page.tsx';
import { useCooperation, useRestoreRevision, useRevisions } from '../record-queries.ts';
import '../record.css';
import { personName } from '../../accounts/former-person.ts';

const route = getRouteApi('/atlas/$slug/history');

/** Every save of a record, newest first: who, when, what kind of change; compare two, restore one. */
export function HistoryPage() {
  const { slug } = route.useParams();
  const record = useCooperation(slug);
  return (
    <QueryState query={record} notFound={<RecordNotFound slug={slug} />}>
      {(data) => <History record={data} />}
    </QueryState>
  );
}

export function actionLabel(t: (key: string, options?: Record<string, unknown>) => string, action: string) {
  return t(`atlas.history.actions.${action}`, { defaultValue: action });
}

function History({ record }: { record: Cooperation }) {
  const { t } = useTranslation();
  const format = useFormat();
  const revisions = useRevisions(record.id);
  const restore = useRestoreRevision(record.id);
  const [restored, setRestored] = useState<number | null>(null);
  return (
    <>
      <PageTitle
        preline={t('atlas.history.preline')}
        documentTitle={t('atlas.history.documentTitle', { title: record.title })}
      >
        {record.title}
      </PageTitle>
      <p className="kern-body page-actions">
        <Link className="kern-link" to="/atlas/$slug" params={{ slug: record.slug }}>
          {t('atlas.form.backToRecord')}
        </Link>
      </p>
      <QueryState query={revisions} notFound={<Alert variant="info" title={t('atlas.history.unavailable')} />}>
        {(items) => {
          const sorted = [...items].sort((a, b) => b.number - a.number);
          return (
            <div className="stack-xl">
              {sorted.length > 1 ? <CompareForm slug={record.slug} revisions={sorted} /> : null}
              <Section title={t('atlas.history.listTitle', { count: sorted.length })}>
                <ProblemAlert error={restore.error} />
                {restored !== null ? (
                  <Alert variant="success" role="status" title={t('atlas.history.restored', { number: restored })} />
                ) : null}
                <DataTable
                  caption={t('atlas.history.caption', { title: record.title })}
                  captionHidden
                  rows={sorted}
                  rowKey={(r) => String(r.number)}
                  columns={[
                    { key: 'number', header: t('atlas.history.number'), render: (r) => r.number },
                    { key: 'action', header: t('atlas.history.action'), render: (r) => actionLabel(t, r.action) },
                    {
                      key: 'author',
                      header: t('atlas.history.author'),
                      render: (r) => (r.authorName ? personName(t, r.authorName) : t('atlas.history.unknownAuthor')),
                    },
                    { key: 'time', header: t('atlas.history.time'), render: (r) => format.dateTime(r.createdAt) },
                    {
                      key: 'compare',
                      header: t('common.actions'),
                      action: true,
                      render: (r) => (
                        <div className="kern-btn-wrapper history-actions">
                          {r.number > 1 ? (
                            <Link
                              className="kern-link"
                              to="/atlas/$slug/diff"
                              params={{ slug: record.slug }}
                              search={{ from: r.number - 1, to: r.number }}
                            >
                              {t('atlas.history.compareWithPrevious', { previous: r.number - 1, number: r.number })}
                            </Link>
                          ) : null}
                          {record.viewer.canEdit && r.number !== record.revision ? (
                            <ConfirmButton
                              small
                              question={t('atlas.history.restoreQuestion', { number: r.number })}
                              confirmLabel={t('atlas.history.restoreConfirm')}
                              busy={restore.isPending}
                              onConfirm={() => restore.mutate(r.number, { onSuccess: () => setRestored(r.number) })}
                            >
                              {t('atlas.history.restore', { number: r.number })}
                            </ConfirmButton>
                          ) : null}
                        </div>
                      ),
                    },
                  ]}
                />
              </Section>
            </div>
          );
        }}
      </QueryState>
    </>
  );
}

/** Two revisions to compare, chosen by number. */
export function CompareForm({
  slug,
  revisions,
  from: initialFrom,
  to: initialTo,
}: {
  slug: string;
  revisions: RevisionSummary[];
  from?: number | undefined;
  to?: number | undefined;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const newest = revisions[0]?.number ?? 1;
  const [from, setFrom] = useState(String(initialFrom ?? Math.max(1, newest - 1)));
  const [to, setTo] = useState(String(initialTo ?? newest));
  const options = revisions.map((r) => ({
    value: String(r.number),
    label: t('atlas.history.option', {
      number: r.number,
      action: actionLabel(t, r.action),
      time: format.dateTime(r.createdAt),
    }),
  }));
  return (
    <Section title={t('atlas.history.compareTitle')}>
      <Form
        onValid={() =>
          navigate({ to: '/atlas/$slug/diff', params: { slug }, search: { from: Number(from), to: Number(to) } })
        }
        busy={false}
        submit={t('atlas.history.compare')}
        submitVariant="secondary"
      >
        <div className="form-pair">
          <SelectField
            id="compare-from"
            label={t('atlas.history.from')}
            value={from}
            onChange={setFrom}
            options={options}
          />
          <SelectField id="compare-to" label={t('atlas.history.to')} value={to} onChange={setTo} options={options} />
        </div>
      </Form>
    </Section>
  );
}
