import { type Static, Type } from 'typebox';

/** The groups of the search over everything, in the order the answer lists them. */
export const SEARCH_GROUPS = [
  'atlas',
  'organisations',
  'alliances',
  'content',
  'workspaces',
  'messages',
  'documents',
  'questions',
  'wiki',
  'offers',
  'people',
] as const;
export type SearchGroupKind = (typeof SEARCH_GROUPS)[number];

/** The longest query the search takes (as the atlas and the message search). */
export const SEARCH_QUERY_MAX = 200;
/** Hits per group on the overview, and at most when one group is shown alone. */
export const SEARCH_LIMIT_DEFAULT = 5;
export const SEARCH_LIMIT_MAX = 50;

const NullableString = Type.Union([Type.String(), Type.Null()]);

/**
 * One hit of any group. `title` is plain text; `titleHtml` and `snippetHtml` are escaped text in
 * which only `<mark>…</mark>` (the matched words) is markup. `href` is the web app's path to the thing.
 * The optional fields say where the hit belongs; which of them a group fills is listed per group.
 */
export const UnifiedHit = Type.Object({
  id: Type.String(),
  href: Type.String(),
  title: Type.String(),
  titleHtml: Type.String(),
  snippetHtml: Type.String(),
  /** atlas: the record's state (`published`, `draft`, `review`); only partners and admins see other than published. */
  state: Type.Optional(Type.String()),
  /** organisations: the type code (gemeinde, landkreis, …); people and workspaces: not set. */
  organisationType: Type.Optional(Type.String()),
  /** organisations: the Land; atlas: the Länder of the partners (first one); offers: the offering organisation's. */
  landCode: Type.Optional(NullableString),
  /**
   * atlas: partner names; people and content: their organisation; workspaces: the owner; documents: the
   * space (workspace, organisation or alliance); questions and wiki: the community (none: platform-wide);
   * offers: the offering organisation; alliances: not set.
   */
  names: Type.Optional(Type.Array(Type.String())),
  /** alliances: member organisations; workspaces: members. */
  memberCount: Type.Optional(Type.Integer()),
  /** workspaces: the viewer's role (owner, member, guest) or null when not a member. */
  role: Type.Optional(NullableString),
  /** messages: channel name (null for direct and group conversations), its kind, workspace and author. */
  channelName: Type.Optional(NullableString),
  channelKind: Type.Optional(Type.String()),
  workspaceName: Type.Optional(NullableString),
  authorName: Type.Optional(Type.String()),
  /** messages: when written; documents: when the file last changed; questions: last activity; wiki, offers: last change. */
  createdAt: Type.Optional(Type.String({ format: 'date-time' })),
  /** content: the page's language (BCP 47), which its title and snippet are written in. */
  language: Type.Optional(Type.String()),
});
export type UnifiedHit = Static<typeof UnifiedHit>;

export const SearchGroup = Type.Object({
  kind: Type.Enum(SEARCH_GROUPS),
  /** Matches the person may see; with `capped`, at least this many (counting stops there). */
  total: Type.Integer(),
  capped: Type.Boolean(),
  /** The best matches, best first. */
  hits: Type.Array(UnifiedHit),
  /** Where all matches are shown: the atlas search, the directory, or this search for one group. */
  showAllHref: Type.String(),
});
export type SearchGroup = Static<typeof SearchGroup>;

export const UnifiedSearchResult = Type.Object({
  q: Type.String(),
  /** "Meinten Sie …?": the query with misspelt words replaced, or null. */
  suggestion: NullableString,
  /** The groups the person may search, each also when it found nothing (signed out: no people, workspaces, messages). */
  groups: Type.Array(SearchGroup),
  /** Groups left out because they need a signed-in person. */
  signInFor: Type.Array(Type.Enum(SEARCH_GROUPS)),
});
export type UnifiedSearchResult = Static<typeof UnifiedSearchResult>;
