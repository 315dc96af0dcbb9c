/**
 * The shape of a demo workspace: who is in it, its channels, and its conversation as a script of
 * messages with their day (days before the seed) and time of day (Berlin time).
 */

/** The demo people by first name (their e-mail addresses, see accounts.ts). */
export const P = {
  anna: 'anna.schulz@seevetal.demo',
  jan: 'jan.petersen@seevetal.demo',
  katrin: 'katrin.meyer@seevetal.demo',
  thomas: 'thomas.becker@neu-wulmstorf.demo',
  sabine: 'sabine.krueger@neu-wulmstorf.demo',
  birgit: 'birgit.hansen@landkreis-harburg.demo',
  michael: 'michael.wolter@landkreis-harburg.demo',
  stefan: 'stefan.hoffmann@arnsberg.demo',
  julia: 'julia.schaefer@arnsberg.demo',
  markus: 'markus.richter@soest.demo',
  claudia: 'claudia.wagner@soest.demo',
  martina: 'martina.boehm@bad-berleburg.demo',
  tobias: 'tobias.dreisbach@bad-berleburg.demo',
  oliver: 'oliver.kampmann@menden.demo',
  sandra: 'sandra.huesken@menden.demo',
  christina: 'christina.stahl@olpe.demo',
  lukas: 'lukas.hengstebeck@olpe.demo',
  susanne: 'susanne.lehmann@dresden.demo',
  frank: 'frank.neumann@dresden.demo',
  andreas: 'andreas.schreiber@leipzig.demo',
  nadine: 'nadine.vogel@leipzig.demo',
  heike: 'heike.schmidt@magdeburg.demo',
  daniel: 'daniel.krause@magdeburg.demo',
} as const;

export interface ScriptMessage {
  /** Names the message for replies and reactions. */
  key?: string;
  /** The channel; a reply is posted in its root's channel. */
  channel?: string;
  replyTo?: string;
  daysAgo: number;
  /** "HH:MM", Berlin time. */
  time: string;
  author: string;
  text: string;
  /** Emoji → who reacted. */
  reactions?: Record<string, string[]>;
}

export interface DemoWorkspace {
  name: string;
  description: string;
  /** The owning organisation (AGS) or alliance (name). */
  owner: { organisation: string } | { alliance: string };
  visibility: 'members' | 'owner' | 'platform';
  /** The first creates the workspace; the others are added as owners. */
  owners: string[];
  members: string[];
  channels: Array<{ name: string; topic: string }>;
  messages: ScriptMessage[];
}

type Extra = Pick<ScriptMessage, 'key' | 'reactions'>;

/** A message in a channel. */
export const say = (
  channel: string,
  daysAgo: number,
  time: string,
  author: string,
  text: string,
  extra: Extra = {},
): ScriptMessage => ({ channel, daysAgo, time, author, text, ...extra });

/** A reply in the thread of the message named `replyTo`. */
export const reply = (
  replyTo: string,
  daysAgo: number,
  time: string,
  author: string,
  text: string,
  extra: Extra = {},
): ScriptMessage => ({ replyTo, daysAgo, time, author, text, ...extra });
