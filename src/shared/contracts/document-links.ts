import { type Static, Type } from 'typebox';

/**
 * The documents linked from the messages of one channel, for the chat to show under each message
 * (src/server/features/documents/links): only messages with links the reader may open are listed.
 */
export const ChannelDocumentLinks = Type.Object({
  messages: Type.Array(
    Type.Object({
      messageId: Type.String({ format: 'uuid' }),
      documents: Type.Array(Type.Object({ id: Type.String({ format: 'uuid' }), name: Type.String() })),
    }),
  ),
});
export type ChannelDocumentLinks = Static<typeof ChannelDocumentLinks>;

export const ChannelLinksQuery = Type.Object({ channelId: Type.String({ format: 'uuid', maxLength: 36 }) });
