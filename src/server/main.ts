import { loadConfig } from './config.ts';
import { checkServices, ServiceUnavailable } from './platform/service-check.ts';
import type { Started } from './start.ts';
import { ensureWebBuild } from './web-build.ts';

// Process entry: configuration → database → migrations → app → listen.
const config = loadConfig(process.env, process.argv.slice(2));
await ensureWebBuild(config.webDist, (message) => console.log(message));
let started: Started;
try {
  // Before the app's modules load (seconds) and anything is migrated: a service that does not answer
  // stops the start with one line naming it.
  await checkServices(config, config.serviceTimeoutSeconds * 1000);
  const { startPlatform } = await import('./start.ts');
  started = await startPlatform(config);
} catch (err) {
  // An operator reads one line that names the setting, not a stack trace from a driver.
  if (!(err instanceof ServiceUnavailable)) throw err;
  console.error(`Allmende cannot start: ${err.message}`);
  process.exit(1);
}
const { app } = started;
await app.listen({ port: config.port, host: config.host });
app.log.info(`Allmende is ready at ${config.publicUrl}`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    app.log.info(`${signal} received, shutting down`);
    started.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
