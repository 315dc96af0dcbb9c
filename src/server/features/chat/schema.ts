import { type Static, Type } from 'typebox';
import {
  MAX_ATTACHMENTS_PER_MESSAGE,
  MAX_GROUP_SIZE,
  MAX_MESSAGE_LENGTH,
  MAX_PAGE_SIZE,
  NotifyLevel,
} from '../../../shared/contracts/chat.ts';
import { Uuid } from '../../platform/http/id-schemas.ts';

export const TAGS = ['chat'];

const ChannelName = Type.String({ minLength: 1, maxLength: 80 });
const Topic = Type.String({ maxLength: 500 });

export const CreateChannelBody = Type.Object(
  { name: ChannelName, closed: Type.Optional(Type.Boolean()), topic: Type.Optional(Topic) },
  { additionalProperties: false },
);
export type CreateChannelInput = Static<typeof CreateChannelBody>;

export const UpdateChannelBody = Type.Object(
  { name: Type.Optional(ChannelName), topic: Type.Optional(Topic), archived: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
);
export type UpdateChannelInput = Static<typeof UpdateChannelBody>;

export const AddMemberBody = Type.Object({ personId: Uuid }, { additionalProperties: false });
export const ChannelMemberParams = Type.Object({ id: Uuid, personId: Uuid });

export const OpenConversationBody = Type.Object(
  {
    personIds: Type.Array(Uuid, {
      minItems: 1,
      maxItems: MAX_GROUP_SIZE - 1,
      uniqueItems: true,
      description: 'The other people: one for a direct conversation, up to seven for a group',
    }),
  },
  { additionalProperties: false },
);

export const MessageText = Type.String({ minLength: 1, maxLength: MAX_MESSAGE_LENGTH });

export const PostMessageBody = Type.Object(
  {
    text: MessageText,
    threadRootId: Type.Optional(Uuid),
    alsoInChannel: Type.Optional(Type.Boolean()),
    attachmentIds: Type.Optional(Type.Array(Uuid, { maxItems: MAX_ATTACHMENTS_PER_MESSAGE, uniqueItems: true })),
  },
  { additionalProperties: false },
);
export type PostMessageInput = Static<typeof PostMessageBody>;

export const EditMessageBody = Type.Object({ text: MessageText }, { additionalProperties: false });

const Seq = Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER });

export const PageQuery = Type.Object({
  before: Type.Optional(Seq),
  after: Type.Optional(Seq),
  /** A message ID or a sequence number. */
  around: Type.Optional(Type.String({ maxLength: 36, pattern: '^([0-9]{1,15}|[0-9a-fA-F-]{36})$' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_PAGE_SIZE, default: 50 })),
});
export type PageQueryInput = Static<typeof PageQuery>;

export const ReactionParams = Type.Object({ id: Uuid, emoji: Type.String({ minLength: 1, maxLength: 32 }) });

export const ReactionsAnswer = Type.Object({
  messageId: Type.String(),
  reactions: Type.Array(
    Type.Object({ emoji: Type.String(), count: Type.Integer(), personIds: Type.Array(Type.String()) }),
  ),
});

export const ReadBody = Type.Object({ seq: Seq }, { additionalProperties: false });
export const ReadAnswer = Type.Object({ lastReadSeq: Type.Integer() });

export const NotifyBody = Type.Object({ level: NotifyLevel }, { additionalProperties: false });
export const NotifyAnswer = Type.Object({ level: NotifyLevel });

export const MembersQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 100 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
});
export const MemberList = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Type.String(),
      name: Type.String(),
      role: Type.Union([Type.Literal('owner'), Type.Literal('member'), Type.Literal('guest'), Type.Null()]),
    }),
  ),
});

export const SearchQuery = Type.Object({
  q: Type.String({ minLength: 1, maxLength: 200 }),
  channelId: Type.Optional(Uuid),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 20 })),
});
