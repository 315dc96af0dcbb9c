import { type Static, Type } from 'typebox';

/**
 * Events (Veranstaltungen): the annual dialogue forum and every smaller meeting, with sessions,
 * registration, waitlist and iCalendar (src/server/features/events). Times travel as UTC instants
 * (ISO 8601) and are shown in Europe/Berlin.
 */
export const EVENT_LIMITS = {
  title: 200,
  description: 10_000,
  place: 200,
  address: 300,
  url: 500,
  room: 120,
  speakerName: 120,
  speakers: 20,
  sessions: 100,
  organisers: 20,
  questions: 20,
  questionLabel: 300,
  options: 20,
  option: 120,
  answer: 2_000,
  materials: 20,
  materialTitle: 200,
  /** Uploaded files (slides) per session, and the bytes of one. */
  sessionFiles: 20,
  sessionFileBytes: 50 * 1024 * 1024,
  cancelReason: 1_000,
  capacity: 100_000,
  listPage: 200,
} as const;

/** The one time zone events are shown in. */
export const EVENT_TIME_ZONE = 'Europe/Berlin';

const Uuid = Type.String({ format: 'uuid', maxLength: 36 });
const Timestamp = Type.String({ format: 'date-time', maxLength: 40 });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);
const Text = (max: number, min = 0) => Type.String({ minLength: min, maxLength: max });
/** A link: http(s) or a path of this platform. */
const Link = Type.String({ maxLength: EVENT_LIMITS.url, pattern: '^(https?://[^\\s]+|/[^\\s]*)$' });

export const EVENT_VISIBILITIES = ['public', 'platform', 'alliance', 'organisation'] as const;
export type EventVisibility = (typeof EVENT_VISIBILITIES)[number];
export const EventVisibilitySchema = Type.Union([
  Type.Literal('public'),
  Type.Literal('platform'),
  Type.Literal('alliance'),
  Type.Literal('organisation'),
]);

export const QUESTION_KINDS = ['text', 'choice', 'yesno'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export const EventQuestion = Type.Object(
  {
    /** Short key the answers refer to, e.g. `q1`. */
    id: Type.String({ minLength: 1, maxLength: 40, pattern: '^[A-Za-z0-9_-]+$' }),
    label: Text(EVENT_LIMITS.questionLabel, 1),
    kind: Type.Union([Type.Literal('text'), Type.Literal('choice'), Type.Literal('yesno')]),
    required: Type.Boolean(),
    /** The choices of a `choice` question. */
    options: Type.Optional(Type.Array(Text(EVENT_LIMITS.option, 1), { maxItems: EVENT_LIMITS.options })),
  },
  { additionalProperties: false },
);
export type EventQuestion = Static<typeof EventQuestion>;

export const EventInput = Type.Object(
  {
    title: Text(EVENT_LIMITS.title, 1),
    description: Text(EVENT_LIMITS.description),
    startsAt: Timestamp,
    endsAt: Timestamp,
    /** A place (name and address) or a meeting link, or both. */
    placeName: Text(EVENT_LIMITS.place),
    address: Text(EVENT_LIMITS.address),
    latitude: Nullable(Type.Number({ minimum: -90, maximum: 90 })),
    longitude: Nullable(Type.Number({ minimum: -180, maximum: 180 })),
    onlineUrl: Nullable(Type.String({ maxLength: EVENT_LIMITS.url, pattern: '^https?://[^\\s]+$' })),
    visibility: EventVisibilitySchema,
    /** The alliance whose organisations see an `alliance` event. */
    allianceId: Nullable(Uuid),
    /** Organisations organising it besides the creator's own. */
    organiserIds: Type.Array(Uuid, { maxItems: EVENT_LIMITS.organisers }),
    /** Places; null: no limit. More registrations go onto the waitlist. */
    capacity: Nullable(Type.Integer({ minimum: 1, maximum: EVENT_LIMITS.capacity })),
    registrationOpen: Type.Boolean(),
    questions: Type.Array(EventQuestion, { maxItems: EVENT_LIMITS.questions }),
  },
  { additionalProperties: false },
);
export type EventInput = Static<typeof EventInput>;

export const Speaker = Type.Object(
  { personId: Nullable(Uuid), name: Text(EVENT_LIMITS.speakerName, 1) },
  { additionalProperties: false },
);
export type Speaker = Static<typeof Speaker>;

export const Material = Type.Object(
  { title: Text(EVENT_LIMITS.materialTitle, 1), url: Link },
  { additionalProperties: false },
);
export type Material = Static<typeof Material>;

export const SessionInput = Type.Object(
  {
    title: Text(EVENT_LIMITS.title, 1),
    description: Text(EVENT_LIMITS.description),
    startsAt: Timestamp,
    endsAt: Timestamp,
    room: Text(EVENT_LIMITS.room),
    speakers: Type.Array(Speaker, { maxItems: EVENT_LIMITS.speakers }),
    /** Slides and other documents: links to the documents area or elsewhere. */
    materials: Type.Array(Material, { maxItems: EVENT_LIMITS.materials }),
  },
  { additionalProperties: false },
);
export type SessionInput = Static<typeof SessionInput>;

/**
 * The kinds of file a session takes as uploads (slides), by extension: the type is decided from the
 * name, and PDF must start as a PDF, ODP and PPTX as a zip container.
 */
export const SESSION_FILE_TYPES = {
  pdf: 'application/pdf',
  odp: 'application/vnd.oasis.opendocument.presentation',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
} as const;

/** How a file's kind and size are named beside its link: "PDF, 1.2 MB" (`locale` for the number). */
export function sessionFileMeta(file: { mediaType: string; size: number }, locale: string): string {
  const kind = (Object.keys(SESSION_FILE_TYPES) as Array<keyof typeof SESSION_FILE_TYPES>).find(
    (k) => SESSION_FILE_TYPES[k] === file.mediaType,
  );
  const megabytes = Math.max(0.1, file.size / (1024 * 1024));
  const size = `${megabytes.toLocaleString(locale, { maximumFractionDigits: 1 })} MB`;
  return kind ? `${kind.toUpperCase()}, ${size}` : size;
}

/** A file attached to a session; `href` downloads it for whoever may see the event. */
export const SessionFile = Type.Object({
  id: Uuid,
  name: Type.String(),
  mediaType: Type.String(),
  size: Type.Integer(),
  href: Type.String(),
  createdAt: Timestamp,
});
export type SessionFile = Static<typeof SessionFile>;

export const OrganiserView = Type.Object({ id: Uuid, name: Type.String() });

export const SessionView = Type.Object({
  id: Uuid,
  title: Type.String(),
  description: Type.String(),
  startsAt: Timestamp,
  endsAt: Timestamp,
  room: Type.String(),
  speakers: Type.Array(Speaker),
  materials: Type.Array(Material),
  /** Uploaded files (slides), oldest first. */
  files: Type.Array(SessionFile),
  /** The community the session continues in, once its organisers opened one. */
  community: Nullable(Type.Object({ id: Uuid, slug: Type.String(), name: Type.String() })),
});
export type SessionView = Static<typeof SessionView>;

export const REGISTRATION_STATES = ['registered', 'waitlisted', 'cancelled'] as const;
export type RegistrationState = (typeof REGISTRATION_STATES)[number];
const RegistrationStateSchema = Type.Union([
  Type.Literal('registered'),
  Type.Literal('waitlisted'),
  Type.Literal('cancelled'),
]);

export const Answers = Type.Record(
  Type.String({ maxLength: 40 }),
  Type.Union([Type.String({ maxLength: EVENT_LIMITS.answer }), Type.Boolean()]),
);
export type Answers = Static<typeof Answers>;

export const MyRegistration = Type.Object({
  state: RegistrationStateSchema,
  showInList: Type.Boolean(),
  answers: Answers,
  /** Place on the waitlist (1 = next to move up), when waitlisted. */
  waitlistPosition: Nullable(Type.Integer()),
  registeredAt: Timestamp,
});
export type MyRegistration = Static<typeof MyRegistration>;

export const EventSummary = Type.Object({
  id: Uuid,
  title: Type.String(),
  startsAt: Timestamp,
  endsAt: Timestamp,
  placeName: Type.String(),
  online: Type.Boolean(),
  visibility: EventVisibilitySchema,
  cancelled: Type.Boolean(),
  organisers: Type.Array(OrganiserView),
  /** My registration's state, when I have one. */
  myState: Nullable(RegistrationStateSchema),
});
export type EventSummary = Static<typeof EventSummary>;

export const EventList = Type.Object({ items: Type.Array(EventSummary), hasMore: Type.Boolean() });
export type EventList = Static<typeof EventList>;

export const EventListQuery = Type.Object(
  {
    when: Type.Optional(Type.Union([Type.Literal('upcoming'), Type.Literal('past')])),
    mine: Type.Optional(Type.Boolean()),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: EVENT_LIMITS.listPage })),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000 })),
  },
  { additionalProperties: false },
);
export type EventListQuery = Static<typeof EventListQuery>;

export const EventDetail = Type.Object({
  id: Uuid,
  title: Type.String(),
  description: Type.String(),
  startsAt: Timestamp,
  endsAt: Timestamp,
  placeName: Type.String(),
  address: Type.String(),
  latitude: Nullable(Type.Number()),
  longitude: Nullable(Type.Number()),
  onlineUrl: Nullable(Type.String()),
  visibility: EventVisibilitySchema,
  alliance: Nullable(Type.Object({ id: Uuid, name: Type.String() })),
  organisers: Type.Array(OrganiserView),
  capacity: Nullable(Type.Integer()),
  registrationOpen: Type.Boolean(),
  questions: Type.Array(EventQuestion),
  cancelledAt: Nullable(Timestamp),
  cancelReason: Type.String(),
  /** How often the event changed; its iCalendar SEQUENCE. */
  sequence: Type.Integer(),
  counts: Type.Object({ registered: Type.Integer(), waitlisted: Type.Integer() }),
  sessions: Type.Array(SessionView),
  myRegistration: Nullable(MyRegistration),
  viewer: Type.Object({ signedIn: Type.Boolean(), canManage: Type.Boolean() }),
});
export type EventDetail = Static<typeof EventDetail>;

export const RegisterInput = Type.Object(
  { answers: Answers, showInList: Type.Boolean() },
  { additionalProperties: false },
);
export type RegisterInput = Static<typeof RegisterInput>;

export const Attendee = Type.Object({ name: Type.String(), organisation: Nullable(Type.String()) });
export const AttendeeList = Type.Object({ items: Type.Array(Attendee), total: Type.Integer() });
export type AttendeeList = Static<typeof AttendeeList>;

export const RegistrationView = Type.Object({
  id: Uuid,
  person: Type.Object({ id: Uuid, name: Type.String(), email: Type.String() }),
  organisation: Nullable(Type.String()),
  state: RegistrationStateSchema,
  showInList: Type.Boolean(),
  answers: Answers,
  registeredAt: Timestamp,
});
export type RegistrationView = Static<typeof RegistrationView>;
export const RegistrationList = Type.Object({ items: Type.Array(RegistrationView) });
export type RegistrationList = Static<typeof RegistrationList>;

export const CancelEventInput = Type.Object(
  { reason: Text(EVENT_LIMITS.cancelReason) },
  { additionalProperties: false },
);
export type CancelEventInput = Static<typeof CancelEventInput>;

export const EventFeed = Type.Object({
  /** The secret address; answered only when it is made (only its hash is kept). */
  url: Nullable(Type.String()),
  createdAt: Nullable(Timestamp),
});
export type EventFeed = Static<typeof EventFeed>;
