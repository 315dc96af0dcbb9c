import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/alert.tsx';
import { DescriptionList } from '../../ui/description-list.tsx';
import { Form } from '../../ui/form.tsx';
import { Loading } from '../../ui/loading.tsx';
import { useFormErrors } from '../../ui/use-form-errors.ts';
import { useFormat } from '../../ui/use-format.ts';
import { useOrganisationPages, useUpdateMeta } from './content-queries.ts';
import type { ContentPage } from './content-types.ts';
import { MetaFields } from './meta-fields.tsx';
import { checkMeta, type MetaDraft, metaInput, metaOf } from './page-form-state.ts';
import { parentOptions } from './page-tree.ts';
import { serverFieldChecks } from './server-problems.ts';

const FIELDS = ['slug', 'parentId', 'leikaKey', 'tags', 'contact', 'validUntil'];

/** The page's facts, changed without a new version of any text. */
export function PageMetaForm({ page, organisationId }: { page: ContentPage; organisationId: string }) {
  const { t } = useTranslation();
  const pages = useOrganisationPages(organisationId);
  const update = useUpdateMeta(page.id);
  const form = useFormErrors('content-meta');
  const [draft, setDraft] = useState<MetaDraft>(() => metaOf(page));
  const [saved, setSaved] = useState(0);
  const savedRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (saved) savedRef.current?.focus();
  }, [saved]);

  if (pages.isPending) return <Loading />;
  const parents = parentOptions(pages.data ?? [], page.id);
  // A parent the list does not show (yet) stays choosable, so saving does not silently move the page.
  if (page.parentId && !parents.some((p) => p.value === page.parentId)) {
    parents.unshift({ value: page.parentId, label: t('content.meta.currentParent') });
  }

  return (
    <>
      {saved ? (
        <div ref={savedRef} tabIndex={-1} className="content-flash" key={saved}>
          <Alert variant="success" role="status" title={t('content.meta.saved')} />
        </div>
      ) : null}
      <Form
        form={form}
        check={() => checkMeta(t, draft)}
        onValid={() =>
          update.mutate(metaInput(draft), {
            onSuccess: () => setSaved(Date.now()),
            onError: (error) => form.failFromServer(error, FIELDS, serverFieldChecks(t, error)),
          })
        }
        busy={update.isPending}
        error={update.error}
        submit={t('content.meta.save')}
        submitVariant="secondary"
      >
        <MetaFields
          form={form}
          draft={draft}
          parents={parents}
          onChange={(field, value) => setDraft((d) => ({ ...d, [field]: value }))}
        />
      </Form>
    </>
  );
}

/** The same facts for members who read. */
export function PageFacts({ page, organisationId }: { page: ContentPage; organisationId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const pages = useOrganisationPages(organisationId);
  const parent = pages.data?.find((p) => p.id === page.parentId);
  const none = t('content.meta.none');
  return (
    <DescriptionList
      items={[
        { key: 'slug', label: t('content.form.slug'), value: `/${page.slug}` },
        { key: 'parent', label: t('content.form.parent'), value: parent?.title ?? (page.parentId ? '…' : none) },
        { key: 'leika', label: t('content.form.leikaKey'), value: page.leikaKey ?? none },
        { key: 'tags', label: t('content.form.tags'), value: page.tags.length ? page.tags.join(', ') : none },
        {
          key: 'contact',
          label: t('content.form.contact'),
          value: page.contact ? <span className="prose">{page.contact}</span> : none,
        },
        {
          key: 'validUntil',
          label: t('content.form.validUntil'),
          value: page.validUntil ? format.date(page.validUntil) : none,
        },
      ]}
    />
  );
}
