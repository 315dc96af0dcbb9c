import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type LotView,
  type NeedInput,
  type NeedView,
  PROCUREMENT_LIMITS,
  type PurchaseDetail,
} from '../../../../shared/contracts/services-procurement.ts';
import { api } from '../../../api/client.ts';
import { Alert } from '../../../ui/alert.tsx';
import { Button } from '../../../ui/button.tsx';
import { Form } from '../../../ui/form.tsx';
import { Section } from '../../../ui/section.tsx';
import { TextField } from '../../../ui/text-field.tsx';
import { type FieldChecks, useFormErrors } from '../../../ui/use-form-errors.ts';
import { useFormat } from '../../../ui/use-format.ts';
import { berlinDateTime } from './berlin-time.ts';
import { centsFromEuros, formatEuros } from './money.ts';
import { purchaseKey, purchasePath } from './queries.ts';

/** The lots; for each, my organisation's need and (while the survey is open) the form to declare it. */
export function NeedsSection({ purchase }: { purchase: PurchaseDetail }) {
  const { t, i18n } = useTranslation();
  return (
    <Section title={t('procurement.needs.title')}>
      <p className="kern-body">
        {purchase.viewer.canDeclare
          ? t('procurement.needs.intro', { deadline: berlinDateTime(purchase.needsDeadline, i18n.language) })
          : purchase.viewer.deadlinePassed || purchase.stage !== 'needs-survey'
            ? t('procurement.needs.closed')
            : t('procurement.needs.readOnly')}
      </p>
      <ol className="procurement-lots">
        {purchase.lotList.map((lot) => (
          <li key={lot.id} className="procurement-lots__lot">
            <LotNeed purchase={purchase} lot={lot} need={purchase.myNeeds.find((n) => n.lotId === lot.id) ?? null} />
          </li>
        ))}
      </ol>
    </Section>
  );
}

function LotNeed({ purchase, lot, need }: { purchase: PurchaseDetail; lot: LotView; need: NeedView | null }) {
  const { t, i18n } = useTranslation();
  const { number } = useFormat();
  return (
    <>
      <h3 className="kern-heading-small">
        {t('procurement.needs.lotHeading', { number: lot.position, title: lot.title })}
      </h3>
      {lot.description ? <p className="kern-body">{lot.description}</p> : null}
      {need ? (
        <p className="kern-body" data-testid={`my-need-${lot.position}`}>
          {t('procurement.needs.mine', {
            quantity: number(need.quantity),
            unit: lot.unit,
            budget: formatEuros(need.budgetCents, i18n.language),
          })}
        </p>
      ) : null}
      {purchase.viewer.canDeclare && need ? <WithdrawNeed purchase={purchase} lot={lot} /> : null}
      {purchase.viewer.canDeclare ? <NeedForm purchase={purchase} lot={lot} need={need} /> : null}
    </>
  );
}

/** Takes my organisation's need for a lot back while the survey is open. */
function WithdrawNeed({ purchase, lot }: { purchase: PurchaseDetail; lot: LotView }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const withdraw = useMutation({
    mutationFn: () => api.delete(purchasePath(purchase.id, `/lots/${lot.id}/need`)),
    onSuccess: () => client.invalidateQueries({ queryKey: purchaseKey(purchase.id) }),
  });
  return (
    <p className="kern-body">
      <Button variant="tertiary" small busy={withdraw.isPending} onClick={() => withdraw.mutate()}>
        {t('procurement.needs.withdraw', { title: lot.title })}
      </Button>
    </p>
  );
}

const NEED_FIELDS = ['quantity', 'budgetCents', 'contactName', 'contactEmail', 'note'];

function NeedForm({ purchase, lot, need }: { purchase: PurchaseDetail; lot: LotView; need: NeedView | null }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const form = useFormErrors(`need-${lot.position}`);
  const [quantity, setQuantity] = useState(need ? String(need.quantity) : '');
  const [budget, setBudget] = useState(
    need ? String(need.budgetCents / 100).replace('.', i18n.language === 'de' ? ',' : '.') : '',
  );
  const [contactName, setContactName] = useState(need?.contactName ?? '');
  const [contactEmail, setContactEmail] = useState(need?.contactEmail ?? '');
  const [saved, setSaved] = useState(false);
  const quantityValue = /^\d{1,10}$/.test(quantity.trim()) ? Number(quantity.trim()) : null;

  function check(): FieldChecks {
    return {
      quantity:
        quantityValue !== null && quantityValue >= 1 && quantityValue <= PROCUREMENT_LIMITS.maxQuantity
          ? undefined
          : t('procurement.needs.quantityFormat'),
      budgetCents: centsFromEuros(budget, i18n.language) === null ? t('procurement.new.moneyFormat') : undefined,
      contactName: contactName.trim() ? undefined : t('procurement.new.required'),
      contactEmail: /^[^\s@]+@[^\s@]+$/.test(contactEmail.trim()) ? undefined : t('procurement.needs.emailFormat'),
    };
  }

  const save = useMutation({
    mutationFn: () =>
      api.put<NeedView>(purchasePath(purchase.id, `/lots/${lot.id}/need`), {
        quantity: quantityValue ?? 0,
        budgetCents: centsFromEuros(budget, i18n.language) ?? 0,
        contactName: contactName.trim(),
        contactEmail: contactEmail.trim(),
      } satisfies NeedInput),
    onSuccess: async () => {
      setSaved(true);
      await client.invalidateQueries({ queryKey: purchaseKey(purchase.id) });
    },
    onError: (error) => {
      setSaved(false);
      form.failFromServer(error, NEED_FIELDS);
    },
  });

  return (
    <div className="procurement-need-form">
      {saved ? (
        <Alert variant="success" role="status" title={t('procurement.needs.saved', { title: lot.title })} />
      ) : null}
      <Form
        form={form}
        check={check}
        onValid={() => save.mutate()}
        busy={save.isPending}
        error={save.error}
        submit={t(need ? 'procurement.needs.update' : 'procurement.needs.submit', { title: lot.title })}
      >
        <TextField
          id={form.id('quantity')}
          label={t('procurement.needs.quantity', { unit: lot.unit })}
          value={quantity}
          onChange={setQuantity}
          error={form.errors.quantity}
          inputMode="numeric"
          maxLength={10}
        />
        <TextField
          id={form.id('budgetCents')}
          label={t('procurement.needs.budget')}
          hint={t('procurement.new.valueHint')}
          value={budget}
          onChange={setBudget}
          error={form.errors.budgetCents}
          inputMode="decimal"
          maxLength={20}
        />
        <TextField
          id={form.id('contactName')}
          label={t('procurement.needs.contactName')}
          value={contactName}
          onChange={setContactName}
          error={form.errors.contactName}
          autoComplete="name"
          maxLength={PROCUREMENT_LIMITS.contact}
        />
        <TextField
          id={form.id('contactEmail')}
          type="email"
          label={t('procurement.needs.contactEmail')}
          value={contactEmail}
          onChange={setContactEmail}
          error={form.errors.contactEmail}
          autoComplete="email"
          maxLength={PROCUREMENT_LIMITS.contact}
        />
      </Form>
    </div>
  );
}
