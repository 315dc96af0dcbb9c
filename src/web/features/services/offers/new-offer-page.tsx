import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OfferDetail } from '../../../../shared/contracts/services-offers.ts';
import { api } from '../../../api/client.ts';
import { Alert } from '../../../ui/alert.tsx';
import { Form } from '../../../ui/form.tsx';
import { PageTitle } from '../../../ui/page-title.tsx';
import { useFormErrors } from '../../../ui/use-form-errors.ts';
import { RequireSignIn } from '../../accounts/require-sign-in.tsx';
import { isOrganisationAdmin } from '../../accounts/use-me.ts';
import { checkOffer, emptyOffer, OFFER_FIELDS, OfferFields, type OfferValues, offerBody } from './offer-form.tsx';
import { OFFERS_KEY } from './queries.ts';

/** /services/offers/new: an organisation's admin offers a service to others. */
export function NewOfferPage() {
  const { t } = useTranslation();
  return (
    <div className="narrow-page">
      <PageTitle lead={t('serviceOffers.new.lead')}>{t('serviceOffers.new.title')}</PageTitle>
      <RequireSignIn>
        {(me) =>
          isOrganisationAdmin(me) && me.organisation ? (
            <NewOfferForm organisationId={me.organisation.id} organisationName={me.organisation.name} />
          ) : (
            <Alert variant="info" title={t('serviceOffers.new.adminsOnly')} />
          )
        }
      </RequireSignIn>
    </div>
  );
}

function NewOfferForm({ organisationId, organisationName }: { organisationId: string; organisationName: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [values, setValues] = useState<OfferValues>(() => emptyOffer(organisationId));
  const form = useFormErrors('offer');
  const create = useMutation({
    mutationFn: () => api.post<OfferDetail>('/services/offers', offerBody(values)),
    onSuccess: async (offer) => {
      await client.invalidateQueries({ queryKey: OFFERS_KEY });
      await navigate({ to: '/services/offers/$id', params: { id: offer.id } });
    },
    onError: (error) => form.failFromServer(error, OFFER_FIELDS),
  });
  return (
    <>
      <p className="kern-body">{t('serviceOffers.new.offeredBy', { organisation: organisationName })}</p>
      <Form
        form={form}
        check={() => checkOffer(values, t)}
        onValid={() => create.mutate()}
        busy={create.isPending}
        error={create.error}
        submit={t('serviceOffers.new.submit')}
      >
        <OfferFields form={form} values={values} onChange={(change) => setValues((v) => ({ ...v, ...change }))} />
      </Form>
    </>
  );
}
