import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../deps.ts';
import { communityRoutes } from './communities/community-routes.ts';
import { moderationRoutes } from './moderation/moderation-routes.ts';
import { profileRoutes } from './profiles/profile-routes.ts';
import { questionRoutes } from './questions/question-routes.ts';
import { startRoutes } from './start/start-routes.ts';
import { wikiRoutes } from './wiki/wiki-routes.ts';

/** The network: profiles and the expert finder, communities, questions and answers, moderation, wikis. */
export async function networkRoutes(app: FastifyInstance, deps: Deps): Promise<void> {
  await profileRoutes(app, deps);
  await communityRoutes(app, deps);
  await questionRoutes(app, deps);
  await moderationRoutes(app, deps);
  await wikiRoutes(app, deps);
  await startRoutes(app, deps);
}
