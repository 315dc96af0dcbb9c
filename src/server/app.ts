import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Deps } from './deps.ts';
import { appPasswordGuard } from './features/accounts/app-password-guard.ts';
import { davRoutes } from './features/documents/dav/dav-routes.ts';
import { meetingSocketHooks } from './features/meetings/signalling.ts';
import { featureRoutes } from './features.ts';
import { registerAuth } from './platform/auth/plugin.ts';
import { registerErrorHandling } from './platform/errors/error-handler.ts';
import { clientErrorHandler, frameworkErrorHandler } from './platform/errors/framework-errors.ts';
import { type CanReceive, registerRealtimeGateway } from './platform/events/gateway.ts';
import { publishAfterWrites } from './platform/events/publish-after-write.ts';
import { loggerOptions } from './platform/http/request-log.ts';
import { trackRequestsInFlight } from './platform/http/requests-in-flight.ts';
import { applyHeaders, securityHeaders } from './platform/http/security-headers.ts';
import { registerValidation } from './platform/http/validation.ts';
import { createJobRunner } from './platform/jobs/job-runner.ts';
import { canReceive } from './realtime-audience.ts';
import { VERSION } from './version.ts';
import { webPageRoutes } from './web-pages.ts';

export interface AppOptions {
  /** Overrides the delivery check of realtime events (tests). */
  canReceive?: CanReceive;
}

/** Builds the Fastify app from its dependencies; does not listen. */
export async function buildApp(deps: Deps, options: AppOptions = {}): Promise<FastifyInstance> {
  const { config } = deps;
  const headers = securityHeaders(config);
  const app = Fastify({
    ...loggerOptions({ logLevel: config.logLevel, pretty: config.prettyLog }),
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
    // Long path parameters reach the route's schema and get a problem+json 400 instead of the router's bare 414.
    routerOptions: { maxParamLength: 2000 },
    // Every answer is problem+json with the security headers, also the router's and Node's parser's refusals.
    frameworkErrors: frameworkErrorHandler(headers),
    clientErrorHandler: clientErrorHandler(headers),
    ajv: { customOptions: { removeAdditional: false } },
  });
  registerValidation(app);
  const webIndex = join(config.webDist, 'index.html');
  registerErrorHandling(app, { spaIndex: existsSync(webIndex) ? 'index.html' : undefined, headers });

  // Built once: @fastify/helmet would build a new helmet per request, which cost about 5% of /api/me's time.
  app.addHook('onRequest', (_request, reply, done) => {
    applyHeaders(reply.raw, headers);
    done();
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Allmende API',
        version: VERSION,
        description: 'The JSON API of Allmende. Errors are RFC 9457 problem+json.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'allmende_session' },
          appPassword: {
            type: 'http',
            scheme: 'bearer',
            description:
              'An app password of scope "api" (read and write) or "api-read" (GET, HEAD and OPTIONS only; anything else answers 403 insufficient-scope). It may expire: then 401 invalid-app-password.',
          },
        },
      },
    },
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  // The readable documentation is a page of the web app (/developers, in its look, accessible); the
  // addresses of the former Swagger UI lead there, and its JSON address still answers the document.
  app.get('/api/docs/json', { schema: { hide: true } }, async () => app.swagger());
  for (const path of ['/api/docs', '/api/docs/']) {
    app.get(path, { schema: { hide: true } }, async (_request, reply) => reply.redirect('/developers', 301));
  }

  await registerAuth(app, {
    db: deps.db,
    sessionDays: config.sessionDays,
    secureCookies: config.environment === 'production',
    allowedOrigins: [new URL(config.publicUrl).origin],
    sessionCacheMs: config.sessionCacheMs,
    bus: deps.bus,
    appPasswordGuard: appPasswordGuard(deps),
  });
  await registerRealtimeGateway(app, {
    db: deps.db,
    bus: deps.bus,
    canReceive: options.canReceive ?? canReceive(deps),
    allowedOrigins: [new URL(config.publicUrl).origin],
    hooks: meetingSocketHooks(deps),
  });
  // Background jobs: features register their handlers with their routes; polling starts once the app is ready.
  // On PGlite requests and jobs share one connection: between two steps a job waits for the requests under way.
  const requestsInFlight = trackRequestsInFlight(app);
  const pglite = deps.database.kind === 'pglite';
  const jobs = createJobRunner(deps.db, {
    log: app.log,
    orphansAtStart: pglite,
    ...(pglite ? { pauseWhile: () => requestsInFlight() > 0 } : {}),
  });
  app.decorate('jobs', jobs);
  app.addHook('onReady', async () => jobs.start());
  app.addHook('onClose', async () => jobs.stop());
  await app.register(
    async (api) => {
      publishAfterWrites(api, deps.publisher);
      for (const routes of featureRoutes) await routes(api, deps);
    },
    { prefix: '/api' },
  );
  // WebDAV, outside /api: its own body parsing (streams), sign-in (app passwords over Basic) and answers.
  await davRoutes(app, deps);

  if (existsSync(webIndex)) {
    // Public pages rendered here for readers without scripts, search engines and link previews (web-pages.ts).
    await webPageRoutes(app, deps);
    await app.register(fastifyStatic, { root: config.webDist, wildcard: false, index: false });
  }
  return app;
}
