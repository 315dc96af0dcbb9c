import type { ChatMessage } from '../../../../shared/contracts/chat.ts';
import { IMAGE_TYPES } from '../../../platform/storage/image-type.ts';
import { renderMessage } from './markdown.ts';
import type { StoredMessage } from './message-queries.ts';

const IMAGES: readonly string[] = IMAGE_TYPES;

/** The message as the API and the realtime events show it. */
export function messageView(stored: StoredMessage): ChatMessage {
  const deleted = stored.deletedAt !== null;
  return {
    ...stored,
    seq: Number(stored.seq),
    text: deleted ? '' : stored.text,
    html: deleted ? '' : (stored.html ?? renderMessage(stored.text, stored.mentions)),
    reactions: stored.reactions.map((r) => ({ emoji: r.emoji, count: r.personIds.length, personIds: r.personIds })),
    attachments: stored.attachments.map((f) => ({
      ...f,
      isImage: IMAGES.includes(f.mediaType),
      url: `/api/attachments/${f.id}`,
    })),
  };
}
