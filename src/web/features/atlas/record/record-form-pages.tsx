import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../../shared/contracts/accounts.ts';
import type { Cooperation, CooperationInput } from '../../../../shared/contracts/atlas.ts';
import type { OrganisationSummary } from '../../../../shared/contracts/organisations.ts';
import { isApiError } from '../../../api/api-error.ts';
import { api, query } from '../../../api/client.ts';
import { createActionKey } from '../../../api/idempotency.ts';
import { Alert } from '../../../ui/alert.tsx';
import { Button } from '../../../ui/button.tsx';
import { Loading } from '../../../ui/loading.tsx';
import { PageTitle } from '../../../ui/page-title.tsx';
import { QueryState } from '../../../ui/query-state.tsx';
import { RequireSignIn } from '../../accounts/require-sign-in.tsx';
import { useOrganisation } from '../../organisations/queries.ts';
import { recordKey, useCooperation, useCreateCooperation } from '../record-queries.ts';
import { RecordForm } from './record-form.tsx';
import { draftOf, emptyDraft } from './record-form-state.ts';
import { RecordNotFound } from './record-page.tsx';

const editRoute = getRouteApi('/atlas/$slug/edit');

/** /atlas/new: a member of a confirmed organisation describes a cooperation; it starts as a draft. */
export function NewRecordPage() {
  const { t } = useTranslation();
  return (
    <div className="record-form-page">
      <PageTitle preline={t('atlas.record.preline')} lead={t('atlas.form.newLead')}>
        {t('atlas.form.newTitle')}
      </PageTitle>
      <RequireSignIn>
        {(me) =>
          me.organisation?.status === 'confirmed' ? (
            <NewRecordForm me={{ ...me, organisation: me.organisation }} />
          ) : (
            <Alert variant="info" title={t('atlas.form.needsOrganisation')} />
          )
        }
      </RequireSignIn>
    </div>
  );
}

/** One's own organisation as the first partner, with its place and region once the directory answers. */
function NewRecordForm({ me }: { me: Me & { organisation: NonNullable<Me['organisation']> } }) {
  const home = useOrganisation(me.organisation.id);
  if (home.isPending) return <Loading />;
  const { organisation } = me;
  const partner: OrganisationSummary = home.data ?? {
    id: organisation.id,
    name: organisation.name,
    type: organisation.type,
    ags: null,
    ars: null,
    landCode: null,
    landName: null,
    kreisName: null,
    latitude: null,
    longitude: null,
  };
  return <NewRecordFormWith partner={partner} />;
}

function NewRecordFormWith({ partner }: { partner: OrganisationSummary }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateCooperation();
  // One's own organisation is the first partner: its people may then edit the draft.
  const [initial] = useState(() => ({ ...emptyDraft(), partners: [partner] }));
  return (
    <>
      <p className="kern-body">{t('atlas.form.draftNote')}</p>
      <RecordForm
        initial={initial}
        submitLabel={t('atlas.form.create')}
        busy={create.isPending}
        error={create.error}
        onSubmit={(input, onServerError) =>
          create.mutate(input, {
            onSuccess: (record) => navigate({ to: '/atlas/$slug', params: { slug: record.slug } }),
            onError: onServerError,
          })
        }
      />
    </>
  );
}

/** /atlas/$slug/edit: the partners' people change a record; every save is a new revision. */
export function EditRecordPage() {
  const { slug } = editRoute.useParams();
  const record = useCooperation(slug);
  return (
    <RequireSignIn>
      {() => (
        <QueryState query={record} notFound={<RecordNotFound slug={slug} />}>
          {(data) => <EditRecord record={data} />}
        </QueryState>
      )}
    </RequireSignIn>
  );
}

function EditRecord({ record }: { record: Cooperation }) {
  const { t } = useTranslation();
  // The revision the form started from: a save over a newer one is refused (409) instead of overwriting it.
  const [base, setBase] = useState(record);
  return (
    <div className="record-form-page">
      <PageTitle
        preline={t('atlas.form.editPreline')}
        documentTitle={t('atlas.form.editDocumentTitle', { title: base.title })}
      >
        {base.title}
      </PageTitle>
      <p className="kern-body">
        <Link className="kern-link" to="/atlas/$slug" params={{ slug: base.slug }}>
          {t('atlas.form.backToRecord')}
        </Link>
      </p>
      {record.viewer.canEdit ? (
        <EditForm key={base.revision} record={base} onReloaded={setBase} />
      ) : (
        <Alert variant="info" title={t('atlas.form.notAllowed')} />
      )}
    </div>
  );
}

/**
 * Saves over the revision the form started from. With a new address the page moves there before the
 * atlas queries refresh: refreshed first, the old address would answer 404 under the open form.
 */
function useSaveEdit(record: Cooperation) {
  const client = useQueryClient();
  const navigate = useNavigate();
  // Saving again after a failure is a retry: a save that was stored answers as such, not as stale (409).
  const [key] = useState(createActionKey);
  return useMutation({
    mutationFn: (input: CooperationInput) => {
      const path = `/atlas/cooperations/${record.id}${query({ baseRevision: record.revision })}`;
      return api.put<Cooperation>(path, input, { idempotencyKey: key.for({ path, input }) });
    },
    onSuccess: async (saved) => {
      key.done();
      client.setQueryData(recordKey(saved.slug), saved);
      await navigate({ to: '/atlas/$slug', params: { slug: saved.slug } });
      if (saved.slug !== record.slug) client.removeQueries({ queryKey: recordKey(record.slug), exact: true });
      await client.invalidateQueries({ queryKey: ['atlas'] });
    },
  });
}

function EditForm({ record, onReloaded }: { record: Cooperation; onReloaded: (record: Cooperation) => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const update = useSaveEdit(record);
  const [initial] = useState(() => draftOf(record));
  const stale = isApiError(update.error, 409) && update.error.type === 'stale-revision';

  async function reload() {
    await client.invalidateQueries({ queryKey: recordKey(record.slug) });
    const fresh = client.getQueryData<Cooperation>(recordKey(record.slug));
    if (fresh) onReloaded(fresh);
  }

  return (
    <RecordForm
      initial={initial}
      submitLabel={t('atlas.form.save')}
      busy={update.isPending}
      error={update.error}
      alert={
        stale ? (
          <Alert variant="danger" role="alert" title={t('atlas.form.stale.title')}>
            <p className="kern-body">{t('atlas.form.stale.text')}</p>
            <div className="kern-btn-wrapper">
              <Button variant="secondary" onClick={() => void reload()}>
                {t('atlas.form.stale.reload')}
              </Button>
              <Link className="kern-link" to="/atlas/$slug/history" params={{ slug: record.slug }}>
                {t('atlas.form.stale.history')}
              </Link>
            </div>
          </Alert>
        ) : undefined
      }
      onSubmit={(input, onServerError) => update.mutate(input, { onError: onServerError })}
    />
  );
}
