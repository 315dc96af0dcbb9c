// The notifications of the network, with the data each carries (short text parts the web app words
// per language) and the app path it opens. The server writes exactly these fields; the web app's
// wording (features/notifications) and the notification settings read this list.

export const networkNotificationKinds = {
  /** A new question in one of my communities or with a tag I follow. data: actorName, title, communityName? */
  question: 'network-question',
  /** An answer to my question or to a question I follow. data: actorName, title */
  answer: 'network-answer',
  /** A comment on my question or answer. data: actorName, title, excerpt */
  comment: 'network-comment',
  /** My answer was accepted. data: actorName, title */
  accepted: 'network-accepted',
  /** A colleague endorsed one of my expertises. data: actorName, tagName, excerpt (the note) */
  endorsement: 'network-endorsement',
  /** Someone asks to join a community I moderate. data: actorName, communityName */
  joinRequest: 'network-join-request',
  /** My request to join was answered. data: communityName, accepted (boolean) */
  joinAnswered: 'network-join-answered',
  /** A post waits for my approval as a moderator. data: actorName, title, communityName? */
  postPending: 'network-post-pending',
  /** My held post was let through or refused. data: title, approved (boolean), reason? */
  postDecided: 'network-post-decided',
  /** A moderator hid my post. data: title, reason */
  postHidden: 'network-post-hidden',
  /** A post was reported in a community I moderate. data: actorName, title, communityName?, excerpt (the reason) */
  report: 'network-report',
  /** A wiki page I own is due for a check. data: title, communityName? */
  wikiCheckDue: 'wiki-check-due',
} as const;

export type NetworkNotificationKind = (typeof networkNotificationKinds)[keyof typeof networkNotificationKinds];
