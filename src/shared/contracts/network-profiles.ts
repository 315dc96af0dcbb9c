import { type Static, Type } from 'typebox';

/**
 * People in the network: their profiles, expertise from the shared tag vocabulary, proofs, colleagues'
 * endorsements and the expert finder (src/server/features/network/profiles).
 */
export const NETWORK_PROFILE_LIMITS = {
  jobTitle: 200,
  department: 200,
  languages: 20,
  phone: 50,
  about: 2_000,
  tagName: 80,
  query: 200,
  proofLabel: 200,
  url: 2_000,
  note: 500,
  /** Proofs per expertise. */
  proofs: 20,
} as const;

const Uuid = Type.String({ format: 'uuid', maxLength: 36 });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);
const Timestamp = Type.String({ format: 'date-time' });

export type ProfileVisibility = 'organisation' | 'alliances' | 'platform';
export const PROFILE_VISIBILITIES: readonly ProfileVisibility[] = ['organisation', 'alliances', 'platform'];
export type ExpertiseLevel = 'familiar' | 'expert';
export const EXPERTISE_LEVELS: readonly ExpertiseLevel[] = ['familiar', 'expert'];

const Visibility = Type.Union([Type.Literal('organisation'), Type.Literal('alliances'), Type.Literal('platform')]);
const Level = Type.Union([Type.Literal('familiar'), Type.Literal('expert')]);
const LanguageCode = Type.String({ pattern: '^[a-z]{2}$', minLength: 2, maxLength: 2 });

export const PersonIdParams = Type.Object({ personId: Uuid }, { additionalProperties: false });
export const ExpertiseParams = Type.Object({ personId: Uuid, tagId: Uuid }, { additionalProperties: false });
export const TagIdParams = Type.Object({ tagId: Uuid }, { additionalProperties: false });
export const ProofParams = Type.Object({ tagId: Uuid, proofId: Uuid }, { additionalProperties: false });
export const TagMergeParams = Type.Object({ id: Uuid }, { additionalProperties: false });

export const Tag = Type.Object({ id: Uuid, name: Type.String() });
export type Tag = Static<typeof Tag>;

export const OrganisationRef = Type.Object({
  id: Uuid,
  name: Type.String(),
  landCode: Nullable(Type.String()),
  landName: Nullable(Type.String()),
});
export type OrganisationRef = Static<typeof OrganisationRef>;

/** A proof as shown: a project or an atlas record the viewer may see, or a web address. */
export const Proof = Type.Object({
  id: Uuid,
  kind: Type.Union([Type.Literal('project'), Type.Literal('cooperation'), Type.Literal('link')]),
  label: Type.String(),
  targetId: Nullable(Uuid),
  /** The web address of a link; the atlas record's slug for a cooperation. */
  url: Nullable(Type.String()),
  title: Nullable(Type.String()),
});
export type Proof = Static<typeof Proof>;

export const AcceptedAnswer = Type.Object({ questionId: Uuid, answerId: Uuid, title: Type.String() });
export type AcceptedAnswer = Static<typeof AcceptedAnswer>;

export const Endorsement = Type.Object({
  endorser: Type.Object({ id: Uuid, name: Type.String() }),
  note: Type.String(),
  createdAt: Timestamp,
});
export type Endorsement = Static<typeof Endorsement>;

export const Expertise = Type.Object({
  tag: Tag,
  level: Level,
  endorsementCount: Type.Integer(),
  acceptedAnswerCount: Type.Integer(),
  endorsements: Type.Array(Endorsement),
  /** Whether the viewer has endorsed it. */
  endorsedByMe: Type.Boolean(),
  proofs: Type.Array(Proof),
  acceptedAnswers: Type.Array(AcceptedAnswer),
});
export type Expertise = Static<typeof Expertise>;

/** A profile as a viewer sees it: `details` null when the person shows the viewer only name and organisation. */
export const PersonProfile = Type.Object({
  id: Uuid,
  name: Type.String(),
  organisation: Nullable(OrganisationRef),
  isMe: Type.Boolean(),
  details: Nullable(
    Type.Object({
      jobTitle: Type.String(),
      department: Type.String(),
      languages: Type.Array(Type.String()),
      phone: Type.String(),
      about: Type.String(),
      visibility: Visibility,
      expertise: Type.Array(Expertise),
    }),
  ),
});
export type PersonProfile = Static<typeof PersonProfile>;

export const ProfileInput = Type.Object(
  {
    jobTitle: Type.String({ maxLength: NETWORK_PROFILE_LIMITS.jobTitle }),
    department: Type.String({ maxLength: NETWORK_PROFILE_LIMITS.department }),
    languages: Type.Array(LanguageCode, { maxItems: NETWORK_PROFILE_LIMITS.languages, uniqueItems: true }),
    phone: Type.String({ maxLength: NETWORK_PROFILE_LIMITS.phone, pattern: '^[0-9+()/ .\\-]*$' }),
    about: Type.String({ maxLength: NETWORK_PROFILE_LIMITS.about }),
    visibility: Visibility,
  },
  { additionalProperties: false },
);
export type ProfileInput = Static<typeof ProfileInput>;

export const TagSuggestQuery = Type.Object(
  { q: Type.String({ maxLength: NETWORK_PROFILE_LIMITS.query }) },
  { additionalProperties: false },
);
export const TagSuggestions = Type.Object({ tags: Type.Array(Tag) });
export type TagSuggestions = Static<typeof TagSuggestions>;

/** Add an expertise by an existing tag or by a name (a new tag when its folded name is new), or change its level. */
export const ExpertiseInput = Type.Object(
  {
    tagId: Type.Optional(Uuid),
    name: Type.Optional(Type.String({ minLength: 1, maxLength: NETWORK_PROFILE_LIMITS.tagName })),
    level: Level,
  },
  { additionalProperties: false },
);
export type ExpertiseInput = Static<typeof ExpertiseInput>;

export const LevelInput = Type.Object({ level: Level }, { additionalProperties: false });
export type LevelInput = Static<typeof LevelInput>;

export const ProofInput = Type.Object(
  {
    kind: Type.Union([Type.Literal('project'), Type.Literal('cooperation'), Type.Literal('link')]),
    targetId: Type.Optional(Uuid),
    url: Type.Optional(Type.String({ maxLength: NETWORK_PROFILE_LIMITS.url })),
    label: Type.String({ maxLength: NETWORK_PROFILE_LIMITS.proofLabel }),
  },
  { additionalProperties: false },
);
export type ProofInput = Static<typeof ProofInput>;

export const EndorsementInput = Type.Object(
  { note: Type.String({ maxLength: NETWORK_PROFILE_LIMITS.note }) },
  { additionalProperties: false },
);
export type EndorsementInput = Static<typeof EndorsementInput>;

export const EndorsementResult = Type.Object({ endorsementCount: Type.Integer(), endorsedByMe: Type.Boolean() });
export type EndorsementResult = Static<typeof EndorsementResult>;

export const PeopleQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: NETWORK_PROFILE_LIMITS.query })),
    tag: Type.Optional(Uuid),
    organisation: Type.Optional(Uuid),
    land: Type.Optional(Type.String({ pattern: '^[0-9]{2}$', maxLength: 2 })),
    kreis: Type.Optional(Uuid),
    near: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
    sort: Type.Optional(Type.Union([Type.Literal('relevance'), Type.Literal('distance'), Type.Literal('name')])),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000 })),
  },
  { additionalProperties: false },
);
export type PeopleQuery = Static<typeof PeopleQuery>;

export const PersonMatch = Type.Object({
  id: Uuid,
  name: Type.String(),
  jobTitle: Type.String(),
  organisation: Nullable(OrganisationRef),
  /** Kilometres from the viewer's organisation, when both have a position. */
  distanceKm: Nullable(Type.Number()),
  /** Whether the name matched the words. */
  nameMatched: Type.Boolean(),
  /** The expertise that matched, best first. */
  matches: Type.Array(
    Type.Object({
      tag: Tag,
      level: Level,
      endorsementCount: Type.Integer(),
      acceptedAnswerCount: Type.Integer(),
    }),
  ),
});
export type PersonMatch = Static<typeof PersonMatch>;

export const PeopleResult = Type.Object({ people: Type.Array(PersonMatch), hasMore: Type.Boolean() });
export type PeopleResult = Static<typeof PeopleResult>;

export const AdminTagQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: NETWORK_PROFILE_LIMITS.query })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000 })),
  },
  { additionalProperties: false },
);
export type AdminTagQuery = Static<typeof AdminTagQuery>;

export const AdminTag = Type.Object({
  id: Uuid,
  name: Type.String(),
  key: Type.String(),
  expertiseCount: Type.Integer(),
  questionCount: Type.Integer(),
  followCount: Type.Integer(),
  createdAt: Timestamp,
});
export type AdminTag = Static<typeof AdminTag>;
export const AdminTagList = Type.Object({ tags: Type.Array(AdminTag), hasMore: Type.Boolean() });
export type AdminTagList = Static<typeof AdminTagList>;

export const MergeInput = Type.Object({ into: Uuid }, { additionalProperties: false });
export type MergeInput = Static<typeof MergeInput>;
export const MergeResult = Type.Object({ into: Tag, movedExpertise: Type.Integer(), movedQuestions: Type.Integer() });
export type MergeResult = Static<typeof MergeResult>;
