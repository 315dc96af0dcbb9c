// The chat limits the server enforces (src/shared/contracts/chat.ts). Repeated here because that
// module also carries the TypeBox schemas, which the browser need not download for four numbers.
export const MAX_MESSAGE_LENGTH = 16_000;
export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;
export const MAX_ATTACHMENTS_PER_MESSAGE = 10;
export const MAX_GROUP_SIZE = 8;
