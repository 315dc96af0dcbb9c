// The shapes of the demo network: profiles with expertise, communities, questions with their answers,
// wiki pages. The texts are in the files beside this one; seed-network.ts builds them through the
// network's own use cases.

export type Level = 'familiar' | 'expert';
export type Visibility = 'organisation' | 'alliances' | 'platform';

/** A proof of an expertise: a demo project (by its name) or an atlas record (by its slug). */
export type DemoProof = { project: string; label: string } | { cooperation: string; label: string };

export interface DemoExpertise {
  tag: string;
  level: Level;
  proof?: DemoProof;
}

export interface DemoProfile {
  email: string;
  jobTitle: string;
  department: string;
  languages: string[];
  phone: string;
  about: string;
  visibility: Visibility;
  expertise: DemoExpertise[];
}

/** "hat mir bei … geholfen": `by` endorses the expertise `tag` of `of`. */
export interface DemoEndorsement {
  by: string;
  of: string;
  tag: string;
  note: string;
  daysAgo: number;
}

export interface DemoChatMessage {
  author: string;
  text: string;
  daysAgo: number;
}

export interface DemoCommunity {
  key: string;
  name: string;
  description: string;
  joinPolicy: 'open' | 'request';
  approveFirstPosts: boolean;
  /** Founds the community and is its first moderator. */
  founder: string;
  /** Further moderators (they join, then the founder makes them moderators). */
  moderators: string[];
  members: string[];
  daysAgo: number;
  /** The community's chat, switched on by the founder, with its first messages. */
  chat?: DemoChatMessage[];
}

export interface DemoComment {
  author: string;
  body: string;
  hoursLater: number;
}

export interface DemoAnswer {
  author: string;
  body: string;
  /** Hours after the question. */
  hoursLater: number;
  votes?: string[];
  comments?: DemoComment[];
  accepted?: boolean;
}

export interface DemoQuestion {
  /** A community's key, or null for the whole platform. */
  community: string | null;
  author: string;
  title: string;
  body: string;
  tags: string[];
  daysAgo: number;
  votes?: string[];
  comments?: DemoComment[];
  answers: DemoAnswer[];
  /** Held as a first post: `approve` names the moderator who lets it through; without it, it waits. */
  held?: { approve?: string };
  followers?: string[];
}

export interface DemoWikiPage {
  community: string | null;
  author: string;
  title: string;
  /** The page's text (sanitised by the use case); unused when `fromQuestion` is set. */
  bodyHtml: string;
  /** Made from the accepted answer of the question with this title. */
  fromQuestion?: string;
  daysAgo: number;
  checkEveryDays?: number;
  /** Days since its last check (default: daysAgo). */
  checkedDaysAgo?: number;
}

export interface DemoTagFollow {
  email: string;
  tag: string;
}
