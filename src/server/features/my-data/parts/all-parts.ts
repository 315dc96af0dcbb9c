import { accountPart } from './account.ts';
import { atlasPart } from './atlas.ts';
import { auditPart } from './audit.ts';
import { chatPart } from './chat.ts';
import { contentPart } from './content.ts';
import { documentsPart } from './documents.ts';
import { eventsPart } from './events.ts';
import { meetingsPart } from './meetings.ts';
import { membershipsPart } from './memberships.ts';
import { networkPart } from './network.ts';
import { notificationsPart } from './notifications.ts';
import type { DataPart } from './part.ts';
import { servicesPart } from './services.ts';
import { sessionsPart } from './sessions.ts';

/** Every area's part of a person's export, in the order the archive lists them. */
export const DATA_PARTS: readonly DataPart[] = [
  accountPart,
  sessionsPart,
  membershipsPart,
  chatPart,
  networkPart,
  atlasPart,
  contentPart,
  documentsPart,
  servicesPart,
  eventsPart,
  meetingsPart,
  notificationsPart,
  auditPart,
];
