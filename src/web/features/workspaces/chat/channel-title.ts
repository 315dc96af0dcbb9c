import type { ChannelSummary } from '../../../../shared/contracts/chat.ts';

/** "#allgemein" for a channel; a community's name for its chat; the other people's names for a conversation. */
export function channelTitle(channel: Pick<ChannelSummary, 'kind' | 'name' | 'members'>, meId: string): string {
  if (channel.kind === 'channel') return `#${channel.name ?? ''}`;
  if (channel.kind === 'community') return channel.name ?? '';
  const others = channel.members.filter((m) => m.id !== meId).map((m) => m.name);
  return others.length > 0 ? others.join(', ') : (channel.members[0]?.name ?? '');
}
