import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { SPACE_KINDS } from '../../../shared/contracts/documents.ts';
import { Loading } from '../../ui/loading.tsx';
import { PageTitle } from '../../ui/page-title.tsx';
import { Section } from '../../ui/section.tsx';
import { RequireSignIn } from '../accounts/require-sign-in.tsx';
import type { DocumentSpace } from './document-types.ts';
import { useSpaces } from './queries.ts';
import { DocumentsProblem, QuotaBar } from './space-parts.tsx';
import './documents.css';

/** /documents: every space whose documents I may read, by kind, with how full it is. */
export function SpacesPage() {
  const { t } = useTranslation();
  return (
    <RequireSignIn>
      {() => (
        <>
          <PageTitle lead={t('documents.spaces.lead')}>{t('documents.title')}</PageTitle>
          <SpaceSections />
        </>
      )}
    </RequireSignIn>
  );
}

function SpaceSections() {
  const { t } = useTranslation();
  const spaces = useSpaces();
  if (spaces.isPending) return <Loading />;
  if (!spaces.data) return <DocumentsProblem error={spaces.error} />;
  if (spaces.data.length === 0) return <p className="kern-body">{t('documents.spaces.none')}</p>;
  return (
    <div className="stack-xl">
      {SPACE_KINDS.map((kind) => {
        const ofKind = spaces.data.filter((s) => s.kind === kind);
        if (ofKind.length === 0) return null;
        return (
          <Section key={kind} title={t(`documents.spaces.kind.${kind}`, { count: ofKind.length })}>
            <ul className="plain-list doc-spaces">
              {ofKind.map((space) => (
                <li key={space.id}>
                  <SpaceCard space={space} />
                </li>
              ))}
            </ul>
          </Section>
        );
      })}
    </div>
  );
}

function SpaceCard({ space }: { space: DocumentSpace }) {
  const { t } = useTranslation();
  return (
    <article className="doc-space">
      <h3 className="kern-heading-small doc-space__name">
        <Link className="kern-link" to="/documents/$kind/$spaceId" params={{ kind: space.kind, spaceId: space.id }}>
          {space.name}
        </Link>
      </h3>
      <p className="kern-body kern-body--small doc-space__rights">
        {space.rights.write ? t('documents.rights.write') : t('documents.rights.read')}
      </p>
      <QuotaBar usage={space.usage} label={space.name} />
    </article>
  );
}
