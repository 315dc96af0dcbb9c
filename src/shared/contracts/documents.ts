import { type Static, Type } from 'typebox';

/**
 * Documents (src/server/features/documents): folders and files of a workspace, an organisation or an
 * alliance, with versions, locks, approvals, a trash and links. Times are ISO timestamps.
 */
export const DOCUMENT_LIMITS = {
  /** Bytes of a name in UTF-8, as file systems count them. */
  nameBytes: 255,
  description: 5_000,
  tags: 20,
  tag: 40,
  comment: 2_000,
  reviewers: 20,
  approvalMessage: 2_000,
  /** Largest body of one plain upload request; larger files go through a resumable upload. */
  directUploadBytes: 100 * 1024 * 1024,
  /** Largest chunk of a resumable upload. */
  chunkBytes: 16 * 1024 * 1024,
  /** Largest file at all. */
  fileBytes: 4 * 1024 * 1024 * 1024,
  /** Lock lifetimes in minutes. */
  lockMinutesDefault: 60,
  lockMinutesMax: 7 * 24 * 60,
  /** Days a trashed item can be restored. */
  trashDays: 30,
} as const;

const Uuid = Type.String({ format: 'uuid', maxLength: 36 });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);
const Timestamp = Type.String({ format: 'date-time' });
const literals = <T extends string>(values: readonly T[]) =>
  Type.Union(values.map((v) => Type.Literal(v))) as unknown as ReturnType<typeof Type.Literal<T>>;

export type SpaceKind = 'workspace' | 'organisation' | 'alliance';
export const SPACE_KINDS: readonly SpaceKind[] = ['workspace', 'organisation', 'alliance'];
export const SpaceKindSchema = literals(SPACE_KINDS);

export const PersonRef = Type.Object({ id: Type.String(), name: Type.String() });

/** What the caller may do in a space: read; write (upload, change, lock); manage (release others' locks, purge). */
export const SpaceRights = Type.Object({ read: Type.Boolean(), write: Type.Boolean(), manage: Type.Boolean() });
export type SpaceRights = Static<typeof SpaceRights>;

export const SpaceUsage = Type.Object({
  usedBytes: Type.Integer(),
  /** null: no limit. */
  quotaBytes: Nullable(Type.Integer()),
});

export const DocumentSpace = Type.Object({
  kind: SpaceKindSchema,
  id: Uuid,
  name: Type.String(),
  rights: SpaceRights,
  usage: SpaceUsage,
});
export type DocumentSpace = Static<typeof DocumentSpace>;

export const DocumentSpaceList = Type.Object({ spaces: Type.Array(DocumentSpace) });

export const DocumentLock = Type.Object({
  owner: PersonRef,
  /** web (checked out in the browser) or dav (opened by an application such as Word). */
  via: literals(['web', 'dav'] as const),
  /** The application's own description of the owner, where it gave one. */
  ownerNote: Type.String(),
  createdAt: Timestamp,
  expiresAt: Timestamp,
  /** Whether the caller holds it. */
  mine: Type.Boolean(),
});
export type DocumentLock = Static<typeof DocumentLock>;

export type ApprovalState = 'pending' | 'approved' | 'rejected' | 'lapsed' | 'withdrawn';
export const APPROVAL_STATES: readonly ApprovalState[] = ['pending', 'approved', 'rejected', 'lapsed', 'withdrawn'];

export const DocumentItem = Type.Object({
  id: Uuid,
  kind: literals(['folder', 'file'] as const),
  name: Type.String(),
  parentId: Nullable(Uuid),
  description: Type.String(),
  tags: Type.Array(Type.String()),
  /** Files: bytes and type of the current version; folders 0 and null. */
  size: Type.Integer(),
  mediaType: Nullable(Type.String()),
  /** Files: the current version's number. */
  version: Nullable(Type.Integer()),
  updatedAt: Timestamp,
  updatedBy: Nullable(PersonRef),
  lock: Nullable(DocumentLock),
  /** The newest approval's state: of the current version, or `lapsed` when a later version lapsed it. */
  approval: Nullable(literals(APPROVAL_STATES)),
});
export type DocumentItem = Static<typeof DocumentItem>;

export const FolderRef = Type.Object({ id: Uuid, name: Type.String() });

export const FolderListing = Type.Object({
  space: DocumentSpace,
  /** null for the space's top level. */
  folder: Nullable(DocumentItem),
  /** From the top level down to the folder, the folder itself last. */
  path: Type.Array(FolderRef),
  items: Type.Array(DocumentItem),
});
export type FolderListing = Static<typeof FolderListing>;

export const DocumentVersion = Type.Object({
  id: Uuid,
  number: Type.Integer(),
  size: Type.Integer(),
  mediaType: Type.String(),
  author: Nullable(PersonRef),
  comment: Type.String(),
  createdAt: Timestamp,
  /** False once the retention rule removed its content: listed, no longer downloadable. */
  available: Type.Boolean(),
  current: Type.Boolean(),
});
export type DocumentVersion = Static<typeof DocumentVersion>;

export const ApprovalReviewer = Type.Object({
  person: PersonRef,
  decision: Nullable(literals(['approved', 'rejected'] as const)),
  comment: Type.String(),
  decidedAt: Nullable(Timestamp),
});

export const DocumentApproval = Type.Object({
  id: Uuid,
  versionId: Uuid,
  versionNumber: Type.Integer(),
  requestedBy: PersonRef,
  message: Type.String(),
  state: literals(APPROVAL_STATES),
  createdAt: Timestamp,
  decidedAt: Nullable(Timestamp),
  reviewers: Type.Array(ApprovalReviewer),
  /** Whether the caller is asked and has not answered yet. */
  awaitsMe: Type.Boolean(),
});
export type DocumentApproval = Static<typeof DocumentApproval>;

export type LinkTargetKind = 'message' | 'task' | 'cooperation';
export const LINK_TARGET_KINDS: readonly LinkTargetKind[] = ['message', 'task', 'cooperation'];

export const DocumentLinkView = Type.Object({
  targetKind: literals(LINK_TARGET_KINDS),
  targetId: Uuid,
  /** The message's start, the task's or the record's title: only links the caller may follow are listed. */
  title: Type.String(),
  /** Where the web app shows the target. */
  href: Type.String(),
});

export const DocumentDetail = Type.Object({
  item: DocumentItem,
  space: DocumentSpace,
  path: Type.Array(FolderRef),
  versions: Type.Array(DocumentVersion),
  approvals: Type.Array(DocumentApproval),
  links: Type.Array(DocumentLinkView),
  /** How the browser may show it: pdf, image, text, markdown, or none (download only). */
  preview: literals(['pdf', 'image', 'text', 'markdown', 'none'] as const),
  trashedAt: Nullable(Timestamp),
});
export type DocumentDetail = Static<typeof DocumentDetail>;

export const TrashItem = Type.Object({
  item: DocumentItem,
  trashedAt: Timestamp,
  trashedBy: Nullable(PersonRef),
  /** When it goes for good. */
  purgeAt: Timestamp,
});
export const TrashListing = Type.Object({ space: DocumentSpace, items: Type.Array(TrashItem) });

// ---- input

const Name = Type.String({ minLength: 1, maxLength: DOCUMENT_LIMITS.nameBytes });
const Tags = Type.Array(Type.String({ minLength: 1, maxLength: DOCUMENT_LIMITS.tag }), {
  maxItems: DOCUMENT_LIMITS.tags,
  uniqueItems: true,
});

export const SpaceParams = Type.Object({ kind: SpaceKindSchema, id: Uuid });
export const NodeParams = Type.Object({ id: Uuid });
export const VersionParams = Type.Object({ id: Uuid, versionId: Uuid });

export const FolderQuery = Type.Object({ folder: Type.Optional(Uuid) });

export const CreateFolderInput = Type.Object(
  {
    name: Name,
    parentId: Type.Optional(Nullable(Uuid)),
    description: Type.Optional(Type.String({ maxLength: DOCUMENT_LIMITS.description })),
  },
  { additionalProperties: false },
);

/** A file's bytes are the request body (any type); its name and place are in the query. */
export const UploadFileQuery = Type.Object({
  name: Name,
  parent: Type.Optional(Uuid),
  comment: Type.Optional(Type.String({ maxLength: DOCUMENT_LIMITS.comment })),
  /** A finished resumable upload to take the bytes from, with an empty body. */
  upload: Type.Optional(Uuid),
});
export const UploadVersionQuery = Type.Object({
  comment: Type.Optional(Type.String({ maxLength: DOCUMENT_LIMITS.comment })),
  upload: Type.Optional(Uuid),
});

export const UpdateNodeInput = Type.Object(
  {
    name: Type.Optional(Name),
    /** Moves it: a folder of the same space, or null for the top level. */
    parentId: Type.Optional(Nullable(Uuid)),
    description: Type.Optional(Type.String({ maxLength: DOCUMENT_LIMITS.description })),
    tags: Type.Optional(Tags),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const CopyNodeInput = Type.Object(
  { parentId: Nullable(Uuid), name: Type.Optional(Name) },
  { additionalProperties: false },
);

export const LockInput = Type.Object(
  { minutes: Type.Optional(Type.Integer({ minimum: 1, maximum: DOCUMENT_LIMITS.lockMinutesMax })) },
  { additionalProperties: false },
);

export const ContentQuery = Type.Object({
  version: Type.Optional(Uuid),
  /** Shown in the browser (PDF, images) instead of saved. */
  inline: Type.Optional(Type.Boolean()),
});

export const StartUploadInput = Type.Object(
  {
    spaceKind: SpaceKindSchema,
    spaceId: Uuid,
    name: Name,
    size: Type.Integer({ minimum: 0, maximum: DOCUMENT_LIMITS.fileBytes }),
  },
  { additionalProperties: false },
);
export const UploadState = Type.Object({
  id: Uuid,
  size: Type.Integer(),
  /** Bytes received so far: the offset the next chunk starts at. */
  received: Type.Integer(),
  chunkBytes: Type.Integer(),
  expiresAt: Timestamp,
});
export type UploadState = Static<typeof UploadState>;
export const UploadChunkQuery = Type.Object({ offset: Type.Integer({ minimum: 0 }) });

export const RequestApprovalInput = Type.Object(
  {
    reviewerIds: Type.Array(Uuid, { minItems: 1, maxItems: DOCUMENT_LIMITS.reviewers, uniqueItems: true }),
    message: Type.Optional(Type.String({ maxLength: DOCUMENT_LIMITS.approvalMessage })),
  },
  { additionalProperties: false },
);
export const DecideApprovalInput = Type.Object(
  {
    decision: literals(['approved', 'rejected'] as const),
    comment: Type.Optional(Type.String({ maxLength: DOCUMENT_LIMITS.comment })),
  },
  { additionalProperties: false },
);
export const ApprovalParams = Type.Object({ id: Uuid });

export const LinkInput = Type.Object(
  { targetKind: literals(LINK_TARGET_KINDS), targetId: Uuid },
  { additionalProperties: false },
);
export const LinkParams = Type.Object({ id: Uuid, targetKind: literals(LINK_TARGET_KINDS), targetId: Uuid });
/** The documents linked from one message, task or record. */
export const LinkedQuery = Type.Object({ targetKind: literals(LINK_TARGET_KINDS), targetId: Uuid });
export const LinkedDocuments = Type.Object({
  items: Type.Array(Type.Object({ item: DocumentItem, space: DocumentSpace })),
});

/** Versions kept: all for `keepAllDays`, then one per week for `weeklyDays` more, then only the newest. */
export const RetentionRule = Type.Object(
  {
    keepAllDays: Type.Integer({ minimum: 1, maximum: 3_650 }),
    weeklyDays: Type.Integer({ minimum: 0, maximum: 3_650 }),
  },
  { additionalProperties: false },
);
export type RetentionRule = Static<typeof RetentionRule>;
export const QuotaInput = Type.Object(
  { bytes: Nullable(Type.Integer({ minimum: 0, maximum: 1e15 })) },
  { additionalProperties: false },
);

/** A text or Markdown file shown in the browser: Markdown as sanitised HTML, text as it is. */
export const DocumentPreview = Type.Object({
  kind: literals(['text', 'markdown'] as const),
  /** Markdown: the rendered, sanitised HTML. */
  html: Type.Optional(Type.String()),
  /** Text: the characters, up to the preview's limit. */
  text: Type.Optional(Type.String()),
  /** Whether only the beginning is shown. */
  truncated: Type.Boolean(),
});
export type DocumentPreview = Static<typeof DocumentPreview>;
