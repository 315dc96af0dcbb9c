import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OfferDetail } from '../../../../shared/contracts/services-offers.ts';
import { api } from '../../../api/client.ts';
import { Alert } from '../../../ui/alert.tsx';
import { Form } from '../../../ui/form.tsx';
import { PageTitle } from '../../../ui/page-title.tsx';
import { QueryState } from '../../../ui/query-state.tsx';
import { useFormErrors } from '../../../ui/use-form-errors.ts';
import { RequireSignIn } from '../../accounts/require-sign-in.tsx';
import { checkOffer, OFFER_FIELDS, OfferFields, type OfferValues, offerBody, valuesOf } from './offer-form.tsx';
import { OFFERS_KEY, useOffer } from './queries.ts';

const route = getRouteApi('/services/offers/$id/edit');

/** /services/offers/$id/edit: the offering organisation's admins change an offer. */
export function EditOfferPage() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const offer = useOffer(id);
  return (
    <div className="narrow-page">
      <PageTitle>{t('serviceOffers.edit.title')}</PageTitle>
      <RequireSignIn>
        {() => (
          <QueryState query={offer} notFound={<Alert variant="info" title={t('serviceOffers.notFound')} />}>
            {(data) =>
              data.viewer.canManage ? (
                <EditOfferForm offer={data} />
              ) : (
                <Alert variant="info" title={t('serviceOffers.edit.adminsOnly')} />
              )
            }
          </QueryState>
        )}
      </RequireSignIn>
    </div>
  );
}

function EditOfferForm({ offer }: { offer: OfferDetail }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [values, setValues] = useState<OfferValues>(() => valuesOf(offer, i18n.language));
  const form = useFormErrors('offer');
  const save = useMutation({
    mutationFn: () => api.put<OfferDetail>(`/services/offers/${offer.id}`, offerBody(values)),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: OFFERS_KEY });
      await navigate({ to: '/services/offers/$id', params: { id: offer.id } });
    },
    onError: (error) => form.failFromServer(error, OFFER_FIELDS),
  });
  return (
    <Form
      form={form}
      check={() => checkOffer(values, t)}
      onValid={() => save.mutate()}
      busy={save.isPending}
      error={save.error}
      submit={t('serviceOffers.edit.submit')}
    >
      <OfferFields form={form} values={values} onChange={(change) => setValues((v) => ({ ...v, ...change }))} />
    </Form>
  );
}
