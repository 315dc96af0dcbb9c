import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OFFER_LIMITS, type OfferDetail, type OfferRequest } from '../../../../shared/contracts/services-offers.ts';
import { landName } from '../../../../shared/laender.ts';
import { api } from '../../../api/client.ts';
import { Alert } from '../../../ui/alert.tsx';
import { Badge } from '../../../ui/badge.tsx';
import { ButtonLink } from '../../../ui/button.tsx';
import { ConfirmButton } from '../../../ui/confirm-button.tsx';
import { useContentLang } from '../../../ui/content-language.ts';
import { DescriptionList } from '../../../ui/description-list.tsx';
import { Form } from '../../../ui/form.tsx';
import { PageTitle } from '../../../ui/page-title.tsx';
import { QueryState } from '../../../ui/query-state.tsx';
import { Section } from '../../../ui/section.tsx';
import { TextArea } from '../../../ui/text-area.tsx';
import { useFormErrors } from '../../../ui/use-form-errors.ts';
import { useFormat } from '../../../ui/use-format.ts';
import { RequireSignIn } from '../../accounts/require-sign-in.tsx';
import { priceText, taskFieldLabel } from './offer-labels.ts';
import { OFFERS_KEY, offerKey, useOffer, useOfferRequests } from './queries.ts';
import { RequestCard } from './request-card.tsx';
import './offers.css';

const route = getRouteApi('/services/offers/$id');

/** /services/offers/$id: an offer, asking for it, and (for the provider) its requests. */
export function OfferPage() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const offer = useOffer(id);
  return (
    <RequireSignIn>
      {() => (
        <QueryState
          query={offer}
          notFound={
            <>
              <PageTitle>{t('serviceOffers.notFound')}</PageTitle>
              <p className="kern-body">
                <Link className="kern-link" to="/services">
                  {t('serviceOffers.backToList')}
                </Link>
              </p>
            </>
          }
        >
          {(data) => <Offer offer={data} />}
        </QueryState>
      )}
    </RequireSignIn>
  );
}

function Offer({ offer }: { offer: OfferDetail }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const lang = useContentLang();
  const client = useQueryClient();
  const withdraw = useMutation({
    mutationFn: () => api.post<OfferDetail>(`/services/offers/${offer.id}/withdraw`),
    onSuccess: async (changed) => {
      client.setQueryData(offerKey(offer.id), changed);
      await client.invalidateQueries({ queryKey: OFFERS_KEY });
    },
  });
  const term =
    offer.validFrom || offer.validUntil
      ? t('serviceOffers.detail.termRange', {
          from: offer.validFrom ? format.date(offer.validFrom) : '…',
          until: offer.validUntil ? format.date(offer.validUntil) : '…',
        })
      : t('serviceOffers.detail.termOpen');
  const audience =
    offer.audience === 'alliance' && offer.alliance
      ? t('serviceOffers.detail.audienceAlliance', { alliance: offer.alliance.name })
      : offer.audience === 'land'
        ? t('serviceOffers.detail.audienceLand', { land: landName(offer.landCode) ?? '' })
        : t('serviceOffers.audiences.platform');
  const facts = [
    { key: 'provider', label: t('serviceOffers.detail.provider'), value: offer.organisation.name },
    ...(offer.taskField
      ? [
          {
            key: 'taskField',
            label: t('serviceOffers.detail.taskField'),
            value: taskFieldLabel(offer.taskField, i18n.language),
          },
        ]
      : []),
    ...(offer.leikaKey ? [{ key: 'leika', label: t('serviceOffers.detail.leikaKey'), value: offer.leikaKey }] : []),
    ...(offer.capacity
      ? [
          {
            key: 'capacity',
            label: t('serviceOffers.detail.capacity'),
            value: <span lang={lang}>{offer.capacity}</span>,
          },
        ]
      : []),
    ...(offer.serviceLevel
      ? [
          {
            key: 'serviceLevel',
            label: t('serviceOffers.detail.serviceLevel'),
            value: (
              <span className="so-text" lang={lang}>
                {offer.serviceLevel}
              </span>
            ),
          },
        ]
      : []),
    {
      key: 'price',
      label: t('serviceOffers.detail.price'),
      value: [priceText(t, i18n.language, offer), offer.priceNote].filter(Boolean).join(' – '),
    },
    {
      key: 'legalBasis',
      label: t('serviceOffers.detail.legalBasis'),
      value: t(`serviceOffers.legalBases.${offer.legalBasis}`),
    },
    { key: 'audience', label: t('serviceOffers.detail.audience'), value: audience },
    { key: 'term', label: t('serviceOffers.detail.term'), value: term },
  ];
  return (
    <>
      <PageTitle preline={t('serviceOffers.detail.preline')} contentLang={lang}>
        {offer.title}
      </PageTitle>
      <div className="stack-xl">
        {offer.withdrawn ? <Alert variant="warning" title={t('serviceOffers.detail.withdrawnNotice')} /> : null}
        {offer.viewer.canManage ? (
          <div className="kern-btn-wrapper">
            <ButtonLink to="/services/offers/$id/edit" params={{ id: offer.id }} variant="secondary" icon="edit">
              {t('serviceOffers.detail.edit')}
            </ButtonLink>
            {!offer.withdrawn ? (
              <ConfirmButton
                question={t('serviceOffers.detail.withdrawQuestion')}
                confirmLabel={t('serviceOffers.detail.withdrawConfirm')}
                onConfirm={() => withdraw.mutate()}
                busy={withdraw.isPending}
              >
                {t('serviceOffers.detail.withdraw')}
              </ConfirmButton>
            ) : null}
          </div>
        ) : null}
        {offer.description ? (
          <p className="kern-body so-text" lang={lang}>
            {offer.description}
          </p>
        ) : null}
        <DescriptionList items={facts} />
        <Section title={t('serviceOffers.detail.experts')}>
          {offer.experts.length === 0 ? (
            <p className="kern-body">{t('serviceOffers.detail.noExperts')}</p>
          ) : (
            <ul className="plain-list">
              {offer.experts.map((expert) => (
                <li key={expert.id}>
                  <Link className="kern-link" to="/network/people/$personId" params={{ personId: expert.id }}>
                    {expert.name}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </Section>
        <Section title={t('serviceOffers.detail.exemption')}>
          <p className="kern-body">
            <Badge variant={offer.exemptionMet ? 'success' : 'warning'}>
              {offer.exemptionMet ? t('serviceOffers.detail.exemptionMet') : t('serviceOffers.detail.exemptionOpen')}
            </Badge>
          </p>
          <ul className="plain-list so-checklist kern-body">
            {(['commonGoals', 'publicInterestOnly', 'marketShareBelow20'] as const).map((key) => (
              <li key={key}>
                {offer.exemption[key] ? '✓ ' : '✗ '}
                {t(`serviceOffers.form.exemption.${key}`)}{' '}
                <span className="visually-hidden">
                  ({offer.exemption[key] ? t('serviceOffers.detail.ticked') : t('serviceOffers.detail.notTicked')})
                </span>
              </li>
            ))}
          </ul>
          {offer.exemption.note ? (
            <p className="kern-body so-text" lang={lang}>
              {offer.exemption.note}
            </p>
          ) : null}
        </Section>
        <Requests offer={offer} />
      </div>
    </>
  );
}

function Requests({ offer }: { offer: OfferDetail }) {
  const { t } = useTranslation();
  const requests = useOfferRequests(offer.id, true);
  const items = requests.data?.items ?? [];
  const openOfMine = items.some((r) => r.state === 'open' && !offer.viewer.isProvider);
  return (
    <Section title={offer.viewer.isProvider ? t('serviceOffers.requests.incoming') : t('serviceOffers.requests.title')}>
      {offer.viewer.canRequest && !openOfMine ? <RequestForm offer={offer} /> : null}
      {!offer.viewer.canRequest && !offer.viewer.isProvider && items.length === 0 ? (
        <p className="kern-body">{t('serviceOffers.requests.whoMayAsk')}</p>
      ) : null}
      {items.length === 0 && offer.viewer.isProvider ? (
        <p className="kern-body">{t('serviceOffers.requests.none')}</p>
      ) : null}
      <ul className="plain-list so-requests">
        {items.map((request: OfferRequest) => (
          <RequestCard key={request.id} request={request} provider={offer.viewer.isProvider} />
        ))}
      </ul>
    </Section>
  );
}

function RequestForm({ offer }: { offer: OfferDetail }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [message, setMessage] = useState('');
  const form = useFormErrors('offer-request');
  const ask = useMutation({
    mutationFn: () => api.post<OfferRequest>(`/services/offers/${offer.id}/requests`, { message: message.trim() }),
    onSuccess: async () => {
      setMessage('');
      await client.invalidateQueries({ queryKey: offerKey(offer.id) });
    },
    onError: (error) => form.failFromServer(error, ['message']),
  });
  return (
    <Form
      form={form}
      check={() => ({ message: message.trim() ? undefined : t('serviceOffers.requests.messageRequired') })}
      onValid={() => ask.mutate()}
      busy={ask.isPending}
      error={ask.error}
      submit={t('serviceOffers.requests.ask')}
    >
      <TextArea
        id={form.id('message')}
        label={t('serviceOffers.requests.message')}
        hint={t('serviceOffers.requests.messageHint')}
        value={message}
        onChange={setMessage}
        error={form.errors.message}
        maxLength={OFFER_LIMITS.message}
        rows={4}
      />
    </Form>
  );
}
