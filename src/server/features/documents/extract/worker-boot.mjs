// Worker threads do not inherit the `--import tsx` of the server's process on Node 20, so the
// extraction's worker starts here, in JavaScript, and loads its TypeScript through tsx's API.
import { tsImport } from 'tsx/esm/api';

await tsImport('./extract-worker.ts', import.meta.url);
