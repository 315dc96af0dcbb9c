import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Cooperation } from '../../../../shared/contracts/atlas.ts';
import { useContentLang } from '../../../ui/content-language.ts';
import { PageTitle } from '../../../ui/page-title.tsx';
import { QueryState } from '../../../ui/query-state.tsx';
import { Section } from '../../../ui/section.tsx';
import { useFormat } from '../../../ui/use-format.ts';
import { useMe } from '../../accounts/use-me.ts';
import { LinkedDocumentsSection } from '../../documents/links/linked-documents-section.tsx';
import { NotFoundContent } from '../../shell/not-found-page.tsx';
import { CooperationList } from '../cooperation-list.tsx';
import { RecordBadges } from '../record-badges.tsx';
import { useCooperation, useRelated } from '../record-queries.ts';
import { ContactDialog } from './contact-dialog.tsx';
import { RecordActions } from './record-actions.tsx';
import { RecordContacts } from './record-contacts.tsx';
import { RecordFacts } from './record-facts.tsx';
import { RecordPartners } from './record-partners.tsx';
import { RecordSections } from './record-sections.tsx';
import '../record.css';

const route = getRouteApi('/atlas/$slug');

export function RecordPage() {
  const { slug } = route.useParams();
  const record = useCooperation(slug);
  return (
    <QueryState query={record} notFound={<RecordNotFound slug={slug} />}>
      {(data) => <RecordView record={data} />}
    </QueryState>
  );
}

/** Drafts answer 404 to those who may not see them; a signed-out visitor may simply need to sign in. */
export function RecordNotFound({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const { me } = useMe();
  return (
    <>
      <NotFoundContent title={t('atlas.record.notFound')} />
      {me === null ? (
        <p className="kern-body spaced">
          {t('atlas.record.notFoundSignedOut')}{' '}
          <Link className="kern-link" to="/sign-in" search={{ next: `/atlas/${slug}` }}>
            {t('nav.signIn')}
          </Link>
        </p>
      ) : null}
    </>
  );
}

function RecordView({ record }: { record: Cooperation }) {
  const { t } = useTranslation();
  const lang = useContentLang();
  const { me } = useMe();
  const format = useFormat();
  return (
    <article className="record">
      <PageTitle preline={t('atlas.record.preline')} lead={record.summary || undefined} contentLang={lang}>
        {record.title}
      </PageTitle>
      <p className="record__badges">
        <RecordBadges state={record.state} synthetic={record.synthetic} />
      </p>
      {record.synthetic ? <p className="kern-body fact-note">{t('atlas.record.syntheticNote')}</p> : null}
      <RecordActions record={record} />
      <div className="stack-xl record__body">
        <Section title={t('atlas.record.factsTitle')}>
          <RecordFacts record={record} />
        </Section>
        <RecordSections record={record} />
        <RecordPartners record={record} />
        <RecordContacts record={record} signedIn={Boolean(me)} />
        <Section title={t('atlas.record.contact.sectionTitle')}>
          {record.viewer.canContact ? (
            <>
              <p className="kern-body">
                {record.transferable ? t('atlas.record.contact.leadReuse') : t('atlas.record.contact.leadContact')}
              </p>
              <ContactDialog record={record} />
            </>
          ) : record.state !== 'published' ? (
            <p className="kern-body">{t('atlas.record.contact.notPublished')}</p>
          ) : me ? (
            <p className="kern-body">{t('atlas.record.contact.unavailable')}</p>
          ) : (
            <p className="kern-body">
              <Link className="kern-link" to="/sign-in" search={{ next: `/atlas/${record.slug}` }}>
                {t('atlas.record.contact.signIn')}
              </Link>
            </p>
          )}
          {record.interestCount > 0 ? (
            <p className="kern-body kern-body--small fact-note">
              {t('atlas.record.interestCount', { count: record.interestCount })}
            </p>
          ) : null}
        </Section>
        {/* Documents are for signed-in people: the list says what of them the reader may open. */}
        {me ? <LinkedDocumentsSection kind="cooperation" id={record.id} canLink /> : null}
        <RelatedCooperations id={record.id} />
        <p className="kern-body kern-body--small fact-note record__meta">
          {t('atlas.record.updated', { date: format.date(record.updatedAt), revision: record.revision })}
        </p>
      </div>
    </article>
  );
}

function RelatedCooperations({ id }: { id: string }) {
  const { t } = useTranslation();
  const related = useRelated(id);
  if (!related.data || related.data.length === 0) return null;
  return (
    <Section title={t('atlas.record.relatedTitle')}>
      <CooperationList items={related.data} />
    </Section>
  );
}
