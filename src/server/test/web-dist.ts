import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The app shell as Vite builds it (the parts a server-rendered page replaces or keeps). */
export const WEB_SHELL = `<!doctype html>
<html lang="de" data-kern-theme="light">
  <head>
    <meta charset="UTF-8" />
    <meta name="description" content="Allmende – die Plattform, auf der Kommunen in Deutschland zusammenarbeiten." />
    <title>Allmende</title>
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/vendor-abc.js">
    <link rel="stylesheet" crossorigin href="/assets/index-abc.css">
  </head>
  <body>
    <div id="root"></div>
    <noscript>Allmende braucht JavaScript. / Allmende needs JavaScript.</noscript>
  </body>
</html>
`;

/** Vite's manifest for the pages the server renders: their own chunks and the CSS they bring. */
const MANIFEST = {
  'src/web/main.tsx': {
    file: 'assets/index-abc.js',
    isEntry: true,
    imports: ['_vendor-abc.js'],
    css: ['assets/index-abc.css'],
  },
  '_vendor-abc.js': { file: 'assets/vendor-abc.js' },
  '_record-queries-abc.js': {
    file: 'assets/record-queries-abc.js',
    imports: ['_vendor-abc.js'],
    css: ['assets/record-queries-abc.css'],
  },
  'src/web/features/atlas/record/record-page.tsx': {
    file: 'assets/record-page-abc.js',
    isDynamicEntry: true,
    imports: ['_vendor-abc.js', '_record-queries-abc.js'],
  },
  'src/web/features/atlas/search/search-page.tsx': {
    file: 'assets/search-page-abc.js',
    isDynamicEntry: true,
    imports: ['_record-queries-abc.js'],
    css: ['assets/search-page-abc.css'],
  },
  'src/web/features/organisations/organisation-page.tsx': {
    file: 'assets/organisation-page-abc.js',
    isDynamicEntry: true,
    imports: ['_record-queries-abc.js'],
  },
};

/** A web build folder with that index.html and manifest, for `buildTestApp({ webDist })`. */
export function fakeWebDist(): string {
  const webDist = mkdtempSync(join(tmpdir(), 'allmende-web-'));
  writeFileSync(join(webDist, 'index.html'), WEB_SHELL);
  mkdirSync(join(webDist, '.vite'));
  writeFileSync(join(webDist, '.vite', 'manifest.json'), JSON.stringify(MANIFEST));
  return webDist;
}
