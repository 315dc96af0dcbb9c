import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AtlasDraft, OFFER_LIMITS, type OfferRequest } from '../../../../shared/contracts/services-offers.ts';
import { api } from '../../../api/client.ts';
import { Badge } from '../../../ui/badge.tsx';
import { Button } from '../../../ui/button.tsx';
import { ConfirmButton } from '../../../ui/confirm-button.tsx';
import { useContentLang } from '../../../ui/content-language.ts';
import { Form } from '../../../ui/form.tsx';
import { ProblemAlert } from '../../../ui/problem.tsx';
import { TextArea } from '../../../ui/text-area.tsx';
import { TextField } from '../../../ui/text-field.tsx';
import { useFormErrors } from '../../../ui/use-form-errors.ts';
import { useFormat } from '../../../ui/use-format.ts';
import { offerKey } from './queries.ts';

const STATE_BADGE = { open: 'info', accepted: 'success', declined: 'danger', withdrawn: 'warning' } as const;

/** One request: who asked, what, its answer and agreement; for the provider's admins the next step. */
export function RequestCard({ request, provider }: { request: OfferRequest; provider: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const lang = useContentLang();
  const canAct = provider && request.viewer.canAnswer;
  const headingId = `request-${request.id}`;
  return (
    <li className="kern-card kern-card--hug">
      <div className="kern-card__container so-request">
        <header className="kern-card__header">
          {/* Focused after a withdrawal, so the changed state is read out where the button was. */}
          <h3 className="kern-title" id={headingId} tabIndex={-1}>
            {provider
              ? t('serviceOffers.requests.from', { organisation: request.requester.name })
              : t('serviceOffers.requests.ours', { organisation: request.requester.name })}{' '}
            <Badge variant={STATE_BADGE[request.state]}>{t(`serviceOffers.requests.states.${request.state}`)}</Badge>
          </h3>
        </header>
        <div className="kern-card__body so-request">
          <p className="kern-body so-card__meta">
            {t('serviceOffers.requests.askedBy', {
              name: request.requestedBy.name,
              date: format.dateTime(request.createdAt),
            })}
          </p>
          <p className="kern-body so-text" lang={lang}>
            {request.message}
          </p>
          {request.withdrawnAt ? (
            <p className="kern-body so-card__meta">
              {t('serviceOffers.requests.withdrawnAt', { date: format.dateTime(request.withdrawnAt) })}
            </p>
          ) : null}
          {request.answerNote ? (
            <p className="kern-body so-text">
              <strong>{t('serviceOffers.requests.answerNote')}</strong> <span lang={lang}>{request.answerNote}</span>
            </p>
          ) : null}
          {request.agreement ? <Agreement request={request} /> : null}
          {canAct && request.state === 'open' ? <AnswerForm request={request} /> : null}
          {request.state === 'open' && request.viewer.canWithdraw ? (
            <Withdraw request={request} headingId={headingId} />
          ) : null}
          {canAct && request.state === 'accepted' && !request.agreement?.cooperationId ? (
            <AgreementForm request={request} />
          ) : null}
          {canAct && request.agreement && !request.agreement.cooperationId ? <ToAtlas request={request} /> : null}
        </div>
      </div>
    </li>
  );
}

function Agreement({ request }: { request: OfferRequest }) {
  const { t } = useTranslation();
  const format = useFormat();
  const agreement = request.agreement;
  if (!agreement) return null;
  return (
    <div className="so-request">
      <p className="kern-body">
        {t('serviceOffers.agreement.summary', {
          provider: request.provider.name,
          requester: request.requester.name,
          start: format.date(agreement.startDate),
        })}
      </p>
      {agreement.documentUrl ? (
        <p className="kern-body so-card__meta">
          <a className="kern-link" href={agreement.documentUrl} rel="noopener noreferrer">
            {t('serviceOffers.agreement.document')}
          </a>
        </p>
      ) : null}
      {agreement.cooperationId ? (
        <p className="kern-body">
          <Link className="kern-link" to="/atlas/$slug" params={{ slug: agreement.cooperationId }}>
            {t('serviceOffers.agreement.inAtlas')}
          </Link>
        </p>
      ) : null}
    </div>
  );
}

function AnswerForm({ request }: { request: OfferRequest }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [note, setNote] = useState('');
  const answer = useMutation({
    mutationFn: (action: 'accept' | 'decline') =>
      api.post<OfferRequest>(`/services/offer-requests/${request.id}/${action}`, { note: note.trim() }),
    onSuccess: () => client.invalidateQueries({ queryKey: offerKey(request.offerId) }),
  });
  const name = request.requester.name;
  return (
    <div className="so-request">
      <ProblemAlert error={answer.error} />
      <TextArea
        id={`answer-${request.id}`}
        label={t('serviceOffers.requests.note')}
        value={note}
        onChange={setNote}
        maxLength={OFFER_LIMITS.note}
        rows={2}
        optional
      />
      <div className="kern-btn-wrapper">
        <Button icon="check" busy={answer.isPending} onClick={() => answer.mutate('accept')}>
          {t('serviceOffers.requests.accept')}
          <span className="visually-hidden"> ({name})</span>
        </Button>
        <Button variant="secondary" busy={answer.isPending} onClick={() => answer.mutate('decline')}>
          {t('serviceOffers.requests.decline')}
          <span className="visually-hidden"> ({name})</span>
        </Button>
      </div>
    </div>
  );
}

/** "Anfrage zurückziehen" for the requesting side, asked once more before it is done. */
function Withdraw({ request, headingId }: { request: OfferRequest; headingId: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const withdraw = useMutation({
    mutationFn: () => api.post<OfferRequest>(`/services/offer-requests/${request.id}/withdraw`),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: offerKey(request.offerId) });
      document.getElementById(headingId)?.focus();
    },
  });
  return (
    <div className="so-request">
      <ProblemAlert error={withdraw.error} />
      <ConfirmButton
        question={t('serviceOffers.requests.withdrawQuestion', { provider: request.provider.name })}
        confirmLabel={t('serviceOffers.requests.withdrawConfirm')}
        onConfirm={() => withdraw.mutate()}
        busy={withdraw.isPending}
      >
        {t('serviceOffers.requests.withdraw')}
      </ConfirmButton>
    </div>
  );
}

function AgreementForm({ request }: { request: OfferRequest }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [startDate, setStartDate] = useState(request.agreement?.startDate ?? '');
  const [documentUrl, setDocumentUrl] = useState(request.agreement?.documentUrl ?? '');
  const form = useFormErrors(`agreement-${request.id}`);
  const save = useMutation({
    mutationFn: () =>
      api.put<OfferRequest>(`/services/offer-requests/${request.id}/agreement`, {
        startDate,
        documentUrl: documentUrl.trim() || null,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: offerKey(request.offerId) }),
    onError: (error) => form.failFromServer(error, ['startDate', 'documentUrl']),
  });
  return (
    <Form
      form={form}
      check={() => ({
        startDate: startDate ? undefined : t('serviceOffers.agreement.startRequired'),
        documentUrl:
          documentUrl.trim() === '' || /^https?:\/\/\S+$/.test(documentUrl.trim())
            ? undefined
            : t('serviceOffers.agreement.urlInvalid'),
      })}
      onValid={() => save.mutate()}
      busy={save.isPending}
      error={save.error}
      submit={
        <>
          {request.agreement ? t('serviceOffers.agreement.update') : t('serviceOffers.agreement.record')}
          <span className="visually-hidden"> ({request.requester.name})</span>
        </>
      }
      submitVariant="secondary"
    >
      <TextField
        id={form.id('startDate')}
        label={t('serviceOffers.agreement.start')}
        type="date"
        value={startDate}
        onChange={setStartDate}
        error={form.errors.startDate}
        width="medium"
      />
      <TextField
        id={form.id('documentUrl')}
        label={t('serviceOffers.agreement.documentUrl')}
        hint={t('serviceOffers.agreement.documentUrlHint')}
        type="url"
        value={documentUrl}
        onChange={setDocumentUrl}
        error={form.errors.documentUrl}
        maxLength={OFFER_LIMITS.documentUrl}
        optional
      />
    </Form>
  );
}

function ToAtlas({ request }: { request: OfferRequest }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const navigate = useNavigate();
  const make = useMutation({
    mutationFn: () => api.post<AtlasDraft>(`/services/offer-requests/${request.id}/atlas`),
    onSuccess: async (draft) => {
      await client.invalidateQueries({ queryKey: offerKey(request.offerId) });
      await navigate({ to: '/atlas/$slug', params: { slug: draft.slug } });
    },
  });
  return (
    <div className="so-request">
      <ProblemAlert error={make.error} />
      <div className="kern-btn-wrapper">
        <Button icon="add" busy={make.isPending} onClick={() => make.mutate()}>
          {t('serviceOffers.agreement.toAtlas')}
          <span className="visually-hidden"> ({request.requester.name})</span>
        </Button>
      </div>
      <p className="kern-hint">{t('serviceOffers.agreement.toAtlasHint')}</p>
    </div>
  );
}
