import { type Static, Type } from 'typebox';

/**
 * The network's wikis (src/server/features/network/wiki): pages of a community's wiki or of the
 * platform-wide wiki (no community), with their history, links and checks. Times are ISO timestamps.
 */
export const WIKI_LIMITS = {
  title: 200,
  /** Sanitised HTML of one page. */
  body: 200_000,
  comment: 500,
  slug: 120,
  checkEveryDaysMin: 7,
  checkEveryDaysMax: 3650,
} as const;

const Uuid = Type.String({ format: 'uuid', maxLength: 36 });
const Timestamp = Type.String({ format: 'date-time' });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

export const WikiPageParams = Type.Object({ id: Uuid }, { additionalProperties: false });

export const WikiListQuery = Type.Object(
  {
    community: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);
export type WikiListQuery = Static<typeof WikiListQuery>;

export const CreateWikiPageInput = Type.Object(
  {
    community: Nullable(Uuid),
    title: Type.String({ minLength: 1, maxLength: WIKI_LIMITS.title }),
    bodyHtml: Type.String({ maxLength: WIKI_LIMITS.body }),
    comment: Type.Optional(Type.String({ maxLength: WIKI_LIMITS.comment })),
  },
  { additionalProperties: false },
);
export type CreateWikiPageInput = Static<typeof CreateWikiPageInput>;

export const EditWikiPageInput = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: WIKI_LIMITS.title }),
    bodyHtml: Type.String({ maxLength: WIKI_LIMITS.body }),
    comment: Type.Optional(Type.String({ maxLength: WIKI_LIMITS.comment })),
    /** The revision the edit started from; a newer one answers 409 naming it. */
    baseRevision: Type.Integer({ minimum: 1 }),
  },
  { additionalProperties: false },
);
export type EditWikiPageInput = Static<typeof EditWikiPageInput>;

export const WikiSettingsInput = Type.Object(
  {
    checkEveryDays: Type.Integer({ minimum: WIKI_LIMITS.checkEveryDaysMin, maximum: WIKI_LIMITS.checkEveryDaysMax }),
  },
  { additionalProperties: false },
);
export type WikiSettingsInput = Static<typeof WikiSettingsInput>;

export const RestoreWikiInput = Type.Object(
  {
    number: Type.Integer({ minimum: 1 }),
    baseRevision: Type.Integer({ minimum: 1 }),
  },
  { additionalProperties: false },
);
export type RestoreWikiInput = Static<typeof RestoreWikiInput>;

export const FromAnswerInput = Type.Object({ answerId: Uuid }, { additionalProperties: false });
export type FromAnswerInput = Static<typeof FromAnswerInput>;

export const WikiDiffQuery = Type.Object(
  {
    from: Type.Integer({ minimum: 1 }),
    to: Type.Integer({ minimum: 1 }),
  },
  { additionalProperties: false },
);
export type WikiDiffQuery = Static<typeof WikiDiffQuery>;

export const WikiCommunity = Type.Object({ id: Uuid, slug: Type.String(), name: Type.String() });
export type WikiCommunity = Static<typeof WikiCommunity>;

export const WikiPageSummary = Type.Object({
  id: Uuid,
  slug: Type.String(),
  title: Type.String(),
  updatedAt: Timestamp,
  checkedAt: Timestamp,
  checkEveryDays: Type.Integer(),
  /** The check is older than checkEveryDays. */
  overdue: Type.Boolean(),
  revisionCount: Type.Integer(),
});
export type WikiPageSummary = Static<typeof WikiPageSummary>;

export const WikiPageList = Type.Object({
  /** Null: the platform-wide wiki. */
  community: Nullable(WikiCommunity),
  canWrite: Type.Boolean(),
  pages: Type.Array(WikiPageSummary),
});
export type WikiPageList = Static<typeof WikiPageList>;

export const WIKI_LINK_KINDS = ['wiki', 'cooperation', 'content', 'document'] as const;
export type WikiLinkKind = (typeof WIKI_LINK_KINDS)[number];

export const WikiLinkView = Type.Object({
  kind: Type.Enum(WIKI_LINK_KINDS),
  id: Uuid,
  title: Type.String(),
  href: Type.String(),
});
export type WikiLinkView = Static<typeof WikiLinkView>;

export const WikiPageView = Type.Object({
  ...WikiPageSummary.properties,
  community: Nullable(WikiCommunity),
  bodyHtml: Type.String(),
  owner: Nullable(Type.Object({ id: Uuid, name: Type.String() })),
  checkedBy: Nullable(Type.Object({ id: Uuid, name: Type.String() })),
  /** The question whose accepted answer the page was made from. */
  sourceQuestion: Nullable(Type.Object({ id: Uuid, title: Type.String() })),
  links: Type.Array(WikiLinkView),
  backlinks: Type.Array(WikiLinkView),
  canWrite: Type.Boolean(),
  canDelete: Type.Boolean(),
  isOwner: Type.Boolean(),
});
export type WikiPageView = Static<typeof WikiPageView>;

export const WikiRevisionView = Type.Object({
  number: Type.Integer(),
  title: Type.String(),
  comment: Type.String(),
  authorName: Nullable(Type.String()),
  restoredFrom: Nullable(Type.Integer()),
  createdAt: Timestamp,
});
export type WikiRevisionView = Static<typeof WikiRevisionView>;

export const WikiHistory = Type.Object({
  id: Uuid,
  title: Type.String(),
  canWrite: Type.Boolean(),
  revisions: Type.Array(WikiRevisionView),
});
export type WikiHistory = Static<typeof WikiHistory>;

const DiffPart = Type.Object({
  kind: Type.Union([Type.Literal('same'), Type.Literal('added'), Type.Literal('removed')]),
  text: Type.String(),
});

export const WikiDiff = Type.Object({
  from: WikiRevisionView,
  to: WikiRevisionView,
  title: Type.Array(DiffPart),
  body: Type.Array(DiffPart),
});
export type WikiDiff = Static<typeof WikiDiff>;

export const WikiCreated = Type.Object({ id: Uuid });
export type WikiCreated = Static<typeof WikiCreated>;
