import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../deps.ts';
import { attachmentRoutes } from './attachments/attachment-routes.ts';
import { channelRoutes } from './channels/channel-routes.ts';
import { messageRoutes } from './messages/message-routes.ts';
import { readRoutes } from './read-state/read-routes.ts';
import { searchRoutes } from './search/search-routes.ts';

/** The chat API: channels and conversations, messages, threads, reactions, attachments, read state, search. */
export async function chatRoutes(app: FastifyInstance, deps: Deps) {
  await channelRoutes(app, deps);
  await messageRoutes(app, deps);
  await readRoutes(app, deps);
  await attachmentRoutes(app, deps);
  await searchRoutes(app, deps);
}
