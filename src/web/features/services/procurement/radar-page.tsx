import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type PlanInput,
  type PlanView,
  PROCUREMENT_LIMITS,
  type RadarProposal,
  type RadarSide,
} from '../../../../shared/contracts/services-procurement.ts';
import { isApiError } from '../../../api/api-error.ts';
import { api } from '../../../api/client.ts';
import { Alert } from '../../../ui/alert.tsx';
import { Button } from '../../../ui/button.tsx';
import { DataTable } from '../../../ui/data-table.tsx';
import { Form } from '../../../ui/form.tsx';
import { PageTitle } from '../../../ui/page-title.tsx';
import { QueryState } from '../../../ui/query-state.tsx';
import { Section } from '../../../ui/section.tsx';
import { TextField } from '../../../ui/text-field.tsx';
import { type FieldChecks, useFormErrors } from '../../../ui/use-form-errors.ts';
import { useFormat } from '../../../ui/use-format.ts';
import { RequireSignIn } from '../../accounts/require-sign-in.tsx';
import { dayLabel } from './berlin-time.ts';
import { PLANS_KEY, RADAR_KEY, usePlans, useRadar } from './queries.ts';
import './procurement.css';

/** /services/procurement/radar: my organisation's "we plan to buy" entries and the radar's bundling proposals. */
export function RadarPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle lead={t('procurement.radar.lead')}>{t('procurement.radar.title')}</PageTitle>
      <RequireSignIn>
        {(me) =>
          me.organisation?.status === 'confirmed' ? (
            <div className="stack-xl">
              <Proposals />
              <Plans canEdit={me.organisation.role === 'admin' || me.organisation.role === 'editor'} />
            </div>
          ) : (
            <Alert variant="info" title={t('procurement.radar.needsOrganisation')} />
          )
        }
      </RequireSignIn>
    </>
  );
}

function Proposals() {
  const { t, i18n } = useTranslation();
  const radar = useRadar();
  const side = (s: RadarSide) => (
    <>
      {s.kind === 'purchase' ? (
        <Link to="/services/procurement/$id" params={{ id: s.id }} className="kern-link">
          {s.title}
        </Link>
      ) : (
        s.title
      )}{' '}
      ({t(`procurement.radar.kinds.${s.kind}`)}, {s.cpvCode}, {dayLabel(s.periodStart, i18n.language)} –{' '}
      {dayLabel(s.periodEnd, i18n.language)})
    </>
  );
  return (
    <Section title={t('procurement.radar.proposals')}>
      <p className="kern-body">{t('procurement.radar.how')}</p>
      <QueryState query={radar} notFound={null}>
        {(data) => (
          <DataTable<RadarProposal>
            caption={t('procurement.radar.proposals')}
            captionHidden
            rows={data.proposals}
            rowKey={(p) => p.id}
            empty={t('procurement.radar.none')}
            columns={[
              { key: 'theirs', header: t('procurement.radar.organisation'), render: (p) => p.theirs.organisation.name },
              { key: 'their-entry', header: t('procurement.radar.theirEntry'), render: (p) => side(p.theirs) },
              { key: 'mine', header: t('procurement.radar.myEntry'), render: (p) => side(p.mine) },
              {
                key: 'why',
                header: t('procurement.radar.why'),
                render: (p) =>
                  p.reason === 'alliance' && p.alliance
                    ? t('procurement.radar.reasonAlliance', { group: p.cpvGroup, alliance: p.alliance.name })
                    : t('procurement.radar.reasonLand', { group: p.cpvGroup }),
              },
            ]}
          />
        )}
      </QueryState>
    </Section>
  );
}

function Plans({ canEdit }: { canEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const { number } = useFormat();
  const plans = usePlans();
  const client = useQueryClient();
  const remove = useMutation({
    mutationFn: (id: string) => api.delete(`/services/procurement/plans/${encodeURIComponent(id)}`),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: PLANS_KEY });
      await client.invalidateQueries({ queryKey: RADAR_KEY });
    },
  });
  return (
    <Section title={t('procurement.radar.plans')}>
      <QueryState query={plans} notFound={null}>
        {(data) => (
          <DataTable<PlanView>
            caption={t('procurement.radar.plans')}
            captionHidden
            rows={data.plans}
            rowKey={(p) => p.id}
            empty={t('procurement.radar.noPlans')}
            columns={[
              { key: 'title', header: t('procurement.radar.planTitle'), render: (p) => p.title },
              { key: 'cpv', header: t('procurement.radar.cpvCode'), render: (p) => p.cpvCode },
              {
                key: 'period',
                header: t('procurement.fields.period'),
                render: (p) => `${dayLabel(p.periodStart, i18n.language)} – ${dayLabel(p.periodEnd, i18n.language)}`,
              },
              {
                key: 'quantity',
                header: t('procurement.radar.quantity'),
                numeric: true,
                render: (p) => (p.quantity === null ? '–' : `${number(p.quantity)} ${p.unit}`),
              },
              ...(canEdit
                ? [
                    {
                      key: 'remove',
                      header: t('procurement.radar.actions'),
                      action: true,
                      render: (p: PlanView) => (
                        <Button variant="tertiary" small busy={remove.isPending} onClick={() => remove.mutate(p.id)}>
                          {t('procurement.radar.remove')}
                          <span className="visually-hidden"> ({p.title})</span>
                        </Button>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        )}
      </QueryState>
      {canEdit ? <PlanForm /> : null}
    </Section>
  );
}

const PLAN_FIELDS = ['title', 'cpvCode', 'periodStart', 'periodEnd', 'quantity', 'unit'];

function PlanForm() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const form = useFormErrors('plan');
  const empty = { title: '', cpvCode: '', periodStart: '', periodEnd: '', quantity: '', unit: '' };
  const [values, setValues] = useState(empty);
  const [saved, setSaved] = useState<string | null>(null);
  const set = (change: Partial<typeof empty>) => setValues((v) => ({ ...v, ...change }));

  function check(): FieldChecks {
    const required = t('procurement.new.required');
    return {
      title: values.title.trim() ? undefined : required,
      cpvCode: /^[0-9]{8}-[0-9]$/.test(values.cpvCode.trim()) ? undefined : t('procurement.new.cpvFormat'),
      periodStart: values.periodStart ? undefined : required,
      periodEnd: !values.periodEnd
        ? required
        : values.periodEnd < values.periodStart
          ? t('procurement.new.periodOrder')
          : undefined,
      quantity:
        values.quantity.trim() === '' || /^[1-9]\d{0,8}$/.test(values.quantity.trim())
          ? undefined
          : t('procurement.needs.quantityFormat'),
    };
  }

  const create = useMutation({
    mutationFn: () =>
      api.post<PlanView>('/services/procurement/plans', {
        title: values.title.trim(),
        cpvCode: values.cpvCode.trim(),
        periodStart: values.periodStart,
        periodEnd: values.periodEnd,
        quantity: values.quantity.trim() ? Number(values.quantity.trim()) : null,
        unit: values.unit.trim(),
      } satisfies PlanInput),
    onSuccess: async (plan) => {
      setSaved(plan.title);
      setValues(empty);
      await client.invalidateQueries({ queryKey: PLANS_KEY });
      await client.invalidateQueries({ queryKey: RADAR_KEY });
    },
    onError: (error) => {
      setSaved(null);
      form.failFromServer(error, PLAN_FIELDS, {
        cpvCode:
          isApiError(error, 400) && error.fields.some((f) => f.field === 'cpvCode')
            ? t('procurement.new.cpvUnknown')
            : undefined,
      });
    },
  });

  return (
    <div className="procurement-plan-form">
      <h3 className="kern-heading-small">{t('procurement.radar.newPlan')}</h3>
      {saved ? (
        <Alert variant="success" role="status" title={t('procurement.radar.planSaved', { title: saved })} />
      ) : null}
      <Form
        form={form}
        check={check}
        onValid={() => create.mutate()}
        busy={create.isPending}
        error={create.error}
        submit={t('procurement.radar.addPlan')}
      >
        <TextField
          id={form.id('title')}
          label={t('procurement.radar.planTitle')}
          value={values.title}
          onChange={(title) => set({ title })}
          error={form.errors.title}
          maxLength={PROCUREMENT_LIMITS.subject}
        />
        <TextField
          id={form.id('cpvCode')}
          label={t('procurement.radar.cpvCode')}
          hint={t('procurement.radar.cpvHint')}
          value={values.cpvCode}
          onChange={(cpvCode) => set({ cpvCode })}
          error={form.errors.cpvCode}
          maxLength={10}
        />
        <TextField
          id={form.id('periodStart')}
          type="date"
          label={t('procurement.fields.periodStart')}
          value={values.periodStart}
          onChange={(periodStart) => set({ periodStart })}
          error={form.errors.periodStart}
        />
        <TextField
          id={form.id('periodEnd')}
          type="date"
          label={t('procurement.fields.periodEnd')}
          value={values.periodEnd}
          onChange={(periodEnd) => set({ periodEnd })}
          error={form.errors.periodEnd}
        />
        <TextField
          id={form.id('quantity')}
          label={t('procurement.radar.quantity')}
          value={values.quantity}
          onChange={(quantity) => set({ quantity })}
          error={form.errors.quantity}
          inputMode="numeric"
          optional
          maxLength={9}
        />
        <TextField
          id={form.id('unit')}
          label={t('procurement.radar.unit')}
          value={values.unit}
          onChange={(unit) => set({ unit })}
          error={form.errors.unit}
          optional
          maxLength={PROCUREMENT_LIMITS.unit}
        />
      </Form>
    </div>
  );
}
