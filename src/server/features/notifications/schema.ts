import { Type } from 'typebox';
import {
  DIGEST_FREQUENCIES,
  NOTIFICATION_GROUPS,
  NOTIFICATION_KIND_NAMES,
} from '../../../shared/notification-kinds.ts';
import { Uuid } from '../../platform/http/id-schemas.ts';

export const TAGS = ['notifications'];

// Handlers return Date objects; the serialiser writes them as ISO 8601 strings.
const Timestamp = Type.Unsafe<Date>(Type.String({ format: 'date-time' }));

export const NotificationItem = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  data: Type.Record(Type.String(), Type.Unknown()),
  link: Type.Union([Type.String(), Type.Null()]),
  createdAt: Timestamp,
  readAt: Type.Union([Timestamp, Type.Null()]),
});

export const NotificationPage = Type.Object({
  items: Type.Array(NotificationItem),
  nextBefore: Type.Union([Type.String(), Type.Null()]),
});

export const ListQuery = Type.Object({
  /** The ID of the oldest notification of the previous page. */
  before: Type.Optional(Uuid),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 30 })),
  unread: Type.Optional(Type.Boolean()),
});

export const UnreadCount = Type.Object({ unread: Type.Integer() });

const Kind = Type.Enum([...NOTIFICATION_KIND_NAMES], { description: 'A kind of notification' });
const Frequency = Type.Enum([...DIGEST_FREQUENCIES], {
  description: 'soon (after NOTIFICATION_DIGEST_MINUTES), daily (after 7:00 Berlin time), weekly (Mondays), never',
});

export const NotificationSettings = Type.Object({
  digestFrequency: Frequency,
  kinds: Type.Array(
    Type.Object({
      kind: Kind,
      group: Type.Enum([...NOTIFICATION_GROUPS]),
      inApp: Type.Boolean(),
      mail: Type.Boolean(),
    }),
  ),
});

export const NotificationSettingsInput = Type.Object(
  {
    digestFrequency: Type.Optional(Frequency),
    kinds: Type.Optional(
      Type.Array(
        Type.Object({ kind: Kind, inApp: Type.Boolean(), mail: Type.Boolean() }, { additionalProperties: false }),
        { maxItems: 200 },
      ),
    ),
  },
  { additionalProperties: false },
);
