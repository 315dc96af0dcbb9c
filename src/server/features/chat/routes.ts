import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../deps.ts';
import { attachmentRoutes } from './attachment-routes.ts';
import { channelRoutes } from './channel-routes.ts';
import { messageRoutes } from './message-routes.ts';
import { readRoutes } from './read-routes.ts';
import { searchRoutes } from './search-routes.ts';

/** The chat API: channels and conversations, messages, threads, reactions, attachments, read state, search. */
export async function chatRoutes(app: FastifyInstance, deps: Deps) {
  await channelRoutes(app, deps);
  await messageRoutes(app, deps);
  await readRoutes(app, deps);
  await attachmentRoutes(app, deps);
  await searchRoutes(app, deps);
}
