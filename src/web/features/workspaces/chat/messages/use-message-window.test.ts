import { describe, expect, it } from 'vitest';
import type { ChatMessage, MessagePage } from '../../../../../shared/contracts/chat.ts';
import { emptyWindow, windowReducer } from './use-message-window.ts';

function message(seq: number, patch: Partial<ChatMessage> = {}): ChatMessage {
  return {
    id: `m${seq}`,
    channelId: 'c',
    seq,
    author: { id: 'p1', name: 'Anna' },
    text: `text ${seq}`,
    html: `<p>text ${seq}</p>`,
    threadRootId: null,
    alsoInChannel: false,
    replyCount: 0,
    lastReplyAt: null,
    lastRepliers: [],
    mentions: [],
    mentionsChannel: false,
    reactions: [],
    attachments: [],
    createdAt: '2026-01-01T10:00:00Z',
    editedAt: null,
    deletedAt: null,
    ...patch,
  };
}

const page = (seqs: number[], more: Partial<MessagePage> = {}): MessagePage => ({
  messages: seqs.map((s) => message(s)),
  hasMoreBefore: false,
  hasMoreAfter: false,
  lastReadSeq: 2,
  ...more,
});

const loaded = (seqs: number[], more: Partial<MessagePage> = {}) =>
  windowReducer(emptyWindow('c'), { type: 'page', page: page(seqs, more), mode: 'replace' });

describe('the message window', () => {
  it('keeps the read position of the first load, so the divider stays where it was', () => {
    const first = loaded([1, 2, 3]);
    expect(first.readAtOpen).toBe(2);
    expect(first.loadedUpTo).toBe(3);
    const again = windowReducer(first, { type: 'page', page: page([3, 4], { lastReadSeq: 4 }), mode: 'replace' });
    expect(again.readAtOpen).toBe(2);
    expect(again.generation).toBeGreaterThan(first.generation);
  });

  it('takes a live message only at the present, once, in order', () => {
    const present = loaded([1, 2]);
    const added = windowReducer(present, { type: 'message', message: message(3), live: true });
    expect(added.messages.map((m) => m.seq)).toEqual([1, 2, 3]);
    expect(windowReducer(added, { type: 'message', message: message(3), live: true }).messages).toHaveLength(3);
    const history = loaded([1, 2], { hasMoreAfter: true });
    expect(windowReducer(history, { type: 'message', message: message(9), live: true }).messages).toHaveLength(2);
  });

  it('leaves thread replies out of the channel unless also posted there', () => {
    const present = loaded([1]);
    const reply = message(2, { threadRootId: 'm1' });
    expect(windowReducer(present, { type: 'message', message: reply, live: true }).messages).toHaveLength(1);
    const shared = message(3, { threadRootId: 'm1', alsoInChannel: true });
    expect(windowReducer(present, { type: 'message', message: shared, live: true }).messages).toHaveLength(2);
  });

  it('replaces edited and deleted messages in place, and patches reactions and thread counts', () => {
    const present = loaded([1, 2]);
    const edited = windowReducer(present, {
      type: 'message',
      message: message(1, { text: 'neu', editedAt: '2026-01-01T11:00:00Z' }),
      live: false,
    });
    expect(edited.messages[0]?.editedAt).not.toBeNull();
    const reacted = windowReducer(edited, {
      type: 'reactions',
      messageId: 'm2',
      reactions: [{ emoji: '👍', count: 1, personIds: ['p2'] }],
    });
    expect(reacted.messages[1]?.reactions).toHaveLength(1);
    const threaded = windowReducer(reacted, { type: 'thread', messageId: 'm1', patch: { replyCount: 3 } });
    expect(threaded.messages[0]?.replyCount).toBe(3);
  });

  it('grows older pages at the top and newer ones at the bottom', () => {
    const middle = loaded([5, 6], { hasMoreBefore: true, hasMoreAfter: true });
    const older = windowReducer(middle, { type: 'page', page: page([3, 4], { hasMoreBefore: false }), mode: 'older' });
    expect(older.messages.map((m) => m.seq)).toEqual([3, 4, 5, 6]);
    expect(older.hasMoreBefore).toBe(false);
    expect(older.hasMoreAfter).toBe(true);
    const newer = windowReducer(older, { type: 'page', page: page([7]), mode: 'newer' });
    expect(newer.messages.map((m) => m.seq)).toEqual([3, 4, 5, 6, 7]);
    expect(newer.hasMoreAfter).toBe(false);
    expect(newer.loadedUpTo).toBe(7);
  });
});
