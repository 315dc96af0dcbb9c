import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { SearchGroupKind, UnifiedHit } from '../../../shared/contracts/search.ts';
import { useFormat } from '../../ui/use-format.ts';
import { personName } from '../accounts/former-person.ts';
import { RecordBadges } from '../atlas/record-badges.tsx';
import { Highlighted } from '../atlas/search/search-highlight.tsx';
import { landLabel } from '../organisations/laender.ts';
import { organisationTypeLabel } from '../organisations/organisation-types.ts';
import { AppLink } from './app-link.tsx';

const NAMES_SHOWN = 3;

/** Names in a line: the first few, then "and N more". */
function someNames(t: TFunction, names: readonly string[]): string {
  const shown = names.slice(0, NAMES_SHOWN).join(', ');
  const more = names.length - NAMES_SHOWN;
  return more > 0 ? `${shown} ${t('search.hit.moreNames', { count: more })}` : shown;
}

/** What tells hits of one group apart, in one line: partners, type and place, owner and role, author and time. */
function contextOf(
  t: TFunction,
  kind: SearchGroupKind,
  hit: UnifiedHit,
  dateTime: (iso: string) => string,
  locale: string,
): string {
  const names = hit.names ?? [];
  const parts: Array<string | null | undefined> = (() => {
    switch (kind) {
      case 'atlas':
        return [names.length > 0 ? someNames(t, names) : null, landLabel(t, hit.landCode)];
      case 'organisations':
        return [organisationTypeLabel(t, hit.organisationType ?? ''), names[0], landLabel(t, hit.landCode)];
      case 'alliances':
        return [t('search.hit.memberOrganisations', { count: hit.memberCount ?? 0 })];
      case 'content':
        return [names[0], hit.language ? languageName(hit.language, locale) : null];
      case 'workspaces':
        return [
          names[0] ? t('search.hit.ownedBy', { name: names[0] }) : null,
          hit.role ? t('search.hit.yourRole', { role: t(`workspaces.roles.${hit.role}`) }) : t('search.hit.notMember'),
          t('search.hit.members', { count: hit.memberCount ?? 0 }),
        ];
      case 'messages':
        return [hit.authorName ? personName(t, hit.authorName) : null, hit.createdAt ? dateTime(hit.createdAt) : null];
      case 'documents':
        return [names[0], hit.createdAt ? t('search.hit.changed', { when: dateTime(hit.createdAt) }) : null];
      case 'questions':
      case 'wiki':
        return [
          names[0] ?? t('search.hit.platformWide'),
          hit.createdAt
            ? t(kind === 'wiki' ? 'search.hit.changed' : 'search.hit.active', { when: dateTime(hit.createdAt) })
            : null,
        ];
      case 'offers':
        return [
          names[0],
          landLabel(t, hit.landCode),
          hit.createdAt ? t('search.hit.changed', { when: dateTime(hit.createdAt) }) : null,
        ];
      case 'people':
        return [names[0]];
    }
  })();
  return parts.filter(Boolean).join(' · ');
}

/** A content language's name in the interface language ("Arabisch"), or its tag where Intl has none. */
function languageName(tag: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** A message's place: "#channel · workspace", or a direct or group conversation. */
function messageTitle(t: TFunction, hit: UnifiedHit): string {
  const where =
    hit.channelKind === 'channel' ? `#${hit.channelName ?? ''}` : t(`search.hit.${hit.channelKind ?? 'direct'}`);
  return hit.workspaceName ? `${where} · ${hit.workspaceName}` : where;
}

/**
 * One hit: its title as a link (the matched words marked), a line of context and, where the match is
 * in the text, a snippet. Record content is German whatever the interface language.
 */
export function SearchHitItem({ kind, hit }: { kind: SearchGroupKind; hit: UnifiedHit }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const context = contextOf(t, kind, hit, format.dateTime, i18n.language);
  const germanContent = kind === 'atlas' || kind === 'documents' || kind === 'offers' ? 'de' : undefined;
  // Content pages are in their own language and direction, on pages the server renders (outside the app).
  const lang = kind === 'content' ? hit.language : germanContent;
  const dir = kind === 'content' ? 'auto' : undefined;
  const title = (
    <span lang={lang} dir={dir}>
      <Highlighted text={hit.titleHtml || hit.title} />
    </span>
  );
  return (
    <li className="search-hit">
      <p className="kern-body search-hit__title">
        {kind === 'content' ? (
          <a className="kern-link" href={hit.href} hrefLang={hit.language}>
            {title}
          </a>
        ) : (
          <AppLink href={hit.href}>
            {kind === 'messages' ? (
              <>
                {messageTitle(t, hit)}
                {/* Several messages of one channel: the author and time tell their links apart. */}
                <span className="visually-hidden"> – {context}</span>
              </>
            ) : (
              title
            )}
          </AppLink>
        )}
        {kind === 'atlas' && hit.state ? (
          <>
            {' '}
            <RecordBadges state={hit.state} synthetic={false} />
          </>
        ) : null}
      </p>
      {context ? <p className="kern-body kern-body--small search-hit__context">{context}</p> : null}
      {hit.snippetHtml ? (
        <p className="kern-body search-hit__snippet" lang={lang} dir={dir}>
          <Highlighted text={hit.snippetHtml} />
        </p>
      ) : null}
    </li>
  );
}
