import type { ChannelSummary, PersonRef } from '../../../../shared/contracts/chat.ts';
import { singleLine } from '../../../platform/http/input-text.ts';
import type { ChannelKind } from '../policy.ts';
import type { ChannelRow } from '../queries.ts';

/** A channel as events and fresh answers show it: no read state yet, nothing unread. */
export function freshChannelSummary(row: ChannelRow, members: PersonRef[] = []): ChannelSummary {
  return {
    id: row.id,
    kind: row.kind as ChannelKind,
    workspaceId: row.workspaceId,
    name: row.name,
    topic: row.topic,
    closed: row.closed,
    isDefault: row.isDefault,
    archivedAt: row.archivedAt,
    createdBy: row.createdBy,
    members,
    lastSeq: Number(row.lastSeq),
    lastMessageAt: row.lastMessageAt,
    lastReadSeq: 0,
    unreadCount: 0,
    mentionCount: 0,
    notify: 'all',
  };
}

/** A channel's name as typed: one line (the platform's input rule), trimmed, inner whitespace collapsed. */
export function cleanChannelName(name: string): string {
  return singleLine(name).replace(/\s+/g, ' ').trim();
}
