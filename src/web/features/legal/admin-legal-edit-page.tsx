import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LEGAL_PAGES, type LegalPage, type LegalPageName } from '../../../shared/contracts/legal.ts';
import { api } from '../../api/client.ts';
import { ButtonLink } from '../../ui/button.tsx';
import { Form } from '../../ui/form.tsx';
import { QueryState } from '../../ui/query-state.tsx';
import { useFormErrors } from '../../ui/use-form-errors.ts';
import { AdminPage } from '../admin/admin-layout.tsx';
import { RichTextEditor } from '../atlas/record/rich-text-editor.tsx';
import { NotFoundContent } from '../shell/not-found-page.tsx';
import { AccessibilityFields } from './accessibility-fields.tsx';
import { checkDraft, draftOf, inputOf, type LegalDraft, serverFieldErrors } from './legal-draft.ts';
import { LEGAL_PATHS } from './legal-paths.ts';
import { LEGAL_KEY, legalPageKey, useLegalPage } from './use-legal.ts';
import '../atlas/record.css';
import './legal.css';

const route = getRouteApi('/admin/legal/$page');
const SHORTCUTS_ID = 'legal-editor-shortcuts';

const isLegalPage = (page: string): page is LegalPageName => (LEGAL_PAGES as readonly string[]).includes(page);

/** `/admin/legal/$page`: the platform admin writes one legal page, in German and English. */
export function AdminLegalEditPage() {
  const { page } = route.useParams();
  return isLegalPage(page) ? <LegalEditor page={page} /> : <NotFoundContent />;
}

function LegalEditor({ page }: { page: LegalPageName }) {
  const { t } = useTranslation();
  const query = useLegalPage(page);
  return (
    <AdminPage title={t('legal.editPage', { page: t(`legal.pages.${page}.title`) })} lead={t('legal.admin.editLead')}>
      <section className="page-section">
        <h2 className="kern-heading-small">{t('legal.admin.mustContain')}</h2>
        <ul className="kern-list kern-list--bullet">
          {(t(`legal.admin.contents.${page}`, { returnObjects: true }) as string[]).map((item) => (
            <li key={item} className="kern-body">
              {item}
            </li>
          ))}
        </ul>
      </section>
      <QueryState query={query} notFound={<NotFoundContent />}>
        {(data) => <LegalForm key={page} page={page} initial={data} />}
      </QueryState>
    </AdminPage>
  );
}

function LegalForm({ page, initial }: { page: LegalPageName; initial: LegalPage }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const navigate = useNavigate();
  const form = useFormErrors('legal');
  const [draft, setDraft] = useState<LegalDraft>(() => draftOf(initial));
  const withContacts = page === 'barrierefreiheit';

  const save = useMutation({
    mutationFn: () => api.put<LegalPage>(`/legal/${page}`, inputOf(draft, withContacts)),
    onSuccess: async (saved) => {
      client.setQueryData(legalPageKey(page), saved);
      await client.invalidateQueries({ queryKey: [...LEGAL_KEY, 'status'] });
      await navigate({ to: LEGAL_PATHS[page] });
    },
    onError: (error) => form.failFromServer(error, [], serverFieldErrors(t, error)),
  });

  return (
    <div className="record-form-page">
      <Form
        form={form}
        check={() => checkDraft(t, draft, withContacts)}
        onValid={() => save.mutate()}
        busy={save.isPending}
        error={save.error}
        submit={t('legal.admin.save')}
      >
        <section className="form-part">
          <h2 className="kern-heading-small form-part__title">{t(`legal.pages.${page}.title`)}</h2>
          <div className="form-part__body">
            <p className="kern-body kern-body--small fact-note" id={SHORTCUTS_ID}>
              {t('atlas.form.editor.shortcuts')}
            </p>
            {(['de', 'en'] as const).map((language) => (
              <RichTextEditor
                key={language}
                id={form.id(language)}
                shortcutsId={SHORTCUTS_ID}
                label={t(`legal.admin.fields.${language}`)}
                hint={t(`legal.admin.fields.${language}Hint`)}
                value={draft[language]}
                onChange={(html) => setDraft((d) => ({ ...d, [language]: html }))}
                error={form.errors[language]}
              />
            ))}
          </div>
        </section>
        {withContacts ? <AccessibilityFields form={form} draft={draft} onChange={setDraft} /> : null}
      </Form>
      <div className="kern-btn-wrapper spaced">
        <ButtonLink to={LEGAL_PATHS[page]} variant="tertiary">
          {t('legal.admin.cancel')}
        </ButtonLink>
      </div>
    </div>
  );
}
