import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Builds the web app with Vite when no build exists yet, so `npm start` works on a fresh checkout. */
export async function ensureWebBuild(webDist: string, log: (message: string) => void): Promise<void> {
  if (existsSync(join(webDist, 'index.html'))) return;
  log(`No web build in ${webDist}; building it once (this takes a minute)…`);
  const { build } = await import('vite');
  await build({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: webDist, emptyOutDir: true },
  });
  log('Web app built.');
}
