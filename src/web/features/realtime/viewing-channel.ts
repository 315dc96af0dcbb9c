// The chat channel on screen, if any: news about it needs no notice, the person is reading it.
let viewing: string | null = null;

/** Called by the chat while it shows a channel (and with null when it stops). */
export function setViewingChannel(channelId: string | null) {
  viewing = channelId;
}

/** Whether the channel is the one on screen in a visible tab. */
export function isViewingChannel(channelId: unknown): boolean {
  return typeof channelId === 'string' && channelId === viewing && document.visibilityState === 'visible';
}
