import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/alert.tsx';
import { Form } from '../../ui/form.tsx';
import { Section } from '../../ui/section.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useFormErrors } from '../../ui/use-form-errors.ts';
import { centsForInput, formatEuros, parseEuros } from './money.ts';
import { useSetWordPrice } from './sharing-queries.ts';

/** The price per translated word the organisation pays, typed in euros; empty removes it (admins). */
export function WordPriceForm({
  organisationId,
  wordPriceCents,
}: {
  organisationId: string;
  wordPriceCents: number | null;
}) {
  const { t, i18n } = useTranslation();
  const form = useFormErrors('word-price');
  const save = useSetWordPrice(organisationId);
  const [price, setPrice] = useState(() => centsForInput(wordPriceCents, i18n.language));
  const [saved, setSaved] = useState<string | null>(null);
  const savedRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (saved) savedRef.current?.focus();
  }, [saved]);
  return (
    <Section title={t('contentSharing.price.title')}>
      <p className="kern-body">{t('contentSharing.price.intro')}</p>
      {saved ? (
        <div ref={savedRef} tabIndex={-1} className="sharing-flash">
          <Alert variant="success" role="status" title={saved} />
        </div>
      ) : null}
      <Form
        form={form}
        busy={save.isPending}
        error={save.error}
        check={() => ({
          wordPriceCents: parseEuros(price) === undefined ? t('contentSharing.price.invalid') : undefined,
        })}
        onValid={() => {
          const cents = parseEuros(price);
          if (cents === undefined) return;
          setSaved(null);
          save.mutate(cents, {
            onSuccess: () => {
              setPrice(centsForInput(cents, i18n.language));
              setSaved(
                cents === null
                  ? t('contentSharing.price.removed')
                  : t('contentSharing.price.saved', { price: formatEuros(cents, i18n.language) }),
              );
            },
            onError: (error) => form.failFromServer(error, ['wordPriceCents']),
          });
        }}
        submit={t('contentSharing.price.submit')}
      >
        <div className="sharing-short-field">
          <TextField
            id={form.id('wordPriceCents')}
            label={t('contentSharing.price.label')}
            hint={t('contentSharing.price.hint')}
            optional
            inputMode="decimal"
            autoComplete="off"
            maxLength={12}
            value={price}
            onChange={(value) => {
              setPrice(value);
              setSaved(null);
            }}
            error={form.errors.wordPriceCents}
          />
        </div>
      </Form>
    </Section>
  );
}
